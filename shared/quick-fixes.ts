import { normaliseNewlines } from './decode';
import type { LineEdit } from './edits';
import { defaultSettings, type Diagnostic, type Motion, type ParseResult, type ResultsDocument, type Settings } from './model';
import { motionName } from './motion-name';
import { parse } from './parse';
import { isNoteLine, keywordMotionHeading, numberedHeading, sectionHeading, stripSectionMark } from './parse/headings';

/** A fix offered on a problem: a name for its button, and the lines it rewrites (in order, never overlapping). */
export type QuickFix = { title: string; edits: LineEdit[] };

/** Problems at the first line of something read as a motion: that line may be a wrapped line, furniture or a heading. */
const motionStartCodes = new Set<Diagnostic['code']>(['missing-tally', 'missing-number', 'motion-without-text', 'repeated-number', 'skipped-number', 'line-not-understood']);

/**
 * The fixes a problem can be given, as edits of the text (so that each is one
 * step of the undo history and the text stays the one source of truth): the
 * suggested number for a typo, two motions run together split apart, a
 * wrapped line joined to the motion above, a line made a section heading, a
 * line removed as page furniture. A fix is offered only when the text it
 * makes reads with fewer problems; the one that leaves fewest comes first.
 */
export function quickFixes(text: string, parsed: ParseResult, diagnostic: Diagnostic, settings: Settings = defaultSettings()): QuickFix[] {
  const lines = normaliseNewlines(text).split('\n');
  const at = diagnostic.line;
  const line = lines[at - 1];
  if (line === undefined) return [];
  const candidates: (QuickFix | null)[] = [suggested(line, at, diagnostic)];
  if (motionStartCodes.has(diagnostic.code) && line.trim() !== '') {
    // Where fixes leave as few problems, the likelier comes first: a labelled line is a heading more
    // likely than text, and a line printed again and again, or one that does not go on from the text
    // above, is page furniture more likely than the rest of a motion.
    const labelled = numberedHeading(line) !== null || sectionHeading(line.replace(/[.;,:]+\s*$/, '')) !== null;
    const furnitureFirst = lines.filter((other) => other.trim() === line.trim()).length > 1 || !continuesAbove(lines, parsed.document, at);
    const section = sectionHeadingFix(lines, parsed.document, at);
    const furniture = furnitureFix(lines, at);
    candidates.push(
      diagnostic.code === 'skipped-number' ? splitBefore(lines, parsed.document, at) : null,
      labelled ? section : null,
      furnitureFirst ? furniture : null,
      joinToMotionAbove(lines, parsed.document, at),
      labelled ? null : section,
      furnitureFirst ? null : furniture,
    );
  }
  return candidates
    .filter((fix): fix is QuickFix => fix !== null)
    .map((fix) => ({ fix, left: parse(applyLineEdits(text, fix.edits), settings).diagnostics.length }))
    .filter(({ left }) => left < parsed.diagnostics.length)
    .sort((a, b) => a.left - b.left)
    .map(({ fix }) => fix);
}

/** Every edit of `edits` made to `text`: lines replaced, or removed when the edit has none. */
export function applyLineEdits(text: string, edits: LineEdit[]): string {
  const lines = normaliseNewlines(text).split('\n');
  for (const edit of [...edits].sort((a, b) => b.fromLine - a.fromLine)) {
    if (edit.fromLine < 1 || edit.toLine < edit.fromLine || edit.toLine > lines.length) throw new RangeError(`Lines ${edit.fromLine}–${edit.toLine} are not in a text of ${lines.length} lines.`);
    lines.splice(edit.fromLine - 1, edit.toLine - edit.fromLine + 1, ...edit.lines);
  }
  return lines.join('\n');
}

/** The same edits, with removals of neighbouring lines made one: how an editor can apply them as changes that never touch. */
export function mergeRemovals(edits: LineEdit[]): LineEdit[] {
  const merged: LineEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.fromLine - b.fromLine)) {
    const last = merged.at(-1);
    if (last && last.lines.length === 0 && edit.lines.length === 0 && edit.fromLine === last.toLine + 1) merged[merged.length - 1] = { ...last, toLine: edit.toLine };
    else merged.push(edit);
  }
  return merged;
}

function suggested(line: string, at: number, diagnostic: Diagnostic): QuickFix | null {
  const suggestion = diagnostic.suggestion;
  if (!suggestion || !line.includes(suggestion.find)) return null;
  return { title: `Use “${suggestion.replace}” for “${suggestion.find}”`, edits: [{ fromLine: at, toLine: at, lines: [line.replace(suggestion.find, suggestion.replace)] }] };
}

/** A running header or footer: the line goes, with every other line that reads the same. */
function furnitureFix(lines: string[], at: number): QuickFix | null {
  const wording = lines[at - 1]!.trim();
  if (wording.length > furnitureLength || keywordMotionHeading(wording) || numberedHeading(wording) || isNoteLine(wording)) return null;
  const repeats = lines.flatMap((other, index) => (other.trim() === wording ? [index + 1] : []));
  const more = repeats.length > 1 ? ` and the ${repeats.length - 1} other ${repeats.length === 2 ? 'line' : 'lines'} like it` : '';
  return { title: `Remove “${shorten(wording)}”${more} as page furniture`, edits: repeats.map((line) => ({ fromLine: line, toLine: line, lines: [] })) };
}

/** Page headers and footers are short; a longer line is text, and is not offered for removal. */
const furnitureLength = 80;

/**
 * A line that only continues the text of the motion above, where a page or a
 * copy broke it: it is joined to that motion's last line of text (a hyphen
 * broken word is mended), before that motion's tally.
 */
