import { languagesIn } from '../../languages/detect';
import type { Event } from '../classify';
import type { ChangedLines } from '../edited-lines';
import { isAgendaItem } from '../headings';
import { isCapitalsLine } from '../structure';
import { endOfFile, readEvent } from './index';
import { refine, structuralText } from './refiners';
import { ReachesBackPastRestart, type Checkpoint, type ReadingState } from './state';

/**
 * Reading again only the part of the file an edit changed: from the section
 * heading above the edit, with the state kept there, up to the first section
 * heading below it where the state is again what it was; the sections from
 * there on are the ones read before. Null when the edit changes what was
 * decided about the file as a whole, and the whole file must be read again.
 *
 * Needs one event a line (no table), as `rereadLines` gives.
 */
export function reassemble(previous: ReadingState, events: Event[], changed: ChangedLines): ReadingState | null {
  if (events.length !== previous.events.length) return null;
  for (let index = changed.from; index <= changed.to; index++) {
    if (layoutSign(events[index]!) !== layoutSign(previous.events[index]!)) return null;
  }
  // The language decides the words of every motion's unprinted labels: an edit of the lines it is told from must keep it.
  const languageLines = structuralText(events);
  const previousLines = structuralText(previous.events);
  const sameLines = languageLines.length === previousLines.length && languageLines.every((line, index) => line === previousLines[index]);
  if (!sameLines && languagesIn(languageLines).join() !== previous.document.languages.join()) return null;

  const startAt = lastCheckpointBefore(previous.checkpoints, changed.from);
  if (!startAt) return null;
  const state = restore(previous, startAt.index, events);
  let spliced = false;
  try {
    for (let index = startAt.checkpoint.eventIndex + 1; index < events.length && !spliced; index++) {
      const before = state.checkpoints.length;
      readEvent(state, events[index]!, index);
      if (index > changed.to && state.checkpoints.length > before) spliced = spliceRest(state, previous);
    }
  } catch (error) {
    // A line under the heading now reaches the motion above it, which the reading before holds.
    if (error instanceof ReachesBackPastRestart) return null;
    throw error;
  }
  if (!spliced) endOfFile(state);
  refine(state, previous.document.languages);
  return state;
}

/**
 * What a line contributes to decisions about the whole file (heading style,
 * which numbered lines are sections): its kind, the label of a heading and
 * whether it names an agenda item, and a line in capitals whole.
 * An edit that keeps every line's sign keeps those decisions.
 */
function layoutSign(event: Event): string {
  switch (event.kind) {
    case 'motion':
      return `motion ${isAgendaItem(event.heading) ? 'agenda item ' : ''}${event.heading.number}`;
    case 'numbered':
      return `numbered ${event.number}`;
    case 'reference':
      return `reference ${event.reference.number ?? ''}`;
    // A line in capitals may head a section, and how many do decides whether they all do: an edit of one reads the whole file.
    case 'text':
      return isCapitalsLine(event.text) ? `text in capitals ${event.text}` : 'text';
    default:
      return event.kind;
  }
}

/** The last checkpoint above the line, if reading again from it reaches everything the edit may change. */
function lastCheckpointBefore(checkpoints: Checkpoint[], line: number): { checkpoint: Checkpoint; index: number } | null {
  for (let index = checkpoints.length - 1; index >= 0; index--) {
    const checkpoint = checkpoints[index]!;
    if (checkpoint.eventIndex >= line) continue;
    return checkpoint.latestReachedLater ? null : { checkpoint, index };
  }
  return null;
}

/** The state as it stood at a checkpoint of the reading before: what was read up to it, nothing open. */
function restore(previous: ReadingState, at: number, events: Event[]): ReadingState {
  const checkpoint = previous.checkpoints[at]!;
  const old = previous.document;
  const sections = old.sections.slice(0, checkpoint.sections);
  // The heading's section was filled after the checkpoint: it starts again empty.
  const heading = sections.at(-1)!;
  sections[sections.length - 1] = { ...heading, notes: [], motions: [], rule: null };
  return {
    document: {
      ...old, sections, ignored: old.ignored.slice(0, checkpoint.ignored), closing: [], languages: [], ruleChangeRule: null,
      totalVoters: checkpoint.totalVoters, votersLine: checkpoint.votersLine,
    },
    diagnostics: previous.diagnostics.slice(0, checkpoint.diagnostics),
    events,
    layout: previous.layout,
    drafts: previous.drafts.slice(0, checkpoint.drafts),
    current: null,
    latest: checkpoint.latest,
    pending: [],
    inNotesList: false,
    awaitingCounts: null,
    seenBody: true,
    electionRun: [],
    resultGroup: null,
    questionAbove: null,
    votersPresent: checkpoint.votersPresent,
    // Copied: reading on may mark them, and the reading before must stay as it was.
    checkpoints: previous.checkpoints.slice(0, at + 1).map((kept) => ({ ...kept })),
    keptFromBefore: checkpoint.latest,
  };
}

/**
 * At a section heading below the edit: if the state is what it was there in
 * the reading before, the rest of that reading is taken as it stands.
 */
function spliceRest(state: ReadingState, previous: ReadingState): boolean {
  const here = state.checkpoints.at(-1)!;
  const there = previous.checkpoints.find((checkpoint) => checkpoint.eventIndex === here.eventIndex);
  if (!there || there.latestReachedLater) return false;
  if (here.totalVoters !== there.totalVoters || here.votersLine !== there.votersLine || here.votersPresent !== there.votersPresent || (here.latest === null) !== (there.latest === null)) return false;

  const { document } = state;
  const old = previous.document;
  document.sections.pop();
  for (let index = there.sections - 1; index < old.sections.length; index++) document.sections.push(old.sections[index]!);
  for (let index = there.ignored; index < old.ignored.length; index++) document.ignored.push(old.ignored[index]!);
  for (let index = there.diagnostics; index < previous.diagnostics.length; index++) state.diagnostics.push(previous.diagnostics[index]!);
  for (let index = there.drafts; index < previous.drafts.length; index++) state.drafts.push(previous.drafts[index]!);
  const shift = { sections: here.sections - there.sections, ignored: here.ignored - there.ignored, diagnostics: here.diagnostics - there.diagnostics, drafts: here.drafts - there.drafts };
  state.checkpoints.pop();
  for (const checkpoint of previous.checkpoints) {
    if (checkpoint.eventIndex < there.eventIndex) continue;
    state.checkpoints.push({
      // The motion read last before the heading is the one read again, if no motion stands between.
      ...checkpoint, latest: checkpoint.latest === there.latest ? here.latest : checkpoint.latest, sections: checkpoint.sections + shift.sections, ignored: checkpoint.ignored + shift.ignored,
      diagnostics: checkpoint.diagnostics + shift.diagnostics, drafts: checkpoint.drafts + shift.drafts,
    });
  }
  // What the end of the file settled in the reading before stands.
  document.closing = old.closing;
  document.totalVoters = old.totalVoters;
  document.votersLine = old.votersLine;
  state.votersPresent = previous.votersPresent;
  state.latest = previous.latest === there.latest ? here.latest : previous.latest;
  return true;
}
