import type { ResultsDocument, SourceLine } from '../../shared/model';

const texts = (lines: SourceLine[]) => lines.map((entry) => entry.text);

/**
 * What a document says, without where it said it: line numbers and page
 * furniture drop out in a rewrite, and so do where lined-up columns stand. With `layout: false`, the motions' style
 * (how a tally was printed) is left out too.
 */
export function contentOf(document: ResultsDocument, { layout = true } = {}) {
  return {
    title: document.title,
    preamble: texts(document.preamble),
    totalVoters: document.totalVoters,
    ruleChangeRule: document.ruleChangeRule,
    headings: document.headings,
    closing: texts(document.closing),
    sections: document.sections.map(({ line, motions, notes, ...section }) => ({
      ...section,
      notes: texts(notes),
      motions: motions.map(({ lines, tallyLine, resultLine, style, notes: motionNotes, trailing, printedAt, total, ...motion }) => {
        const said = { ...motion, total: total ? { value: total.value, label: total.label } : null, notes: texts(motionNotes), trailing: texts(trailing) };
        // Where lined-up columns stand is a place on the line, as line numbers are: a rewrite may move them.
        const table = style.table ? (({ spans: _spans, ...rest }) => rest)(style.table) : undefined;
        return layout ? { ...said, style: { ...style, table } } : said;
      }),
    })),
  };
}
