import { wordsFor } from '../vocabulary';

/**
 * Joining the lines of a motion as a careful reader would: a word broken
 * with a hyphen at the end of a line is joined ("compan-" + "ies"), every
 * other line break becomes one space.
 */

/** Hyphens that belong to the word: "self-" + "employed" stays "self-employed". */
const keptHyphenPrefixes = new Set(wordsFor((l) => l.keptHyphenPrefixes));

/** How much of the end of the text a broken word is looked for in: longer than any word. */
const TAIL = 200;

/**
 * Linear in the length of the text: the pieces are joined once at the end, and
 * only the last characters are looked at for a broken word.
 */
export function joinLines(lines: string[]): string {
  return joinWithPlaces(lines).text;
}

/**
 * The joined text, and where each line's words begin in it (-1 for a blank
 * line): an edit of the joined text finds the line it falls on from these.
 */
export function joinWithPlaces(lines: string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  const pieces: string[] = [];
  let tail = '';
  let length = 0;
  const add = (piece: string) => {
    pieces.push(piece);
    length += piece.length;
    tail = (tail + piece).slice(-TAIL);
  };
  for (const raw of lines) {
    const trimmed = raw.trim();
    // Most lines have single spaces only: they are taken as they are, not rebuilt.
    const line = /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
    if (line === '') {
      starts.push(-1);
      continue;
    }
    if (length === 0) {
      starts.push(0);
      add(line);
      continue;
    }
    const broken = tail.endsWith('-') ? /(\p{L}+)-$/u.exec(tail) : null;
    // "Anti-" + "Racism": a hyphen before a capital belongs to the word.
    if (broken && /^\p{Lu}/u.test(line)) {
      starts.push(length);
      add(line);
    } else if (broken && /^\p{Ll}/u.test(line)) {
      const fragment = broken[1]!.toLowerCase();
      // The word ending in the hyphen, from the start of the text only where the whole text is in view.
      const wordStart = length <= TAIL ? /(?:^|[\s(“"'‘])([\p{L}-]+)-$/u : /[\s(“"'‘]([\p{L}-]+)-$/u;
      const lastWord = wordStart.exec(tail)?.[1]?.toLowerCase() ?? fragment;
      if (!keptHyphenPrefixes.has(fragment) && !lastWord.includes('-')) {
        // The hyphen only broke the word: it goes, and the word is whole again.
        pieces[pieces.length - 1] = pieces.at(-1)!.slice(0, -1);
        length -= 1;
        tail = tail.slice(0, -1);
      }
      starts.push(length);
      add(line);
    } else {
      starts.push(length + 1);
      add(` ${line}`);
    }
  }
  return { text: pieces.join(''), starts };
}
