import { defaultSettings, type ParseResult, type Settings } from '../model';
import { check } from '../check';
import { normaliseNewlines } from '../decode';
import { assemble } from './assemble';
import { classify } from './classify';

/**
 * Text to document and diagnostics. Never throws: whatever it cannot place, it reports.
 * The settings' rules decide whether a stated result contradicts the counts.
 */
export function parse(text: string, settings: Settings = defaultSettings()): ParseResult {
  const lines = normaliseNewlines(text).split('\n');
  const { document, diagnostics } = assemble(classify(lines));
  return { document, diagnostics: [...diagnostics, ...check(document, settings, diagnostics)].sort((a, b) => a.line - b.line) };
}
