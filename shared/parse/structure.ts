import type { Event } from './classify';
import { isAgendaItem, isLetterLabel, isSectionLikeLabel, looksLikeSectionTitle, stripSectionMark } from './headings';

/** Decisions about the shape of a file that need more than one line: heading style, and which numbered lines are sections. */

function isHeading(event: Event): boolean {
  return event.kind === 'section' || event.kind === 'motion' || event.kind === 'numbered' || event.kind === 'result-group';
}

export type LabelParts = { prefix: string; value: number; suffix: string };

/** The integer part of a label and the letters before it: "A12b" → {prefix: "A", value: 12}. */
export function labelParts(label: string): LabelParts | null {
  let parts = partsOfLabel.get(label);
  if (parts === undefined) {
    const match = /^([A-Za-z]*)[-.]?(\d+)([a-zA-Z]?)$/.exec(label);
    parts = match ? { prefix: match[1]!.toUpperCase(), value: Number(match[2]), suffix: match[3]! } : null;
    // Asked of every motion's label by the numbering check at every keystroke: the few labels of a file are kept.
    if (partsOfLabel.size >= 100_000) partsOfLabel.clear();
    partsOfLabel.set(label, parts);
  }
  return parts;
}
const partsOfLabel = new Map<string, LabelParts | null>();

/** A label that starts a numbering ("1", "A1", "a") or belongs under the candidate section label ("A1", "2.1" under "2"). */
function startsNumbering(label: string, sectionLabel: string): boolean {
  if (label.startsWith(`${sectionLabel}.`)) return true;
  const parts = labelParts(label);
  if (parts && parts.value === 1 && parts.suffix === '') return true;
  if (parts && parts.prefix !== '' && parts.prefix === sectionLabel.toUpperCase()) return true;
  return label === 'a' || label === 'A';
}

/** Whether lines "a) ..." head motions: only in files that number nothing else. */
export function letteredMotions(events: Event[]): boolean {
  return !events.some((event) => event.kind === 'motion' || event.kind === 'row' || (event.kind === 'numbered' && !isLetterLabel(event.number)));
}

/**
 * In files that head motions with a word ("Motion 12 –"), a line that starts
 * "1." is a clause or a note, not a motion.
 */
export function keywordHeadings(events: Event[]): boolean {
  const labels = new Set<string>();
  const seen = new Set<string>();
  for (const event of events) {
    if (event.kind === 'motion') labels.add(event.heading.number);
    if (event.kind === 'numbered') seen.add(event.number);
    // "Motion 3 as amended – CARRIED" with no motion 3 before it stands for a heading of its own.
    if (event.kind === 'reference' && event.reference.number !== null && !labels.has(event.reference.number) && !seen.has(event.reference.number)) {
      labels.add(event.reference.number);
    }
  }
  const numbered = events.filter((event) => event.kind === 'numbered').length;
  return labels.size >= 1 && labels.size >= numbered / 2;
}

/** Decides whether a numbered line heads a section ("1. Unite the left -" followed by "1. ..."). */
export function numberedSectionAt(events: Event[], index: number): boolean {
  const event = events[index]!;
  if (event.kind !== 'numbered') return false;
  const { title, marked } = stripSectionMark(event.rest);
  if (!looksLikeSectionTitle(title)) return false;
  let next = index + 1;
  for (; next < events.length; next++) {
    const other = events[next]!;
    if (other.kind === 'tally' || other.kind === 'result' || other.kind === 'reference' || other.kind === 'row') return false;
    // A roman numeral or a capital heads sections, which may open with a note ("Rule changes need two-thirds").
    if ((other.kind === 'text' || other.kind === 'note') && !isSectionLikeLabel(event.number)) return false;
    if (isHeading(other)) break;
  }
  const following = events[next];
  if (!following) return false;
  if (following.kind === 'section') return isSectionLikeLabel(event.number);
  if (marked || isSectionLikeLabel(event.number)) return true;
  // One lower-case word is too little to tell a title from a short motion; "GOVERNANCE" in capitals is a title.
  const titleLike = title.split(/\s+/).length >= 2 || (title === title.toUpperCase() && /\p{Lu}{3}/u.test(title));
  return titleLike && following.kind === 'numbered' && startsNumbering(following.number, event.number);
}

/** Lines that give a vote: a tally, a result, a result naming its motion, a table row. */
function isVote(event: Event): boolean {
  return event.kind === 'tally' || event.kind === 'result' || event.kind === 'reference' || event.kind === 'row';
}

/** A heading more lines than this above the first line it heads heads nothing: it keeps each decision short. */
const LOOK_AHEAD = 200;

/** A heading of a motion below the line at `index`: its own, a table's row, or a result line that stands for it ("Motion 1 – CARRIED" with no motion 1 above). */
function isMotionHeadingAt(events: Event[], index: number): boolean {
  const event = events[index]!;
  return event.kind === 'motion' || (event.kind === 'row' && event.row.number !== '') || (event.kind === 'reference' && standsForHeading(events, index));
}

/**
 * What stands under an agenda item ("TOP 3: Jahresabschluss") before the next
 * heading: a vote (the item is itself the motion), motions (it is their
 * section), or neither (an item that held no vote, such as "TOP 1:
 * Begrüßung", or one that held an election). In a file that heads its motions
 * with a word, a numbered line under it is a clause, not a heading.
 */
