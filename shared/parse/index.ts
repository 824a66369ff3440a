import { defaultSettings, type Diagnostic, type ParseResult, type Settings } from '../model';
import { check } from '../checks';
import { normaliseNewlines } from '../decode';
import { assemble } from './assembly';
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
