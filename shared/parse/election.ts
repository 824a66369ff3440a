import { alternation, wholeWords, wordsFor } from '../vocabulary';
import { lex } from './lexer';
import { NUMBER_PATTERN } from './number';

/** Lines of an election count, which Tally Desk sets aside: "Jane Smith (Unite) – 1,203 votes – ELECTED". */

const electedWords = wordsFor((l) => l.electedWords);
const candidateLine = new RegExp(
  String.raw`^\s*(?:\d{1,3}[.)]\s+)?(?<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?:\s*\((?![\d\s]+\/)[^)]{1,60}\))?\s*[:–—-]?\s*(?:\(\s*(?<share>${NUMBER_PATTERN})\s*/\s*(?:${NUMBER_PATTERN})\s*\)|(?<votes>${NUMBER_PATTERN}))\s*(?:votes?)?\s*(?:\(?\d{1,3}(?:[.,]\d{1,2})?\s*%\)?\s*)?(?:[–—-]?\s*\(?(?<elected>${alternation(electedWords)})\)?)?\s*$`,
  'iu',
);

/** "Jane Smith (Unite) – 1,203 votes – ELECTED", "Aisha Rahman   (26/47) 55%": one line of an election count. */
export function isCandidateLine(line: string): boolean {
  // A candidate's votes are in digits: a line without one is passed over without the pattern.
  return lex(line).hasDigit && candidateLine.test(line);
}

const elected = new RegExp(wholeWords(electedWords), 'iu');

export function saysElected(line: string): boolean {
  return elected.test(line);
}

const electionWord = new RegExp(wholeWords(wordsFor((l) => l.electionWords)), 'iu');

/** "Election of Branch Secretary", "Wahl der stellvertretenden Bundesvorsitzenden": a line that names an election. */
export function namesElection(line: string): boolean {
  return electionWord.test(line);
}
