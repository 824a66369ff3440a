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
  return lex(line).hasDigit && (candidateLine.test(line) || isCountRow(line));
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

/** One name with its votes in a list: "Helen Ambrose 33", "Kerstin Wuttke (118)". */
const nameWithVotes = new RegExp(String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*(?:\(\s*(?:${NUMBER_PATTERN})\s*\)|(?:${NUMBER_PATTERN}))(?=\s*(?:[,;.–—]|\s-\s|\s(?:and|und|et|y|en|e)\s|$))`, 'gu');

/**
 * "Votes: Helen Ambrose 33, Ben Osei 29, Tamsin Reid 25", "Gewählt: Kerstin
 * Wuttke (118), Marco Lindner (109)": two or more names, each with its votes,
 * on one line.
 */
export function isCandidateList(line: string): boolean {
  if (!lex(line).hasDigit) return false;
  return (line.match(nameWithVotes)?.length ?? 0) >= 2;
}

/** "Ahmed, Nadia    52   -11   41 …   Elected (stage 1)": a row of a transferable-vote count, surname first. */
const countRow = new RegExp(String.raw`^\s*\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:[-+]?\d[\d,]*|[-–]))+(?:\s+\p{L}.*)?$`, 'u');

export function isCountRow(line: string): boolean {
  return lex(line).hasDigit && countRow.test(line);
}