function joinToMotionAbove(lines: string[], document: ResultsDocument, at: number): QuickFix | null {
  const target = joinTarget(lines, document, at);
  if (!target) return null;
  const joined = joinLines(lines[target.line - 1]!, lines[at - 1]!);
  const edits: LineEdit[] =
    target.line === at - 1
      ? [{ fromLine: target.line, toLine: at, lines: [joined] }]
      : [{ fromLine: target.line, toLine: target.line, lines: [joined] }, { fromLine: at, toLine: at, lines: [] }];
  return { title: `Join line ${at} to the text of ${nameOf(target.motion)}`, edits };
}

/** The motion above a line and its last line of text (not a note, not its tally), if it has one apart from its counts. */
function joinTarget(lines: string[], document: ResultsDocument, at: number): { motion: Motion; line: number } | null {
  const above = motionsOf(document).filter((motion) => motion.lines[0] < at).at(-1);
  if (!above) return null;
  const textEnds = Math.min(at, above.tallyLine ?? at, above.resultLine ?? at);
  let target = textEnds - 1;
  while (target > above.lines[0] && (lines[target - 1]!.trim() === '' || isNoteLine(lines[target - 1]!))) target--;
  // A motion written on one line has no text line to join to without landing after its counts.
  if (target < above.lines[0] || (target === above.lines[0] && textEnds === above.lines[0])) return null;
  return { motion: above, line: target };
}

/** Whether a line reads as the rest of the sentence above it: it starts in lower case, or the text above stops mid-sentence. */
function continuesAbove(lines: string[], document: ResultsDocument, at: number): boolean {
  const target = joinTarget(lines, document, at);
  return target !== null && (/^\p{Ll}/u.test(lines[at - 1]!.trim()) || !/[.!?;:]$/.test(lines[target.line - 1]!.trimEnd()));
}

function joinLines(first: string, second: string): string {
  const head = first.trimEnd();
  const tail = second.trim();
  return /\p{L}-$/u.test(head) && /^\p{Ll}/u.test(tail) ? `${head.slice(0, -1)}${tail}` : `${head} ${tail}`;
}

/**
 * Two motions that a copy ran into one line: the missing number is looked
 * for as a heading inside a line above, back to the last numbered motion,
 * and the line is broken there.
 */
function splitBefore(lines: string[], document: ResultsDocument, at: number): QuickFix | null {
  const motions = motionsOf(document);
  const reported = motions.find((motion) => motion.lines[0] === at);
  const before = motions.filter((motion) => motion.lines[0] < at && motion.number !== '').at(-1);
  if (!reported || !before) return null;
  const missing = labelValue(reported.number) - 1;
  for (let number = before.lines[0]; number < at; number++) {
    const line = lines[number - 1]!;
    for (const boundary of line.matchAll(/(?<=\S)\s+(?=\S)/gu)) {
      const cut = boundary.index + boundary[0].length;
      const rest = line.slice(cut);
      const heading = keywordMotionHeading(rest) ?? numberedHeading(rest);
      if (!heading || labelValue(heading.number) !== missing) continue;
      return {
        title: `Split line ${number} before “${shorten(rest, 24)}”`,
        edits: [{ fromLine: number, toLine: number, lines: [line.slice(0, boundary.index), rest] }],
      };
    }
  }
  return null;
}

const labelValue = (label: string) => Number(/\d+/.exec(label)?.[0] ?? NaN);

/**
 * A line read as a motion or as stray text that is really the title of a new
 * section: written again in the way the file's other sections are headed
 * ("Section 3 – Title", "3. Title -"), so that it reads as one.
 */
function sectionHeadingFix(lines: string[], document: ResultsDocument, at: number): QuickFix | null {
  const line = lines[at - 1]!.trim();
  if (sectionHeading(line) || keywordMotionHeading(line)) return null;
  const unpunctuated = line.replace(/[.;,:]+$/, '');
  const asSection = sectionHeading(unpunctuated);
  const numbered = asSection ? null : numberedHeading(unpunctuated);
  const words = asSection ? (asSection.title ?? '') : stripSectionMark(numbered?.text ?? unpunctuated).title;
  // A title starts with a capital and is short; a line with counts in it is a tally.
  if (!/^[\p{Lu}\p{N}]/u.test(words) || words.length > 120 || /\d+\s*(?:for|against)\b/i.test(words)) return null;
  const number = asSection?.number ?? numbered?.number ?? nextSectionNumber(document, at);
  const model = document.sections.find((section) => section.line !== null);
  const heading =
    !asSection && model && model.kind === null && number
      ? `${number}. ${words} -`
      : `${asSection?.kind ?? model?.kind ?? 'Section'}${number ? ` ${number}` : ''} – ${words}`;
  return { title: `Make line ${at} a section heading: “${shorten(heading)}”`, edits: [{ fromLine: at, toLine: at, lines: [heading] }] };
}

/** The number after that of the last numbered section above the line, if the file numbers its sections and no section has it yet. */
function nextSectionNumber(document: ResultsDocument, at: number): string | null {
  const previous = document.sections.filter((section) => section.line !== null && section.line < at && section.number !== null).at(-1);
  const value = previous ? Number(previous.number) : NaN;
  const next = String(value + 1);
  return Number.isInteger(value) && !document.sections.some((section) => section.number === next) ? next : null;
}

function motionsOf(document: ResultsDocument): Motion[] {
  return document.sections.flatMap((section) => section.motions);
}

function nameOf(motion: Motion): string {
  return motionName(motion) ?? 'the motion above';
}

function shorten(text: string, length = 48): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
