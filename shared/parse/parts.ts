import type { Event } from './classify';

/**
 * A vote counted in parts, each on a line named for its part, then the whole:
 *
 *     zaal: voor 52 | tegen 4 | onthouding 2
 *     online: voor 160 | tegen 12 | onthouding 7
 *     totaal: voor 212 | tegen 16 | onthouding 9 → aangenomen
 *
 * A named line is a part only beside another named line: alone, "Abstimmung:
 * Ja 55, Nein 3" is the motion's tally, its name only words before it.
 */
export function readParts(events: Event[]): Event[] {
  return events.map((event, index) => {
    if (event.kind !== 'tally' || event.tally.part === null) return event;
    const beside = (mayBePart(events[index - 1]) && events[index - 1]!.line === event.line - 1) || (mayBePart(events[index + 1]) && events[index + 1]!.line === event.line + 1);
    return beside ? event : { ...event, tally: { ...event.tally, part: null } };
  });
}

/** Whether a line's reading depends on its neighbours' as a part of a vote: an edit of it is read with the whole file. */
export function mayBePart(event: Event | undefined): boolean {
  return event?.kind === 'tally' && event.tally.partName !== '';
}
