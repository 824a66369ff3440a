import type { ParseResult } from '../../shared/model';
import { parseTally } from '../../shared/parse/tally';
import { resultLineOf } from '../../shared/parse/results';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The non-blank source lines that the parse result does not account for.
 * A line is accounted for when it is the title, a preamble, note or closing
 * line, a section heading, a line inside a motion whose words the motion
 * keeps (text, notes, trailing prose) or that is its tally or result, an
 * ignored line, or the line of a diagnostic.
 */
export function unaccountedLines(source: string, parsed: ParseResult): { line: number; text: string }[] {
  const { document, diagnostics } = parsed;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const flagged = new Set(diagnostics.map((diagnostic) => diagnostic.line));
  const ignored = new Set(document.ignored.map((entry) => entry.line));
  const loose = new Set(
    [document.title ?? '', ...document.preamble, ...document.closing, ...document.sections.flatMap((section) => section.notes)].map(squash),
  );
  const sectionLines = new Set(document.sections.map((section) => section.line));
  const motions = document.sections.flatMap((section) => section.motions);

  const missing: { line: number; text: string }[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    // Quote marks of an email and list bullets are not content.
    const text = squash(raw.replace(/^\s*(?:>\s?)+/, '').replace(/^\s*(?:[•▪‣◦·*]|-(?=\s+\p{L}))\s+/u, ''));
    if (!/[\p{L}\p{N}]/u.test(text) || flagged.has(line) || ignored.has(line) || sectionLines.has(line) || loose.has(text)) return;
    // "Motion 3 as amended", standing above the tally it introduces, is kept as the motion's result reference.
    const namesReference = motions.some((motion) => motion.resultReference && text.startsWith(squash(`${motion.kind ?? 'Motion'} ${motion.number} ${motion.resultReference}`)));
    if (namesReference) return;
    const owner = motions.find((motion) => (line >= motion.lines[0] && line <= motion.lines[1]) || motion.resultLine === line || motion.tallyLine === line);
    if (owner) {
      const kept = squash([owner.number, owner.kind ?? '', owner.amends ?? '', owner.text, ...owner.notes, ...owner.trailing].join(' ')).replace(/[“”"]/g, '');
      const words = text.replace(/[“”"]/g, '').split(' ').map((word) => word.replace(/[-.,;:)]+$/, ''));
      const wordsKept = words.every((word) => !/\p{L}|\p{N}/u.test(word) || kept.includes(word) || (owner.amends !== null && /^(?:to|motion|resolution|proposal)$/i.test(word)) || /^(?:no|nr|#)$/i.test(word));
      if (wordsKept || parseTally(raw) || resultLineOf(raw) || owner.resultLine === line || owner.tallyLine === line) return;
    }
    missing.push({ line, text: raw });
  });
  return missing;
}
