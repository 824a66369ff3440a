import { toParseJson, type ParseJson } from '../../shared/json';
import type { ParseResult } from '../../shared/model';
import { fillerWords } from '../../shared/parse/tally-tokens';
import { countKeyOf, wordsFor } from '../../shared/vocabulary';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Quote marks of an email and list bullets are not content. */
const content = (raw: string) => squash(raw.replace(/^\s*(?:>\s?)+/, '').replace(/^\s*(?:[•▪‣◦·*]|-(?=\s+\p{L}))\s+/u, ''));
/** The words of a line, without the punctuation around them, in lower case; a count without its thousands separators. */
const wordsOf = (text: string) =>
  text.toLowerCase().replace(/(\d)[,.\u00a0\u202f'](?=\d{3}(?!\d))/g, '$1').replace(/[“”"‘’'()[\]]/g, ' ').split(/\s+/)
    .map((word) => word.replace(/^[-–—.,;:!?*]+|[-–—.,;:!?*]+$/g, '')).filter((word) => /[\p{L}\p{N}]/u.test(word));
const tallyFillers = new Set(fillerWords.flatMap((phrase) => phrase.toLowerCase().split(' ')));

/**
 * The non-blank source lines whose words no output carries. A line counts as
 * kept only when `parse --json` holds it: as a line of the preamble, the
 * closing, a section's or a motion's notes, a motion's trailing text or an
 * ignored line (each with its line number and text); as the title or a section
 * heading (its words in the title, number and kind); or, inside a motion, with
 * every word in the motion's label, kind, text, notes, result words and remark,
 * or as its tally line (whose figures the counts carry); or by a diagnostic on
 * the line that quotes its words. A diagnostic that only names the line does not keep it.
 */
export function unaccountedLines(source: string, parsed: ParseResult): { line: number; text: string }[] {
  const json: ParseJson = toParseJson(parsed, 'utf-8');
  const carried = new Map<number, string[]>();
  const carry = (line: number | null, ...texts: (string | null)[]) => {
    if (line === null) return;
    carried.set(line, [...(carried.get(line) ?? []), ...texts.filter((text): text is string => text !== null)]);
  };
  for (const entry of [...json.preamble, ...json.closing, ...json.ignored]) carry(entry.line, entry.text);
  const tallyLines = new Set<number>();
  const motions = json.sections.flatMap((section) => section.motions);
  for (const section of [...json.sections, ...json.headingsWithoutVotes]) {
    carry(section.line, section.kind, section.number, section.title);
    for (const note of section.notes) carry(note.line, note.text);
  }
  for (const motion of motions) {
    for (const entry of [...motion.noteLines, ...motion.trailing]) carry(entry.line, entry.text);
    if (motion.tallyLine !== null) tallyLines.add(motion.tallyLine);
  }

  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const titleLine = lines.findIndex((raw) => json.title !== null && content(raw) === squash(json.title)) + 1;
  const missing: { line: number; text: string }[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = content(raw);
    if (!/[\p{L}\p{N}]/u.test(text) || line === titleLine || tallyLines.has(line)) return;
    const owners = motions.filter((motion) => (line >= motion.lines[0] && line <= motion.lines[1]) || motion.resultLine === line);
    // "Motion 3 as amended", above the tally it introduces, names a motion read before and is kept as its reference.
    const referred = motions.filter((motion) => motion.resultReference !== null);
    const kept = [
      ...(carried.get(line) ?? []),
      // A diagnostic keeps the words it quotes from its line ("“for 12 against” does not say which count is which").
      ...json.diagnostics.filter((diagnostic) => diagnostic.line === line || diagnostic.message.includes(`(line ${line})`)).map((diagnostic) => diagnostic.message),
      ...owners.flatMap((motion) => [
        motion.number, motion.kind, motion.amends, motion.text, ...motion.notes, motion.resultText, motion.resultRemark, motion.resultReference,
        ...[motion.for, motion.against, motion.abstain, motion.invalid].map((count) => (count === null ? null : String(count))),
        motion.style.resultPrefix, motion.style.tallyLead, motion.style.headingLead, ...Object.values(motion.style.labels), ...(motion.style.table?.labels ?? []),
        ...(motion.total ? [motion.total.label, String(motion.total.value)] : []),
      ]),
      ...referred.flatMap((motion) => [motion.kind, motion.number, motion.resultReference]),
    ].filter((part): part is string => part !== null);
    const keptWords = new Set(wordsOf(kept.join(' ')));
    const keptText = squash(kept.join(' ')).toLowerCase();
    // A word broken across lines ("compan-" / "ies") is carried joined: look for it inside the kept text too.
    // A percentage printed beside a count is checked against the counts, which are kept.
    // A count's label is carried by the count's key in the JSON ("abstained" by `abstain`), as are the words
    // that only introduce a count ("Votes" in "Votes for").
    const derived = (word: string) => owners.length > 0 && (/^\d+(?:[.,]\d+)?%$/.test(word) || countKeyOf(word) !== undefined || tallyFillers.has(word));
    if (wordsOf(text).every((word) => keptWords.has(word) || keptText.includes(word) || derived(word) || isLinkWord(word, owners.length > 0))) return;
    missing.push({ line, text: raw });
  });
  return missing;
}

/**
 * Words of a motion's heading that its label's parts stand for: the link word
 * of "Amendment 3a to Motion 3" (`amends` holds the motion it names) and the
 * "No."/"#" printed before a label.
 */
const linkWords = new Set(wordsFor((l) => [...l.amendsLink, ...l.numberMarks, ...l.motionWords]).map((word) => word.toLowerCase().replace(/[.]$/, '')));

function isLinkWord(word: string, insideMotion: boolean): boolean {
  return insideMotion && linkWords.has(word);
}
