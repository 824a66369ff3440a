import type { SourceLine } from './model';

/**
 * Kept lines grouped as the file printed them: a new paragraph wherever a
 * line does not follow the one before (a blank line, or a line set aside, stood between).
 */
export function paragraphsOf(lines: SourceLine[]): SourceLine[][] {
  const paragraphs: SourceLine[][] = [];
  let previous: number | null = null;
  for (const entry of lines) {
    if (previous === null || entry.line !== previous + 1) paragraphs.push([]);
    paragraphs.at(-1)!.push(entry);
    previous = entry.line;
  }
  return paragraphs;
}

/** The kept lines as text to write back, with a blank line between paragraphs. */
export function linesWithBreaks(lines: SourceLine[]): string[] {
  const written: string[] = [];
  for (const paragraph of paragraphsOf(lines)) {
    if (written.length > 0) written.push('');
    for (const entry of paragraph) written.push(entry.text);
  }
  return written;
}

/** The words of kept lines as one text, for the phrases they may state (a majority rule, a voter count). */
export function textOf(lines: SourceLine[]): string[] {
  return lines.map((entry) => entry.text);
}
