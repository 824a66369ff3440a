import { defaultSettings, type ParseResult, type Settings } from '../model';
import { check } from '../check';
import { normaliseNewlines } from '../decode';
import { assemble } from './assemble';
import { classify, type LineReadings } from './classify';

export type { LineReadings };

/**
 * Text to document and diagnostics. Never throws: whatever it cannot place, it reports.
 * The settings' rules decide whether a stated result contradicts the counts.
 * `readings`, kept between calls, saves reading again the lines an edit left alone.
 */
export function parse(text: string, settings: Settings = defaultSettings(), readings?: LineReadings): ParseResult {
  const lines = normaliseNewlines(text).split('\n');
  const { document, diagnostics } = assemble(classify(lines, readings));
  return { document, diagnostics: [...diagnostics, ...check(document, settings, diagnostics)].sort((a, b) => a.line - b.line) };
}
