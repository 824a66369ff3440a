import type { Event } from './classify';
import { keywordMotionHeading, numberedHeading } from './headings';
import { listedCounts, type Tally } from './tally';

/**
 * A motion in a list under a shared result ("The following motions were
 * carried:"): its label, its text, and the figures in brackets before or
 * after it, if any. Null for a line that is no item of such a list.
 */
export type ListedItem = { number: string; kind: string | null; amends: string | null; text: string; tally: Tally | null; lead: string };

export function listedItemOf(event: Event): ListedItem | null {
  if (event.kind === 'numbered') return withCounts({ number: event.number, kind: null, amends: null, text: event.rest, lead: '' });
  if (event.kind === 'motion') {
    const { number, kind, amends, text, lead } = event.heading;
    return withCounts({ number, kind, amends, text, lead });
  }
  if (event.kind !== 'text') return null;
  // "(141–12–6) 3. Rent controls …": the figures first, then the label.
  const counted = listedCounts(event.text);
  if (!counted) return null;
  const heading = keywordMotionHeading(counted.rest);
  const numbered = heading ? null : numberedHeading(counted.rest);
  if (heading) return { number: heading.number, kind: heading.kind, amends: heading.amends, text: heading.text, lead: heading.lead, tally: counted.tally };
  return numbered ? { number: numbered.number, kind: null, amends: null, text: numbered.text, lead: '', tally: counted.tally } : null;
}

function withCounts(item: Omit<ListedItem, 'tally'>): ListedItem {
  const counted = listedCounts(item.text);
  return counted ? { ...item, text: counted.rest, tally: counted.tally } : { ...item, tally: null };
}
