import { resultLineOf, type ResultLine } from './results';
import { parseTally, type Tally } from './tally';

/**
 * Splits "Motion text – CARRIED", "Motion text: withdrawn", "Motion text (54 for, 2 against)" or
 * "Motion text – 20 for, 28 against – LOST" into the text and what ends it.
 * The leftmost split whose whole tail reads as a tally or a result wins.
 */
export function splitTrailing(text: string): { text: string; tally: Tally | null; result: ResultLine | null } {
  // "Amendment One: carried": the text after the heading is all result.
  const whole = resultLineOf(text);
  if (whole && whole.remark === null && !whole.prefix) return { text: '', tally: null, result: whole };
  const separators = /\s*\((?=[^()]+\)\s*$)|\s+[–—-]\s+|:\s+|\t+/gu;
  for (const match of text.matchAll(separators)) {
    const head = text.slice(0, match.index).trimEnd();
    const tail = text.slice(match.index + match[0].length).replace(/\)\s*$/u, '').trim();
    if (!head || !tail) continue;
    const tally = parseTally(tail);
    if (tally && tally.problems.every((problem) => problem.kind === 'lookalike')) return { text: head, tally, result: null };
    const result = resultLineOf(tail);
    if (result && !result.prefix) return { text: head, tally: null, result };
  }
  return { text, tally: null, result: null };
}
