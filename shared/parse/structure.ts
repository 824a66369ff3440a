import type { Event } from './classify';
import { isLetterLabel, isSectionLikeLabel, looksLikeSectionTitle, stripSectionMark } from './headings';

/** Decisions about the shape of a file that need more than one line: heading style, and which numbered lines are sections. */

function isHeading(event: Event): boolean {
  return event.kind === 'section' || event.kind === 'motion' || event.kind === 'numbered';
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
    if (other.kind === 'text' || other.kind === 'note') return false;
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
