import type { ResultWord } from '../model';
import { alternation, resultOf, resultWords, wholeWords, wordsFor } from '../vocabulary';
import { NUMBER_PATTERN, readNumber } from './number';

/** Recognisers for single lines: headings, result lines, notes, voter counts. Each returns null when the line is not one. */

const motionWords = wordsFor((l) => l.motionWords);
const amendmentWords = wordsFor((l) => l.amendmentWords);
const linkWords = wordsFor((l) => l.amendsLink);
const sectionWords = wordsFor((l) => l.sectionWords);
const noteLabels = wordsFor((l) => l.noteLabels);

/** A motion label as printed: "12", "3a", "E1", "R2", "A1", "4.2", "12A". */
const LABEL = String.raw`(?:\p{Lu}{1,3}[-.]?)?\d{1,4}(?:\.\d{1,3})?[a-zA-Z]?`;
const SEPARATOR = String.raw`(?:\s*[–—:.)]\s*|\s+[-–—]\s+|\s+|$)`;

export type MotionHeading = { kind: string | null; number: string; amends: string | null; text: string };

const keywordHeading = new RegExp(
  String.raw`^\s*(?<kind>(?:${alternation(['emergency', 'composite', 'special', 'ordinary', 'dringlichkeits'])})?\s*(?:${alternation([...amendmentWords, ...motionWords])}))(?![\p{L}])\s*(?:no\.?|nr\.?|#)?\s*(?<number>${LABEL})(?:\s+(?:${alternation(linkWords)})\s+(?:${alternation(motionWords)})\s+(?<amends>${LABEL}))?${SEPARATOR}(?<text>.*)$`,
  'iu',
);

/** "Motion 12 – Title", "Amendment 3a to Motion 3 – ...", "Resolution 3", "Proposal 1: ..." */
export function keywordMotionHeading(line: string): MotionHeading | null {
  const match = keywordHeading.exec(line);
  if (!match?.groups) return null;
  const { kind, number, amends, text } = match.groups;
  return { kind: kind!.trim().replace(/\s+/g, ' '), number: number!, amends: amends ?? null, text: text!.trim() };
}

const numberedHeadingPattern = new RegExp(String.raw`^\s*(?<number>[A-Z]{0,2}\d{1,3}[a-z]?|[A-Z]|[IVX]{1,5})(?:[.)]|\s+[–—-])(?:\s+(?<text>\S.*))?$`, 'u');

/** "12. Text", "A1. Text", "3) Text", "4 – Text": a motion, or in some files a section heading. */
export function numberedHeading(line: string): { number: string; text: string } | null {
  const match = numberedHeadingPattern.exec(line);
  if (!match?.groups) return null;
  const text = (match.groups.text ?? '').trim();
  const number = match.groups.number!;
  if (/^[A-Z]$|^[IVX]+$/.test(number) && text === '') return null;
  return { number, text };
}

/** A heading label that is only a letter or a roman numeral names a section, not a motion. */
export function isSectionLikeLabel(number: string): boolean {
  return /^(?:[A-Z]|[IVX]{1,5})$/.test(number);
}

export type SectionHeading = { kind: string; number: string | null; title: string | null };

const sectionHeadingPattern = new RegExp(
  String.raw`^\s*(?<kind>${wholeWords(sectionWords)})(?:\s+(?<number>[A-Z0-9]{1,4}|[IVXLC]{1,6}))?\s*(?:[–—:.]\s*|\s+-\s+|$)(?<title>.*)$`,
  'iu',
);

/** "Section 1 – Pay", "PART A – CHANGES TO THE RULES", "Section: Finance". */
export function sectionHeading(line: string): SectionHeading | null {
  const match = sectionHeadingPattern.exec(line);
  if (!match?.groups) return null;
  const number = match.groups.number ?? null;
  const title = match.groups.title!.trim() || null;
  if (number === null && title === null) return null;
  if (title !== null && (title.length > 120 || /[.;]$/.test(title))) return null;
  return { kind: match.groups.kind!, number, title };
}

/** A numbered line that could be a section title: one short line without a full stop. */
export function looksLikeSectionTitle(text: string): boolean {
  return text.length > 0 && text.length <= 140 && !/[.;,]$/.test(text);
}

/** Strips the " -" or ":" that some files print after a section title. */
export function stripSectionMark(title: string): { title: string; marked: boolean } {
  const match = /^(.*?)\s*(?:\s[-–—]|:)$/.exec(title);
  return match ? { title: match[1]!.trim(), marked: true } : { title, marked: false };
}

const remarkOpening = new RegExp(String.raw`^(?:${alternation(wordsFor((l) => l.resultRemarkOpenings))})(?![\p{L}])`, 'iu');

export type ResultLine = { result: ResultWord; word: string; prefix: string; remark: string | null };

