import type { Event } from './classify';
import { isSectionLikeLabel, looksLikeSectionTitle, stripSectionMark } from './headings';

/** Decisions about the shape of a file that need more than one line: heading style, and which numbered lines are sections. */

function isHeading(event: Event): boolean {
  return event.kind === 'section' || event.kind === 'motion' || event.kind === 'numbered' || event.kind === 'row';
}

/** The integer part of a label and the letters before it: "A12b" → {prefix: "A", value: 12}. */
export function labelParts(label: string): { prefix: string; value: number; suffix: string } | null {
  const match = /^([A-Za-z]*)[-.]?(\d+)([a-zA-Z]?)$/.exec(label);
  return match ? { prefix: match[1]!.toUpperCase(), value: Number(match[2]), suffix: match[3]! } : null;
}

/** A label that starts a numbering ("1", "A1", "a") or belongs under the candidate section label. */
function startsNumbering(label: string, sectionLabel: string): boolean {
  const parts = labelParts(label);
  if (parts && parts.value === 1 && parts.suffix === '') return true;
  if (parts && parts.prefix !== '' && parts.prefix === sectionLabel.toUpperCase()) return true;
  return label === 'a' || label === 'A';
}

/**
 * In files that head motions with a word ("Motion 12 –"), a line that starts
 * "1." is a clause or a note, not a motion.
 */
export function keywordHeadings(events: Event[]): boolean {
  const labels = new Set<string>();
  for (const event of events) {
    if (event.kind === 'motion') labels.add(event.heading.number);
    if (event.kind === 'reference' && event.reference.number !== null) labels.add(event.reference.number);
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
  const words = title.split(/\s+/).length;
  return words >= 2 && following.kind === 'numbered' && startsNumbering(following.number, event.number);
}
