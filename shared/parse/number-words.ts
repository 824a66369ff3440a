/**
 * Counts written in words, as minutes sometimes give the number of voters:
 * "Fifty-six members voted", "one hundred and twelve delegates were present".
 * English only, nought to 9,999.
 */

const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const word = [...units, ...tens.filter(Boolean), 'hundred', 'thousand', 'and'].join('|');

/** A run of number words, for use inside a larger pattern. */
export const NUMBER_WORDS_PATTERN = String.raw`(?:${word})(?:[\s-]+(?:${word}))*`;

export function readNumberWords(text: string): number | null {
  let total = 0;
  let current = 0;
  const parts = text.toLowerCase().split(/[\s-]+/).filter((part) => part !== 'and');
  if (parts.length === 0) return null;
  for (const part of parts) {
    if (units.includes(part)) current += units.indexOf(part);
    else if (tens.includes(part)) current += tens.indexOf(part) * 10;
    else if (part === 'hundred') current = (current || 1) * 100;
    else if (part === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}