const resultLine = new RegExp(
  String.raw`^\s*(?<prefix>(?:result|outcome|decision|ergebnis|beschluss)\s*[:–—-]\s*)?(?<word>${wholeWords(resultWords)})[.!]?(?<rest>.*)$`,
  'iu',
);

/** "CARRIED", "Result: Passed", "LOST (two-thirds majority not reached)", "REMITTED to the NEC". */
export function resultLineOf(line: string): ResultLine | null {
  const match = resultLine.exec(line);
  if (!match?.groups) return null;
  const word = match.groups.word!;
  const prefix = match.groups.prefix ?? '';
  const rest = match.groups.rest!.trim();
  const shouting = word === word.toUpperCase() && /\p{Lu}/u.test(word);
  // "Lost jobs must be restored" is motion text; "Referred to the NEC" and "Carried (nem. con.)" are results.
  const restIsRemark = rest === '' || rest.startsWith('(') || (remarkOpening.test(rest) && line.trim().length <= 80);
  if (!(prefix || shouting || restIsRemark)) return null;
  return { result: resultOf(word)!, word, prefix, remark: rest || null };
}

export type ReferenceResult = { kind: string; number: string; qualifier: string; result: ResultWord; word: string; remark: string | null };

const referenceResult = new RegExp(
  String.raw`^\s*(?<kind>${alternation(motionWords)})\s+(?<number>${LABEL})\s*(?<qualifier>[^–—:]{0,40}?)\s*[–—:-]\s*(?<word>${wholeWords(resultWords)})[.!]?(?<rest>.*)$`,
  'iu',
);

/** "Motion 3 as amended – CARRIED", "Motion 13 (unamended) – CARRIED": the result of a motion printed after its amendments. */
export function referenceResultOf(line: string): ReferenceResult | null {
  const match = referenceResult.exec(line);
  if (!match?.groups) return null;
  const qualifier = match.groups.qualifier!.trim();
  if (qualifier.split(/\s+/).length > 4) return null;
  const word = match.groups.word!;
  const rest = match.groups.rest!.trim();
  const shouting = word === word.toUpperCase();
  if (!(qualifier || shouting || rest === '' || rest.startsWith('('))) return null;
  return {
    kind: match.groups.kind!,
    number: match.groups.number!,
    qualifier,
    result: resultOf(word)!,
    word,
    remark: rest || null,
  };
}

const noteLine = new RegExp(String.raw`^\s*(?:${wholeWords(noteLabels)})\s*(?::|[–—-]|\s(?=\p{Lu}))\s*\S`, 'iu');

/** "Mover: North West Region", "Seconded by Jo Bloggs". */
export function isNoteLine(line: string): boolean {
  return noteLine.test(line);
}

const voterNouns = wordsFor((l) => l.voterNouns);
const voterVerbs = wordsFor((l) => l.voterVerbs);
const voterLabels = wordsFor((l) => l.voterLabels);
const votersBySentence = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<count>${NUMBER_PATTERN})\s+(?:\p{L}+\s+){0,2}?(?:${alternation(voterNouns)})\s+(?:(?:have|had|in total|altogether|insgesamt)\s+)?(?:${alternation(voterVerbs)})`,
  'iu',
);
const votersByLabel = new RegExp(
  String.raw`^\s*(?:${alternation(voterLabels)})\s*(?:[:=–—-]\s*|\s)(?<count>${NUMBER_PATTERN})\s*\.?\s*$`,
  'iu',
);

/** "56 people voted in total.", "Voting delegates present: 58", "... 183 members voted." */
export function votersIn(line: string): number | null {
  const match = votersByLabel.exec(line) ?? votersBySentence.exec(line);
  if (!match?.groups) return null;
  const read = readNumber(match.groups.count!);
  return read.kind === 'exact' ? read.value : null;
}

const notesHeading = new RegExp(String.raw`^\s*(?:${alternation(wordsFor((l) => l.notesHeadings))})\s*:?\s*$`, 'iu');

/** "Notes:" heads a list that holds no motions. */
export function isNotesHeading(line: string): boolean {
  return notesHeading.test(line);
}

const electedWords = wordsFor((l) => l.electedWords);
const candidateLine = new RegExp(
  String.raw`^\s*(?:\d{1,3}[.)]\s+)?(?<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?:\s*\([^)]{1,60}\))?\s*[:–—-]?\s*(?<votes>${NUMBER_PATTERN})\s*(?:votes?)?\s*(?:[–—-]?\s*\(?(?<elected>${alternation(electedWords)})\)?)?\s*$`,
  'iu',
);

/** "Jane Smith (Unite) – 1,203 votes – ELECTED": one line of an election count. */
export function isCandidateLine(line: string): boolean {
  return candidateLine.test(line);
}

export function saysElected(line: string): boolean {
  return new RegExp(wholeWords(electedWords), 'iu').test(line);
}
