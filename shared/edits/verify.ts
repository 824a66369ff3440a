import { isDeepStrictEqual } from '../deep-equal';
import type { Diagnostic, DiagnosticCode, Motion, ParseResult, ResultsDocument } from '../model';
import type { MotionChange } from './index';

/**
 * The check after an edit: the text read again must say what it said before,
 * but for what the user changed. Every other motion, every field of the
 * edited one that was not changed, the document's own text (preamble, notes,
 * closing, ignored lines) and every diagnostic the change does not address
 * must be as they were, their line numbers moved by the lines the edit added
 * or took out. Returns what else would change, in words, or null.
 */

/** The diagnostics each kind of change may settle or bring about. */
const countCodes: DiagnosticCode[] = ['unreadable-number', 'unreadable-tally', 'negative-count', 'sum-differs-from-voters', 'count-exceeds-voters', 'result-contradicts-counts', 'percentage-differs', 'missing-tally', 'no-result-computable', 'tally-twice'];
const addressedBy: Record<keyof MotionChange, DiagnosticCode[]> = {
  for: countCodes,
  against: countCodes,
  abstain: countCodes,
  invalid: countCodes,
  text: ['motion-without-text', 'result-contradicts-counts', 'no-result-computable', 'unreadable-characters'],
  number: ['repeated-number', 'skipped-number', 'missing-number'],
  statedResult: ['result-contradicts-counts', 'missing-tally', 'no-result-computable', 'tally-twice'],
};

/** Fields of a motion that follow from a changed field: its rule from its text, its lines and places from where things now stand. */
const followsFrom: Record<keyof MotionChange, (keyof Motion)[]> = {
  for: ['for', 'tallyLine', 'style'],
  against: ['against', 'tallyLine', 'style'],
  abstain: ['abstain', 'tallyLine', 'style'],
  invalid: ['invalid', 'tallyLine', 'style'],
  text: ['text', 'rule'],
  number: ['number'],
  statedResult: ['statedResult', 'resultText', 'resultLine', 'style'],
};

export type EditedRange = { fromLine: number; toLine: number; written: number };

export function whatElseChanges(before: ParseResult, after: ParseResult, at: { section: number; motion: number }, change: MotionChange, range: EditedRange): string | null {
  const delta = range.written - (range.toLine - range.fromLine + 1);
  const moved = (line: number) => (line > range.toLine ? line + delta : line);
  const changed = Object.keys(change) as (keyof MotionChange)[];
  const loose = new Set(changed.flatMap((field) => followsFrom[field]));
  const addressed = new Set(changed.flatMap((field) => addressedBy[field]));

  const document = movedDocument(before.document, moved);
  const reread = after.document;
  if (!isDeepStrictEqual(outside(document), outside(reread))) return 'the text around the motions';
  if (document.sections.length !== reread.sections.length) return 'the sections';
  for (let s = 0; s < document.sections.length; s++) {
    const [was, is] = [document.sections[s]!, reread.sections[s]!];
    if (!isDeepStrictEqual({ ...was, motions: was.motions.length }, { ...is, motions: is.motions.length })) return `section ${was.number ?? s + 1}`;
    for (let m = 0; m < was.motions.length; m++) {
      const edited = s === at.section && m === at.motion;
      const [old, now] = [was.motions[m]!, is.motions[m]!];
      const fields = (Object.keys(old) as (keyof Motion)[]).filter((field) => !edited || !(loose.has(field) || field === 'lines' || field === 'printedAt'));
      const differs = fields.find((field) => !isDeepStrictEqual(old[field], now[field]));
      if (differs) return edited ? `its ${differs}` : `motion ${old.number || m + 1}`;
      if (edited && old.lines[0] !== now.lines[0]) return 'where the motion starts';
    }
  }
  const kept = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => !addressed.has(diagnostic.code)).map(({ code, severity, line, message }) => `${line} ${severity} ${code} ${message}`).sort();
  const movedDiagnostics = before.diagnostics.map((diagnostic) => ({ ...diagnostic, line: moved(diagnostic.line), message: movedLineNumbers(diagnostic.message, moved) }));
  if (!isDeepStrictEqual(kept(movedDiagnostics), kept(after.diagnostics))) return 'the problems found elsewhere';
  return null;
}

/** Everything of a document but its sections. */
function outside({ sections, ...rest }: ResultsDocument) {
  return rest;
}

/** "line 14" in a message, moved with the lines. */
function movedLineNumbers(message: string, moved: (line: number) => number): string {
  return message.replace(/\bline (\d+)\b/g, (_, line: string) => `line ${moved(Number(line))}`);
}

/** The document with every line number moved as the edit moves the lines below it. */
function movedDocument(document: ResultsDocument, moved: (line: number) => number): ResultsDocument {
  const lines = <T extends { line: number }>(entries: T[]): T[] => entries.map((entry) => ({ ...entry, line: moved(entry.line) }));
  const optional = (line: number | null) => (line === null ? null : moved(line));
  return {
    ...document,
    votersLine: optional(document.votersLine),
    preamble: lines(document.preamble),
    closing: lines(document.closing),
    ignored: lines(document.ignored),
    sections: document.sections.map((section) => ({
      ...section,
      line: optional(section.line),
      notes: lines(section.notes),
      motions: section.motions.map((motion) => ({
        ...motion,
        lines: [moved(motion.lines[0]), moved(motion.lines[1])],
        tallyLine: optional(motion.tallyLine),
        resultLine: optional(motion.resultLine),
        notes: lines(motion.notes),
        trailing: lines(motion.trailing),
        printedAt: {
          text: lines(motion.printedAt.text),
          counts: Object.fromEntries(Object.entries(motion.printedAt.counts).map(([key, place]) => [key, 'lastLine' in place ? { ...place, line: moved(place.line), lastLine: moved(place.lastLine) } : { ...place, line: moved(place.line) }])),
          ...(motion.printedAt.row ? { row: { line: moved(motion.printedAt.row.line), lastLine: moved(motion.printedAt.row.lastLine) } } : {}),
        },
      })),
    })),
  };
}
