import type { ParseResult, Settings } from '../model';
import { assembleState } from './assembly';
import { reassemble } from './assembly/reassemble';
import type { ReadingState } from './assembly/state';
import { classifyFile, type Classified, type LineReadings } from './classify';
import { finish, splitLines } from './result';
import { changedLines, rereadLines } from './reread-lines';

/**
 * The reader as the editor uses it, one document at a time: each reading
 * keeps what it found, so that the next, a keystroke later, reads again only
 * the lines that changed and the sections they stand in. What it returns is
 * exactly what `parse` returns for the same text (the tests hold it to that).
 */
export type ReadingSession = {
  read(text: string, settings: Settings): ParseResult;
  /** How the last reading went: the whole file, only what an edit changed, or nothing (the text was as before). */
  readonly lastReading: 'whole' | 'changed' | 'none';
};

export function createReadingSession(): ReadingSession {
  const readings: LineReadings = new Map();
  let last: { classified: Classified; state: ReadingState } | null = null;
  let lastReading: ReadingSession['lastReading'] = 'none';
  return {
    read(text, settings) {
      const lines = splitLines(text);
      const again = readAgain(last, lines, readings);
      lastReading = again === null ? 'whole' : again === last ? 'none' : 'changed';
      last = again ?? readWhole(lines, readings);
      return finish(lines, last.state, settings);
    },
    get lastReading() {
      return lastReading;
    },
  };
}

function readWhole(lines: string[], readings: LineReadings): { classified: Classified; state: ReadingState } {
  const classified = classifyFile(lines, readings);
  return { classified, state: assembleState(classified.events) };
}

/** The reading before, brought up to date line by line and section by section; null when the edit needs the whole file read. */
function readAgain(last: { classified: Classified; state: ReadingState } | null, lines: string[], readings: LineReadings) {
  if (!last || lines.length !== last.classified.sourceLines.length) return null;
  const changed = changedLines(last.classified.sourceLines, lines);
  if (!changed) return last;
  const classified = rereadLines(last.classified, lines, changed, readings);
  const state = classified && reassemble(last.state, classified.events, changed);
  return classified && state ? { classified, state } : null;
}
