import type { ResultsDocument } from '../../shared/model';

/**
 * What a document says, without where it said it: line numbers and page
 * furniture drop out in a rewrite. With `layout: false`, the motions' style
 * (how a tally was printed) is left out too.
 */
export function contentOf(document: ResultsDocument, { layout = true } = {}) {
  return {
    title: document.title,
    preamble: document.preamble,
    totalVoters: document.totalVoters,
    ruleChangeRule: document.ruleChangeRule,
    headings: document.headings,
    closing: document.closing,
    sections: document.sections.map(({ line, motions, ...section }) => ({
      ...section,
      motions: motions.map(({ lines, tallyLine, resultLine, style, ...motion }) => (layout ? { ...motion, style } : motion)),
    })),
  };
}
