import { alternation, wholeWords, wordsFor } from '../vocabulary';
import { NUMBER_PATTERN } from './number';

/** Lines of an election count, which Tally Desk sets aside: "Jane Smith (Unite) – 1,203 votes – ELECTED". */

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
