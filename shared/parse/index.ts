import type { ParseResult } from '../model';
import { check } from '../check';
import { normaliseNewlines } from '../decode';
import { assemble } from './assemble';
import { classify } from './classify';

/** Text to document and diagnostics. Never throws: whatever it cannot place, it reports. */
export function parse(text: string): ParseResult {
  const lines = normaliseNewlines(text).split('\n');
  const { document, diagnostics } = assemble(classify(lines));
  return { document, diagnostics: [...diagnostics, ...check(document, undefined, diagnostics)].sort((a, b) => a.line - b.line) };
}
