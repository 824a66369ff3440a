import type { Motion } from './model';

/** A motion as the file names it, "Motion 3" or "Amendment 3a"; null for one printed without a number, which each message names its own way. */
export function motionName(motion: Pick<Motion, 'kind' | 'number'>): string | null {
  return motion.number ? `${motion.kind ?? 'Motion'} ${motion.number}` : null;
}
