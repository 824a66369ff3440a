import type { IgnoredLine } from '../model';
import { alternation, wordsFor } from '../vocabulary';

/**
 * Page furniture: page numbers, rules drawn with dashes, and the running
 * headers or footers that a PDF repeats on every page. These lines are listed
 * as ignored, so they never break a motion's text.
 */

const pageWords = alternation(wordsFor((l) => l.pageWords));
/** Every page number has a digit but a form feed alone and "(continued)": the patterns those need. */
const numberlessPageLines = [
  /^\s*\f\s*$/u,
  new RegExp(String.raw`^\s*\(?(?:${alternation(wordsFor((l) => l.continuedWords))})(?:\s+(?:${alternation(wordsFor((l) => l.continuedWhere))}))?\)?\s*$`, 'iu'),
];
const pageNumberPatterns = [
  new RegExp(String.raw`^\s*(?:${pageWords})\s*\d{1,4}(?:\s*(?:${alternation(wordsFor((l) => l.pageOf))}|/)\s*\d{1,4})?\s*$`, 'iu'),
  /^\s*[-–—]\s*\d{1,4}\s*[-–—]\s*$/u,
  /^\s*\d{1,4}\s*\/\s*\d{1,4}\s*$/u,
];
/** Rules drawn with dashes or equals signs, also column rules ("---  -----") and Markdown's "|---|:--:|". */
const decoration = /^\s*(?=(?:.*?[=_*~#·•—–\-+]){3})[=_*~#·•—–\-+|:]+(?:\s+[=_*~#·•—–\-+|:]+)*\s*$/u;

export function isPageNumber(line: string): boolean {
  // Page numbers are short: a long line is spared five patterns.
  if (line.length > 60) return false;
  return /\d/.test(line) ? pageNumberPatterns.some((pattern) => pattern.test(line)) : numberlessPageLines.some((pattern) => pattern.test(line));
}

/** A rule is drawn without letters or digits. */
export function isDecoration(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line) && decoration.test(line);
}

/** The line with its spaces made single; untouched when they are (a string rebuilt by replace is slow to use as a key). */
export const normalise = (line: string) => {
  const trimmed = line.trim();
  return /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
};

/**
 * @param isStructural tells whether a line means something on its own (a tally,
 *   a heading, a result), so that a repeated "CARRIED" is never taken for a header.
 */
/** The lines (by index) that are page furniture, and what kind. */
export type Furniture = Map<number, IgnoredLine['reason']>;

/**
 * How often each line of eight characters or more occurs (spaces made single),
 * among the lines that are not page numbers or rules: a line repeated near
 * page numbers is a running header.
 */
export type Repeats = Map<string, number>;

export function findFurniture(lines: string[], isStructural: (line: string) => boolean): { furniture: Furniture; repeats: Repeats } {
  const found: Furniture = new Map();
  lines.forEach((line, index) => {
    if (isPageNumber(line)) found.set(index, 'page-number');
    else if (isDecoration(line)) found.set(index, 'decoration');
  });

  const firstTextIndex = lines.findIndex((line, index) => line.trim() !== '' && !found.has(index));
  const titleText = firstTextIndex >= 0 ? normalise(lines[firstTextIndex]!) : '';
  const occurrences = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const text = normalise(line);
    if (text.length < 8 || found.has(index)) return;
    const seen = occurrences.get(text);
    if (seen) seen.push(index);
    else occurrences.set(text, [index]);
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
    if (indexes.length < 2) continue;
    const headers = indexes.filter((index) => index !== firstTextIndex && (nearPageNumber(index) || (text === titleText && pastOpening(index))));
    // Asked last, of the few lines placed like a header: it reads the line every way a line can be read.
    if (headers.length === 0 || isStructural(text)) continue;
    for (const index of headers) found.set(index, 'running-header');
  }
  const repeats: Repeats = new Map();
  for (const [text, indexes] of occurrences) repeats.set(text, indexes.length);
  return { furniture: found, repeats };
}

/** Whether a line counts among the repeats: long enough, and not a page number or a rule. */
export function mayRepeat(line: string): boolean {
  return normalise(line).length >= 8 && !isPageNumber(line) && !isDecoration(line);
}