export function underAgendaItem(events: Event[], index: number, keywordHeadings: boolean): 'vote' | 'motions' | 'nothing' {
  for (let next = index + 1; next < events.length && next <= index + LOOK_AHEAD; next++) {
    const event = events[next]!;
    if (isMotionHeadingAt(events, next)) return event.kind === 'motion' && isAgendaItem(event.heading) ? 'nothing' : 'motions';
    if (event.kind === 'result-group') return 'motions';
    if (isVote(event)) return 'vote';
    if (event.kind === 'section' || event.kind === 'candidate' || (event.kind === 'numbered' && !keywordHeadings)) return 'nothing';
  }
  return 'nothing';
}

/**
 * In a file that heads its motions with a word, whether the line at `index`
 * ("2. Campaigns", "III. PROJETS POUR 2024", "GENERAL BUSINESS") heads the
 * motions below it: it stands apart, reads as a title, and the next heading
 * below it, before any vote or other numbered line, is a motion's.
 */
export function headsMotionsBelow(events: Event[], index: number, title: string): boolean {
  if (!standsApart(events, index) || !looksLikeSectionTitle(stripSectionMark(title).title)) return false;
  for (let next = index + 1; next < events.length && next <= index + LOOK_AHEAD; next++) {
    const event = events[next]!;
    if (isMotionHeadingAt(events, next) || event.kind === 'result-group') return true;
    if (isVote(event) || event.kind === 'numbered' || event.kind === 'section' || event.kind === 'candidate') return false;
    // Another line in capitals standing apart heads what follows it ("OTRA INFORMACIÓN RELEVANTE", prose, then "RESULTADO DE LAS VOTACIONES").
    if (event.kind === 'text' && isCapitalsLine(event.text) && standsApart(events, next)) return false;
  }
  return false;
}

/**
 * A line stands apart when a blank line, a line left out, an election's (which
 * is set aside) or the end of a vote is above it: not a clause under a line of text, nor a line of a title. (The
 * writer sets a blank line after a vote, so the two read alike.)
 */
function standsApart(events: Event[], index: number): boolean {
  const before = events[index - 1];
  return before === undefined || before.kind === 'blank' || before.kind === 'ignored' || before.kind === 'candidate' || isVote(before);
}

/**
 * A line in capitals that heads the motions below it ("GENERAL BUSINESS"): a
 * few words, not a sentence or the opening of one ("CONFERENCE RESOLVES:"),
 * and not over another line in capitals (a title over its subtitle or notice).
 */
export function isCapitalsHeadingAt(events: Event[], index: number): boolean {
  const event = events[index]!;
  if (event.kind !== 'text' || !isCapitalsLine(event.text)) return false;
  const text = event.text.trim();
  // A remark in brackets is no part of the heading's length: "SPECIAL RESOLUTIONS (75% of votes cast required; …)".
  if (text.replace(/\([^()]*\)/g, ' ').trim().split(/\s+/).length > 8 || /[:;,.]$/.test(text)) return false;
  let next = index + 1;
  while (events[next]?.kind === 'blank') next++;
  const below = events[next];
  return !(below?.kind === 'text' && isCapitalsLine(below.text)) && headsMotionsBelow(events, index, text);
}

/** How many lines in capitals head motions: two or more make a file's way of heading its sections. */
export function capitalsHeadings(events: Event[]): number {
  // The file's first line is its title, whatever stands below it.
  const title = events.findIndex((event) => event.kind !== 'blank' && event.kind !== 'ignored');
  let count = 0;
  events.forEach((event, index) => {
    if (index !== title && event.kind === 'text' && (isCapitalsHeadingAt(events, index) || headsElection(events, index))) count++;
  });
  return count;
}

/** "ELECTION OF OFFICERS" over its candidates heads a part of the file as a section heading would, though its lines are set aside. */
function headsElection(events: Event[], index: number): boolean {
  const event = events[index]!;
  if (event.kind !== 'text' || !isCapitalsLine(event.text) || !standsApart(events, index)) return false;
  return events.slice(index + 1, index + 3).some((below) => below.kind === 'candidate');
}

/** "Motion 3 as amended – CARRIED" with no motion 3 above it stands for that motion's heading. */
function standsForHeading(events: Event[], index: number): boolean {
  const event = events[index]!;
  if (event.kind !== 'reference' || event.reference.number === null) return false;
  const first = firstHeadings(events).get(event.reference.number);
  return first === undefined || first > index;
}

/**
 * Where each label first heads a motion, found once for a file's lines (each
 * reading has its own array), so that asking it of every result line is not
 * a search of all the lines above.
 */
function firstHeadings(events: Event[]): Map<string, number> {
  let first = firstHeadingOf.get(events);
  if (!first) {
    first = new Map();
    events.forEach((event, index) => {
      if (event.kind === 'motion' && !first!.has(event.heading.number)) first!.set(event.heading.number, index);
    });
    firstHeadingOf.set(events, first);
  }
  return first;
}
const firstHeadingOf = new WeakMap<Event[], Map<string, number>>();

/** A line in capitals ("GENERAL BUSINESS", "I. RAPPORT FINANCIER"): a heading's way of standing out, not a sentence's. */
export function isCapitalsLine(text: string): boolean {
  // A remark in brackets after the heading may be in small letters: "SPECIAL RESOLUTIONS (75% of votes cast required)".
  const letters = text.replace(/\([^()]*\)/g, '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && text.length <= 100 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
