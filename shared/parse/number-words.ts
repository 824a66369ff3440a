import { languagePacks } from '../languages';
import { alternation } from '../vocabulary';

/**
 * Counts written in words, as minutes sometimes give the number of voters:
 * "Fifty-six members voted", "one hundred and twelve delegates were present".
 * In each language whose pack has its number words, nought to 9,999.
 */

const spelled = languagePacks.flatMap((pack) => (pack.numberWords ? [pack.numberWords] : []));
/** Every number word of every language, for a quick test of whether a line may hold a number written in words. */
export const allWords = spelled.flatMap((words) => [...words.units, ...words.tens.filter(Boolean), words.hundred, words.thousand, words.joiner]);

/** A run of number words, for use inside a larger pattern. */
export const NUMBER_WORDS_PATTERN = String.raw`(?:${alternation(allWords)})(?:[\s-]+(?:${alternation(allWords)}))*`;

export function readNumberWords(text: string): number | null {
  const parts = text.toLowerCase().split(/[\s-]+/);
  for (const words of spelled) {
    const value = valueIn(parts.filter((part) => part !== words.joiner), words);
    if (value !== null) return value;
  }
  return null;
}

function valueIn(parts: string[], words: NonNullable<(typeof spelled)[number]>): number | null {
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (words.units.includes(part)) current += words.units.indexOf(part);
    else if (words.tens.includes(part) && part !== '') current += words.tens.indexOf(part) * 10;
    else if (part === words.hundred) current = (current || 1) * 100;
    else if (part === words.thousand) {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}
