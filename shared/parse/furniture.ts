import type { IgnoredLine } from '../model';
import { alternation, wordsFor } from '../vocabulary';

/**
 * Page furniture: page numbers, rules drawn with dashes, and the running
 * headers or footers that a PDF repeats on every page. These lines are listed
 * as ignored, so they never break a motion's text.
 */

const pageWords = alternation(wordsFor((l) => l.pageWords));
const pageNumberPatterns = [
  new RegExp(String.raw`^\s*(?:${pageWords})\s*\d{1,4}(?:\s*(?:of|von|/)\s*\d{1,4})?\s*$`, 'iu'),
  /^\s*[-–—]\s*\d{1,4}\s*[-–—]\s*$/u,
  /^\s*\d{1,4}\s*\/\s*\d{1,4}\s*$/u,
  /^\s*\f\s*$/u,
  /^\s*\(?(?:continued|cont(?:'d|\.)|contd\.?)(?:\s+(?:on next page|overleaf|from previous page))?\)?\s*$/iu,
];
/** Rules drawn with dashes or equals signs, also column rules ("---  -----") and Markdown's "|---|:--:|". */
const decoration = /^\s*(?=(?:.*?[=_*~#·•—–\-+]){3})[=_*~#·•—–\-+|:]+(?:\s+[=_*~#·•—–\-+|:]+)*\s*$/u;

export function isPageNumber(line: string): boolean {
  return pageNumberPatterns.some((pattern) => pattern.test(line));
}

const normalise = (line: string) => line.trim().replace(/\s+/g, ' ');

/**
 * @param isStructural tells whether a line means something on its own (a tally,
 *   a heading, a result), so that a repeated "CARRIED" is never taken for a header.
 */
export function findFurniture(lines: string[], isStructural: (line: string) => boolean): Map<number, IgnoredLine['reason']> {
  const found = new Map<number, IgnoredLine['reason']>();
  lines.forEach((line, index) => {
    if (isPageNumber(line)) found.set(index, 'page-number');
    else if (decoration.test(line)) found.set(index, 'decoration');
  });

  const firstTextIndex = lines.findIndex((line, index) => line.trim() !== '' && !found.has(index));
  const titleText = firstTextIndex >= 0 ? normalise(lines[firstTextIndex]!) : '';
  const occurrences = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const text = normalise(line);
    if (text.length < 8 || found.has(index)) return;
    occurrences.set(text, [...(occurrences.get(text) ?? []), index]);
  });

  const nearPageNumber = (index: number) => {
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let other = index + step; other >= 0 && other < lines.length && seen < 2; other += step) {
        if (lines[other]!.trim() === '') continue;
        if (found.get(other) === 'page-number') return true;
        seen++;
      }
    }
    return false;
  };

  // The title repeated among the results (not in the opening lines) is a running header too.
  let firstStructural = -1;
  const pastOpening = (index: number) => {
    if (firstStructural < 0) firstStructural = lines.findIndex(isStructural);
    return firstStructural >= 0 && index > firstStructural;
  };
  for (const [text, indexes] of occurrences) {
    if (indexes.length < 2 || isStructural(text)) continue;
    for (const index of indexes) {
      if (index === firstTextIndex) continue;
      if (nearPageNumber(index) || (text === titleText && pastOpening(index))) found.set(index, 'running-header');
    }
  }
  return found;
}
