import { alternation, resultWords, wholeWords, wordsFor } from '../vocabulary';

/** Recognisers for heading and note lines. Each returns null when the line is not one. */

const motionWords = wordsFor((l) => l.motionWords);
const amendmentWords = wordsFor((l) => l.amendmentWords);
const linkWords = wordsFor((l) => l.amendsLink);
const sectionWords = wordsFor((l) => l.sectionWords);
const agendaWords = new Set(wordsFor((l) => l.agendaWords));
const noteLabels = wordsFor((l) => l.noteLabels);

/** A motion label as printed: "12", "3a", "E1", "R2", "A1", "4.2", "12A", "14/25", "A", "One", and an amendment's after its motion's ("B7-A1", "A3-Ä2", "A002-1"). */
export const LABEL = String.raw`(?:\p{Lu}{1,3}[-.]?)?\d{1,5}(?:[./]\d{1,3})?(?:-\p{Lu}{0,2}\d{1,3})?[a-zA-Z]?|\p{Lu}(?![\p{L}\p{N}])|(?:${alternation(wordsFor((l) => l.labelNumberWords))})(?![\p{L}])`;
const SEPARATOR = String.raw`(?:\s*\.-\s*|\s*[–—:.)]\s*|\s+[-–—]\s+|\s+|$)`;

/**
 * A minute's, paragraph's or poll question's number before a motion's own
 * label ("6.2 Motion 3: …", "3.1 – Proposta n. 1: …", "5. Motion 4 – …"): not the motion's label. A
 * single "3." needs a dash after the label, so that a list's item stays one
 * ("3. Resolution 13 was not passed", "2. Resolution 13: the NEC to report back").
 */
const MINUTE_NUMBER = String.raw`(?<lead>\d{1,3}(?:\.\d{1,3}){1,3}\.?(?:\s+|\s*[–—]\s*|\s+-\s+)|\d{1,3}[.)]\s+)?`;

/** `lead` is a minute's number printed before the heading word, `mover` who moved it as printed between label and text ("(Abteilung Tennis)", "présenté par M. Leroy"), each '' for none. */
export type MotionHeading = { kind: string | null; number: string; amends: string | null; text: string; lead: string; mover: string };

/** Whether a heading's word names an agenda item ("TOP", "Agenda item"), which is a section or a motion by what stands under it. */
export function isAgendaItem(heading: MotionHeading): boolean {
  return heading.kind !== null && agendaWords.has(heading.kind.toLowerCase());
}

/** Marks between a motion word and its label: "No.", "n°", "Nr.". */
export const NUMBER_MARK = String.raw`(?:${alternation(wordsFor((l) => l.numberMarks))})`;
/** "to Motion 3", "zu Antrag W2", "a la propuesta B2", "à la résolution n°5", "op voorstel 4": the motion an amendment amends. */
const AMENDS = String.raw`\s+(?:${alternation(linkWords)})\s+(?:(?:${alternation(wordsFor((l) => l.sentenceArticles))})\s+)?(?:${alternation(motionWords)})\s*${NUMBER_MARK}?\s*(?<amends>${LABEL})`;
/**
 * Who moved it, printed between the label and the text: "Antrag 7 (Abteilung
 * Tennis): …", "Amendement n°1 à la résolution n°5, présenté par M. Leroy".
 * Kept as the motion's note, not its text.
 */
const MOVER_NAMED = String.raw`(?:\s*,\s*(?<named>(?:${alternation(noteLabels)})\s[^:–—()]{1,80}?)(?=\s*(?:[:–—]|\s-\s|$)))?`;
const MOVER = String.raw`(?:\s*(?<bracketed>\([^()]{2,80}\))(?=\s*(?:[:–—]|\s-\s|$))|\s*,\s*(?<named>(?:${alternation(noteLabels)})\s[^:–—()]{1,80}?)(?=\s*(?:[:–—]|\s-\s|$)))?`;
/** Words that make a bracket no mover's name: "(Composite)", "(Part 1)", "(withdrawn)", "(as amended)", "(to Motion 3)". */
const notAMover = new RegExp(String.raw`${wholeWords([...resultWords, ...wordsFor((l) => [...l.motionQualifiers, ...l.motionWords, ...l.amendmentWords])])}|^\(\s*(?:${alternation(sectionWords)})\s+[\dIVXLC]+\s*\)$`, 'iu');

