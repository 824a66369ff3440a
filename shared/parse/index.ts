import { defaultSettings, type ParseResult, type Settings } from '../model';
import { assembleState } from './assembly';
import { classifyFile, type LineReadings } from './classify';
import { finish, splitLines } from './result';

export type { LineReadings };
export { createReadingSession, type ReadingSession } from './session';

/**
 * Text to document and diagnostics. Never throws: whatever it cannot place, it reports.
 * The settings' rules decide whether a stated result contradicts the counts.
 * `readings`, kept between calls, saves reading again the lines an edit left alone;
 * the editor keeps more in a `ReadingSession`.
 */
export function parse(text: string, settings: Settings = defaultSettings(), readings?: LineReadings): ParseResult {
  const lines = splitLines(text);
  return finish(lines, assembleState(classifyFile(lines, readings).events), settings);
}
