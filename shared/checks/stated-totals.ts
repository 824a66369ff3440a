import type { Motion, ResultsDocument } from '../model';
import { votersIn } from '../parse/voters';
import type { CountKey } from '../vocabulary';

/**
 * A motion's own stated total ("Votes cast: 58", "Suffrages exprimés : 16 530",
 * "Total 118") covers the counts by the file's convention: the votes for and
 * against only (abstentions are no votes cast, in law or by the statutes), those
 * and the abstentions, or every count. The file's own totals show which: the
 * coverage that most of them match is the file's, and a total is checked by it.
 */

export type Coverage = { keys: CountKey[]; words: string };

export const coverages: Coverage[] = [
  { keys: ['for', 'against'], words: 'the votes for and against' },
  { keys: ['for', 'against', 'abstain'], words: 'the votes for and against and the abstentions' },
  { keys: ['for', 'against', 'abstain', 'invalid'], words: 'every count' },
];

/** The motion's own turnout, stated on its tally line or in a note under it, and the line it is on. */
export function ownTurnout(motion: Motion): { count: number; line: number; stated: 'total' | 'voters' } | null {
  if (motion.total) return { count: motion.total.value, line: motion.total.line, stated: 'total' };
  for (const note of motion.notes) {
    const count = votersIn(note.text);
    if (count !== null) return { count, line: note.line, stated: 'voters' };
  }
  return null;
}

export function sumOf(motion: Motion, keys: CountKey[]): number {
  return keys.reduce((total, key) => total + (motion[key] ?? 0), 0);
}

/**
 * The coverages most of the file's stated totals match, named by their places
 * in `coverages`. Only a total that tells them apart counts (a motion without
 * abstentions or invalid votes matches them all), and it takes two to set a
 * convention; until then a total covers the abstentions, with or without the invalid votes.
 */
export function totalsConvention(document: ResultsDocument): number[] {
  const matches = coverages.map(() => 0);
  let telling = 0;
  for (const section of document.sections) {
    for (const motion of section.motions) {
      const turnout = ownTurnout(motion);
      if (!turnout) continue;
      const sums = coverages.map((coverage) => sumOf(motion, coverage.keys));
      if (new Set(sums).size === 1 || !sums.includes(turnout.count)) continue;
      telling++;
      sums.forEach((sum, index) => {
        if (sum === turnout.count) matches[index]!++;
      });
    }
  }
  if (telling < 2) return [1, 2];
  const most = Math.max(...matches);
  return matches.flatMap((count, index) => (count === most ? [index] : []));
}
