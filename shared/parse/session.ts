import type { ParseResult, Settings } from '../model';
import { assembleState } from './assembly';
import { reassemble } from './assembly/reassemble';
import type { ReadingState } from './assembly/state';
import { classifyFile, type Classified, type LineReadings } from './classify';
import { normaliseNewlines } from '../decode';
import { editedLines, linesOf, type ChangedLines, type TextLines } from './edited-lines';
import { finish } from './result';
import { rereadLines } from './reread-lines';

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

type Reading = { textLines: TextLines; classified: Classified; state: ReadingState };

export function createReadingSession(): ReadingSession {
  const readings: LineReadings = new Map();
  let last: Reading | null = null;
  let lastReading: ReadingSession['lastReading'] = 'none';
  return {
    read(text, settings) {
      const normalised = normaliseNewlines(text);
      const edit = last ? editedLines(last.textLines, normalised) : null;
      const again = last && edit && readAgain(last, edit.after, edit.changed, readings);
      lastReading = again === null ? 'whole' : again === last ? 'none' : 'changed';
      last = again ?? readWhole(edit?.after ?? linesOf(normalised), readings);
      return finish(last.textLines.lines, last.state, settings);
    },
    get lastReading() {
      return lastReading;
    },
  };
}

function readWhole(textLines: TextLines, readings: LineReadings): Reading {
  const classified = classifyFile(textLines.lines, readings);
  return { textLines, classified, state: assembleState(classified.events) };
}

/** The reading before, brought up to date line by line and section by section; null when the edit needs the whole file read. */
function readAgain(last: Reading, textLines: TextLines, changed: ChangedLines | null, readings: LineReadings): Reading | null {
  if (!changed) return last;
  if (textLines.lines.length !== last.textLines.lines.length) return null;
  const classified = rereadLines(last.classified, textLines.lines, changed, readings);
  const state = classified && reassemble(last.state, classified.events, changed);
  return classified && state ? { textLines, classified, state } : null;
}
