import type { SourceLine } from '../../model';
import type { Event } from '../classify';
import { warn, type ReadingState } from './state';

/**
 * Where lines that are not a motion's heading, tally or result go: into the
 * motion being read, or, when none is open, into `pending` until it is clear
 * where they stand (preamble, section notes, after a motion, closing).
 */

/** A line of prose: the open motion's text, or pending. */
export function placeText(state: ReadingState, event: Pick<Event, 'line' | 'text'>): void {
  const current = state.current;
  if (current && !current.closed && !state.inNotesList && !current.elsewhere) {
    current.textLines.push({ line: event.line, text: event.text });
    current.motion.lines[1] = event.line;
  } else state.pending.push({ line: event.line, text: event.text, prose: true });
}

/** Text that followed no open motion goes where it stands: preamble, section notes, after the last motion, or (at the end) the closing. */
export function flushPending(state: ReadingState, atEnd: boolean): void {
  const pending = state.pending;
  while (pending.at(-1)?.text === '') pending.pop();
  if (pending.length === 0) return;
  const { document } = state;
  const section = document.sections.at(-1);
  const previous = state.latest;
  // Blank lines only kept the paragraphs apart; what is kept are the lines with words.
  const kept = pending.filter((entry) => entry.text !== '').map(({ line, text }) => ({ line, text }));
  // Appended one by one: a spread of a long run into push() overflows the stack.
  const keep = (into: SourceLine[]) => {
    for (const entry of kept) into.push(entry);
  };
  if (!state.seenBody) keep(document.preamble);
  else if (atEnd) keep(document.closing);
  else if (section && section.motions.length === 0) keep(section.notes);
  else if (previous) {
    keep(previous.trailing);
    previous.lines[1] = Math.max(previous.lines[1], pending.at(-1)!.line);
    warn(state, 'line-not-understood', pending[0]!.line, `This text follows the result of motion ${previous.number || '(unnumbered)'} and is not part of any motion. If it is a motion, give it a number; if it is a note, it can stay.`);
  }
  state.pending = [];
}

/** "Motion 3 as amended" alone promised a tally or result below it: if none came, it says so. */
export function settleAwaitingCounts(state: ReadingState): void {
  const awaiting = state.awaitingCounts;
  if (awaiting && awaiting.draft.motion.resultLine === null && awaiting.draft.motion.tallyLine === null) {
    warn(state, 'line-not-understood', awaiting.line, `“${awaiting.text.trim()}” is not followed by a tally or a result.`);
  }
  state.awaitingCounts = null;
}