/** A bracket after a label reads as who moved it: two words or more, a capital among them, and no word of a result, a part or a motion. */
function readsAsMover(bracketed: string): boolean {
  const words = bracketed.slice(1, -1).trim().split(/\s+/);
  return words.length >= 2 && /\p{Lu}/u.test(bracketed) && !notAMover.test(bracketed);
}

const AGENDA_OF = String.raw`(?:${alternation(wordsFor((l) => l.agendaOf))})`;

const headingWith = (mover: string) => new RegExp(
  String.raw`^\s*${MINUTE_NUMBER}(?<kind>(?:${alternation(wordsFor((l) => l.motionKindPrefixes))})?\s*(?:${alternation([...amendmentWords, ...motionWords, ...agendaWords])}))(?![\p{L}])\s*${NUMBER_MARK}?\s*(?<number>${LABEL})(?:${AMENDS})?(?:\.?[º°ª](?![\p{L}]))?(?:\s+${AGENDA_OF})?${mover}(?<separator>${SEPARATOR})(?<text>.*)$`,
  'iu',
);
const keywordHeading = headingWith(MOVER);
/** The same heading where words in brackets after the label are its text, not who moved it. */
const keywordHeadingBracketInText = headingWith(MOVER_NAMED);

/** "Motion 12 – Title", "Amendment 3a to Motion 3 – ...", "Resolution 3", "Proposal 1: ...", "TOP 3: ...", "Punto 2.º — ..." (the ordinal's mark is no part of the label). */
export function keywordMotionHeading(line: string): MotionHeading | null {
  let match = keywordHeading.exec(line);
  if (match?.groups?.bracketed && !readsAsMover(match.groups.bracketed)) match = keywordHeadingBracketInText.exec(line);
  if (!match?.groups) return null;
  const { kind, number, amends, text, separator, lead, bracketed, named } = match.groups;
  const heading = { kind: kind!.trim().replace(/\s+/g, ' '), number: number!, amends: amends ?? null, text: text!.trim(), lead: lead ?? '', mover: (bracketed ?? named ?? '').trim() };
  // "Top 3 priorities were …", "Point 2 was raised …": an agenda item's word heads a line only with a mark after its label.
  if (isAgendaItem(heading) && separator!.trim() === '' && heading.text !== '') return null;
  // "5. Motion 4 – To hold …": a single number before a motion's own label needs a dash after it and a title after that.
  if (/^\d{1,3}[.)]\s+$/.test(heading.lead) && (!/[–—-]/.test(separator!) || !/^\p{Lu}/u.test(heading.text))) return null;
  return heading;
}

/** "12.", "A1.", "3)", "Q1:", "Q7-03:", "B-7:": a label, then its mark. */
const numberedHeadingPattern = new RegExp(String.raw`^\s*(?<number>[A-Z]{0,2}\d{1,3}[a-z]?|[A-Z]{1,3}-\d{1,3}(?:-\d{1,3})?|[A-Z]{1,3}\d{1,3}-\d{1,3}|[A-Z]|[IVX]{1,5})(?:[.):]|\s+[–—-])(?:\s+(?<text>\S.*))?$`, 'u');
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
  String.raw`^\s*(?<kind>${wholeWords(sectionWords)})(?:\s*:\s*|\s+)?(?:(?<number>[A-Z0-9]{1,4}|[IVXLC]{1,6})(?![\p{L}\p{N}]))?(?:\s+(?:${alternation(wordsFor((l) => l.pageOf))})\s+\d{1,3})?\s*(?:[–—:.]\s*|\s+-\s+|$)(?<title>.*)$`,
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

const noteLine = new RegExp(String.raw`^\s*(?:${wholeWords(noteLabels)})\s*(?::|[–—-]|\s(?=\p{Lu}))\s*\S`, 'iu');

/** "Mover: North West Region", "Seconded by Jo Bloggs". */
export function isNoteLine(line: string): boolean {
  return noteLine.test(line);
}

const notesHeading = new RegExp(String.raw`^\s*(?:${alternation(wordsFor((l) => l.notesHeadings))})\s*:?\s*$`, 'iu');

/** "Notes:" heads a list that holds no motions. */
export function isNotesHeading(line: string): boolean {
  return notesHeading.test(line);
}
