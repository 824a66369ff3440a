import type { Diagnostic, ResultsDocument } from '../../model';
import type { Event } from '../classify';
import { flushPending, settleAwaitingCounts } from './placing';
import { refine, refinersProblems } from './refiners';
import { startReading, type ReadingState } from './state';
import { endElectionRun, steps } from './steps';

/**
 * Puts classified lines together into sections and motions. Every non-blank
 * line lands somewhere: in the document, in `ignored`, or in a diagnostic.
 *
 * The events are folded, one step each (`steps.ts`), into one reading state
 * (`state.ts`); the end of the file settles what was waiting; then the
 * refiners (`refiners.ts`) decide what needs the whole file. The state is
 * kept, so that an edit can be read again from the section it falls in
 * (`reassemble.ts`).
 */
export function assemble(events: Event[]): { document: ResultsDocument; diagnostics: Diagnostic[] } {
  return resultOf(assembleState(events));
}

export function assembleState(events: Event[]): ReadingState {
  const state = startReading(events);
  events.forEach((event, index) => readEvent(state, event, index));
  endOfFile(state);
  refine(state);
  return state;
}

/** The document read and its problems: the steps' in the order of the lines, then the refiners'. */
export function resultOf(state: ReadingState): { document: ResultsDocument; diagnostics: Diagnostic[] } {
  return { document: state.document, diagnostics: [...state.diagnostics, ...refinersProblems(state)] };
}

export function readEvent(state: ReadingState, event: Event, index: number): void {
  // A run of candidate lines ends at the first line that is not one (lines left out do not end it).
  if (event.kind !== 'candidate' && event.kind !== 'ignored') endElectionRun(state);
  if (index === state.layout.titleIndex) {
    state.document.title = event.text.trim();
    return;
  }
  (steps[event.kind] as (state: ReadingState, event: Event, index: number) => void)(state, event, index);
}

/** What was still waiting when the file ended: a run of candidates, a promised tally, text after the last motion (the closing). */
export function endOfFile(state: ReadingState): void {
  endElectionRun(state);
  settleAwaitingCounts(state);
  flushPending(state, true);
}
