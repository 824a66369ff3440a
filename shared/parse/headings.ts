import type { ResultWord } from '../model';
import { alternation, resultOf, resultWords, wholeWords, wordsFor } from '../vocabulary';
import { NUMBER_PATTERN, readNumber } from './number';

/** Recognisers for single lines: headings, result lines, notes, voter counts. Each returns null when the line is not one. */

const motionWords = wordsFor((l) => l.motionWords);
const amendmentWords = wordsFor((l) => l.amendmentWords);
const linkWords = wordsFor((l) => l.amendsLink);
const sectionWords = wordsFor((l) => l.sectionWords);
const noteLabels = wordsFor((l) => l.noteLabels);

/** A motion label as printed: "12", "3a", "E1", "R2", "A1", "4.2", "12A", "14/25", "A", "One". */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
export const LABEL = String.raw`(?:\p{Lu}{1,3}[-.]?)?\d{1,4}(?:[./]\d{1,3})?[a-zA-Z]?|\p{Lu}(?![\p{L}\p{N}])|(?:${NUMBER_WORDS.join('|')})(?![\p{L}])`;
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

const numberedHeadingPattern = new RegExp(String.raw`^\s*(?<number>[A-Z]{0,2}\d{1,3}[a-z]?|[A-Z]|[IVX]{1,5})(?:[.):]|\s+[–—-])(?:\s+(?<text>\S.*))?$`, 'u');
/** An amendment lettered under its motion: "3(a) Amendment from Linlithgow branch". */
const amendmentLabelPattern = /^\s*(?<number>\d{1,3}\([a-z]\))\.?\s+(?<text>\S.*)$/u;
/**
 * A code of letters and digits, or a decimal label, needs no full stop after
 * it: "UC25/01 Free period products", "F4 Buses", "1.2 To approve". A lower-case
 * letter with a bracket ("a) That ...") is a label too.
 */
const codeHeadingPattern = new RegExp(String.raw`^\s*(?<number>[A-Z]{1,4}\d{1,4}(?:[/.]\d{1,4})?[a-z]?|\d{1,2}\.\d{1,2}|[a-z](?=\)))\)?\s+(?<text>\p{L}.*)$`, 'u');

/** "12. Text", "A1. Text", "3) Text", "Q1: Text", "4 – Text", "3(a) Text": a motion, or in some files a section heading. */
export function numberedHeading(line: string): { number: string; text: string } | null {
  const match = numberedHeadingPattern.exec(line) ?? amendmentLabelPattern.exec(line) ?? codeHeadingPattern.exec(line);
  if (!match?.groups) return null;
  const text = (match.groups.text ?? '').trim();
  const number = match.groups.number!;
  if (/^[A-Z]$|^[IVX]+$/.test(number) && text === '') return null;
  return { number, text };
}

/** A heading label that is only a capital letter or a roman numeral names a section, not a motion. */
export function isSectionLikeLabel(number: string): boolean {
  return /^(?:[A-Z]|[IVX]{1,5})$/.test(number);
}

/** "a)": in a file that numbers its motions, a lettered line is a clause of a motion. */
export function isLetterLabel(number: string): boolean {
  return /^[a-z]$/.test(number);
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

/** Whether the text after "12. " could be a section title, with or without its " -" mark. */
export function readsAsSectionTitle(text: string): boolean {
  return looksLikeSectionTitle(stripSectionMark(text).title);
}

/** Strips the " -" or ":" that some files print after a section title. */
export function stripSectionMark(title: string): { title: string; marked: boolean } {
  const match = /^(.*?)\s*(?:\s[-–—]|:)$/.exec(title);
  return match ? { title: match[1]!.trim(), marked: true } : { title, marked: false };
}

const remarkOpening = new RegExp(String.raw`^(?:${alternation(wordsFor((l) => l.resultRemarkOpenings))})(?![\p{L}])`, 'iu');

export type ResultLine = { result: ResultWord; word: string; prefix: string; remark: string | null };

const resultLine = new RegExp(
  String.raw`^\s*(?<prefix>(?:result|outcome|decision|state|status|ergebnis|beschluss|résultat|resultado)\s*[:–—-]\s*)?(?<word>${wholeWords(resultWords)})[.!]?(?<rest>.*)$`,
  'iu',
);

/** "CARRIED", "Result: Passed", "LOST (two-thirds majority not reached)", "REMITTED to the NEC". */
export function resultLineOf(line: string): ResultLine | null {
  const match = resultLine.exec(line);
  if (!match?.groups) return null;
  const word = match.groups.word!;
  const prefix = match.groups.prefix ?? '';
  const rest = match.groups.rest!.trim();
  if (!prefix && !isResultRemark(word, rest)) return null;
  return { result: resultOf(word)!, word, prefix, remark: rest || null };
}

/**
 * Whether the words after a result word are a remark on it ("Referred to the
 * NEC", "Carried (nem. con.)", "LOST – recount refused") rather than the
 * start of a sentence ("Lost jobs must be restored").
 */
export function isResultRemark(word: string, rest: string): boolean {
  const shouting = word === word.toUpperCase() && /\p{Lu}/u.test(word);
  // "lost to automation, and ..." in lower case is a wrapped line of motion text.
  const capitalised = /^\p{Lu}/u.test(word);
  return rest === '' || shouting || rest.startsWith('(') || (capitalised && remarkOpening.test(rest) && rest.length <= 70);
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
/** "Members present and voting: 58", "Councillors voting: 37", "Present: 31 members (quorum 20)", "Turnout: 2,431 votes cast". */
const votersByLabelWords = new RegExp(
  String.raw`^\s*\(?(?:[\p{L}*]+\s+){0,5}?(?:${alternation(wordsFor((l) => l.voterLabelWords))})(?:\s+(?:\p{L}+\s+)?(?:${alternation(voterNouns)}))?\**\s*[:=–—]\s*\**(?<count>${NUMBER_PATTERN})(?![\d%])`,
  'iu',
);

/** "56 people voted in total.", "Voting delegates present: 58", "... 183 members voted." */
/** Counts of those who could have voted, not of those who did. */
const notVoters = new RegExp(alternation(wordsFor((l) => l.notVoterWords)), 'iu');

/**
 * The number of voters a line states, and whether it is stated as a label
 * ("Votes cast: 58", which under a motion is that motion's turnout) or in a
 * sentence ("56 people voted in total.", always the whole meeting's).
 */
export function votersStatedIn(line: string): { count: number; labelled: boolean } | null {
  // A line may hold several statements, as cells ("Eligible voters: 212","Ballots cast: 164") or columns.
  for (const part of line.split(/"\s*[,;]\s*"|\t+|(?<![:\s])\s{3,}/)) {
    const statement = part.replace(/^[\s"]+|[\s"]+$/g, '');
    const labelled = votersByLabel.exec(statement) ?? votersByLabelWords.exec(statement);
    const match = labelled ?? votersBySentence.exec(statement);
    if (!match?.groups || notVoters.test(match[0])) continue;
    const read = readNumber(match.groups.count!);
    if (read.kind === 'exact') return { count: read.value, labelled: labelled !== null };
  }
  return null;
}

export function votersIn(line: string): number | null {
  return votersStatedIn(line)?.count ?? null;
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
