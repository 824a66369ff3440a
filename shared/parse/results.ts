import type { ResultWord } from '../model';
import { alternation, resultOf, resultWords, wholeWords, wordsFor } from '../vocabulary';

/** Lines that state a result on their own: "CARRIED", "Result: Passed", "REMITTED to the NEC". */

/** The words that open a remark after a result ("Referred to the NEC", "naar het bestuur"). */
export const remarkOpening = new RegExp(String.raw`^(?:${alternation(wordsFor((l) => l.resultRemarkOpenings))})(?![\p{L}])`, 'iu');

export type ResultLine = { result: ResultWord; word: string; prefix: string; remark: string | null };

const resultLine = new RegExp(
  String.raw`^\s*(?<prefix>(?:${alternation(wordsFor((l) => l.resultLabels))})\s*[:–—-]\s*)?(?<word>${wholeWords(resultWords)})[.!]?(?<rest>.*)$`,
  'iu',
);
/** "Beschluss: als Material an den Bundesvorstand überwiesen": after a result's label, the result word last, as German puts its verb. */
const labelledResultLast = new RegExp(
  String.raw`^\s*(?<prefix>(?:${alternation(wordsFor((l) => l.resultLabels))})\s*[:–—-]\s*(?:[\p{L}'’.-]+\s+){1,8}?)(?<word>${wholeWords(resultWords)})[.!]?(?<rest>)\s*$`,
  'iu',
);
/** "Beschluss: Annahme": a noun that states a result only after a result label. */
const labelledResultWords = wordsFor((l) => Object.values(l.labelledResults).flat());
const labelledResultLine = new RegExp(
  String.raw`^\s*(?<prefix>(?:${alternation(wordsFor((l) => l.resultLabels))})\s*[:–—-]\s*)(?<word>${wholeWords(labelledResultWords)})[.!]?(?<rest>.*)$`,
  'iu',
);

/** "CARRIED", "Result: Passed", "LOST (two-thirds majority not reached)", "REMITTED to the NEC". */
export function resultLineOf(line: string): ResultLine | null {
  const match = resultLine.exec(line) ?? labelledResultLine.exec(line) ?? labelledResultLast.exec(line);
  if (!match?.groups) return null;
  const word = match.groups.word!;
  const prefix = match.groups.prefix ?? '';
  const rest = match.groups.rest!.trim();
  if (!prefix && !isResultRemark(word, rest)) return null;
  return { result: resultOf(word)!, word, prefix, remark: rest.replace(/^;\s*/, '') || null };
}

const resultWordIn = new RegExp(wholeWords(resultWords), 'iu');

const resultAfterFigure = new RegExp(String.raw`^\s*[–—-]\s*(?<prefix>(?:\p{L}[\p{L}'’]*\s+){0,2})(?<word>${wholeWords(resultWords)})[.!]?(?<rest>.*)$`, 'iu');

/** The result after a figure and a dash: "Votes cast: 58 – CARRIED", "Suffrages exprimés : 16 530 – Résolution adoptée". */
export function resultAfter(text: string): ResultLine | null {
  const match = resultAfterFigure.exec(text);
  if (!match?.groups) return null;
  const { prefix, word, rest } = match.groups as { prefix: string; word: string; rest: string };
  if (!isResultRemark(word, rest.trim())) return null;
  return { result: resultOf(word)!, word, prefix, remark: rest.trim() || null };
}

/**
 * A heading over a list of motions that share one result: "The following
 * motions were carried:", "Resoluciones aprobadas:", "Aangenomen:",
 * "Doorverwezen naar het partijbestuur:". A short line, without figures,
 * ending in a colon, with a result word; the words around it are kept.
 */
export function resultGroupOf(line: string): ResultLine | null {
  const text = line.trim();
  if (!text.endsWith(':') || /\d/.test(text) || text.split(/\s+/).length > 12) return null;
  const match = resultWordIn.exec(text);
  if (!match) return null;
  const remark = text.slice(match.index + match[0].length, -1).trim();
  return { result: resultOf(match[0])!, word: match[0], prefix: text.slice(0, match.index), remark: remark || null };
}

/**
 * Whether the words after a result word are a remark on it ("Referred to the
 * NEC", "Carried (nem. con.)", "LOST – recount refused", "abgelehnt; Mehrheit nicht erreicht") rather than the
 * start of a sentence ("Lost jobs must be restored").
 */
export function isResultRemark(word: string, rest: string): boolean {
  const shouting = word === word.toUpperCase() && /\p{Lu}/u.test(word);
  // "lost to automation, and ..." in lower case is a wrapped line of motion text.
  const capitalised = /^\p{Lu}/u.test(word);
  return rest === '' || shouting || rest.startsWith('(') || rest.startsWith(';') || (capitalised && remarkOpening.test(rest) && rest.length <= 70);
}
