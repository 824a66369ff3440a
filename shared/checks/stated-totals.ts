import type { Motion, ResultsDocument } from '../model';
import { NUMBER_PATTERN, readNumber } from '../parse/number';
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

/**
 * A note that is a figure alone ("118", "2315 votos") was placed under the
 * motion as its total by the reader, which read its label on the line above
 * (a table printed a cell to a line): notes are otherwise labelled lines.
 */
const figureAlone = new RegExp(String.raw`^\s*(${NUMBER_PATTERN})(?:\s+\p{L}{1,12}\.?)?\s*$`, 'u');

function figureOf(text: string): number | null {
  const match = figureAlone.exec(text);
  const read = match ? readNumber(match[1]!) : null;
  return read?.kind === 'exact' ? read.value : null;
}

/** The motion's own turnout, stated on its tally line or in a note under it, and the line it is on. */
export function ownTurnout(motion: Motion): { count: number; line: number } | null {
  if (motion.total && motion.tallyLine !== null) return { count: motion.total.value, line: motion.tallyLine };
  for (const note of motion.notes) {
    const count = votersIn(note.text) ?? figureOf(note.text);
    if (count !== null) return { count, line: note.line };
  }
  return null;
}

export function sumOf(motion: Motion, keys: CountKey[]): number {
  return keys.reduce((total, key) => total + (motion[key] ?? 0), 0);
}

/** The coverages most of the file's stated totals match (every one while none does), named by their places in `coverages`. */
export function totalsConvention(document: ResultsDocument): number[] {
  const matches = coverages.map(() => 0);
  for (const section of document.sections) {
    for (const motion of section.motions) {
      const turnout = ownTurnout(motion);
      if (!turnout) continue;
      coverages.forEach((coverage, index) => {
        if (sumOf(motion, coverage.keys) === turnout.count) matches[index]!++;
      });
    }
  }
  const most = Math.max(...matches);
  return most === 0 ? coverages.map((_, index) => index) : matches.flatMap((count, index) => (count === most ? [index] : []));
}
