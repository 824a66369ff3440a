import type { Diagnostic, ParseResult, Settings } from '../model';
import { check } from '../checks';
import { normaliseNewlines } from '../decode';
import { resultOf } from './assembly';
import type { ReadingState } from './assembly/state';

/** The last stage of reading, shared by `parse` and the editor's session: the lines, and the result with its checks. */

export function splitLines(text: string): string[] {
  return normaliseNewlines(text).split('\n');
}

/** The document read, with the problems of its lines, the reader's and the checks', in the order of the lines. */
export function finish(lines: string[], state: ReadingState, settings: Settings): ParseResult {
  const { document, diagnostics } = resultOf(state);
  return { document, diagnostics: [...damagedLines(lines), ...diagnostics, ...check(document, settings, diagnostics)].sort((a, b) => a.line - b.line) };
}

/** Lines with bytes the file's encoding could not read, shown as “�”: what stood there is not known. */
function damagedLines(lines: string[]): Diagnostic[] {
  const damaged: Diagnostic[] = [];
  lines.forEach((text, index) => {
    if (!text.includes('\uFFFD')) return;
    damaged.push({
      code: 'unreadable-characters', severity: 'error', line: index + 1,
      message: 'This line has characters that could not be read, shown as “�”: the file is damaged here. Type what the original says in their place.',
    });
  });
  return damaged;
}
