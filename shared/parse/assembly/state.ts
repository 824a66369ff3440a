import type { Diagnostic, Motion, MotionStyle, ResultsDocument, Section, SourceLine } from '../../model';
import type { CountKey } from '../../vocabulary';
import type { Event } from '../classify';
import type { ResultLine } from '../results';
import type { Tally } from '../tally';
import { capitalsHeadings, keywordHeadings, letteredMotions } from '../structure';

/**
 * Everything the reader knows part-way through a file: what is read so far
 * (the document and its diagnostics) and what it is in the middle of (the
 * motion being read, text waiting for a home). Each step of `steps.ts` takes
 * it and one event; nothing else holds state while a file is read.
 */
export type ReadingState = {
  document: ResultsDocument;
  diagnostics: Diagnostic[];
  /** The events of the whole file: a numbered line is a section or a motion by what follows it. */
  events: Event[];
  /** Decisions about the whole file, made before its lines are put together. */
  layout: Layout;
  /** Every motion read, in order, with what is known about it beyond the model; refiners finish them at the end. */
  drafts: Draft[];
  /** The motion whose lines are being read, if any. */
  current: Draft | null;
  /** The motion read last, open or not: a result below a closed motion is still its own. */
  latest: Motion | null;
  /** Lines that followed no open motion, waiting to be placed where they stand. */
  pending: Pending;
  /** Below a "Notes:" heading, numbered lines and tallies are notes, not motions. */
  inNotesList: boolean;
  /** A line like "Motion 3 as amended" whose tally or result has not come yet. */
  awaitingCounts: { draft: Draft; line: number; text: string } | null;
  /** Whether a section or motion has begun: text before it is the preamble. */
  seenBody: boolean;
  /** Lines that look like candidates with votes, held until it is clear whether they are an election. */
  electionRun: Event[];
  /** Whether the document's voters were counted as present, so that a count of those who voted replaces them. */
  votersPresent: boolean;
  /** A poll's question number alone on the line above a motion's heading ("Question #1"), waiting for it. */
  questionAbove: SourceLine | null;
  /** The result a list of motions shares ("The following motions were carried:"), and its line, while the list goes on. */
  resultGroup: { result: ResultLine; line: number } | null;
  /** The state just after each section heading, from which an edit further down is read again (`reassemble.ts`). */
  checkpoints: Checkpoint[];
  /**
   * Reading again from a checkpoint, the motion read last before it: it belongs
   * to the reading before, which must stay as it was, so a line that reaches
   * it stops the reading again (`ReachesBackPastRestart`) and the whole file is read.
   */
  keptFromBefore: Motion | null;
};

/** Thrown when a reading again from a checkpoint would change a motion of the reading before. */
export class ReachesBackPastRestart extends Error {}

/**
 * What the reading state held just after a section heading. There nothing is
 * open (no motion, no waiting text), so the state is these lengths and values,
 * and the motion read last, which a result further down may still reach
 * ("CARRIED" straight under a heading): `latestReachedLater` says it was.
 */
export type Checkpoint = {
  eventIndex: number;
  sections: number;
  ignored: number;
  diagnostics: number;
  drafts: number;
  totalVoters: number | null;
  votersLine: number | null;
  votersPresent: boolean;
  latest: Motion | null;
  latestReachedLater: boolean;
};

export type Layout = {
  /** The file heads motions with a word ("Motion 12 –"), so a line "1." is a clause, not a motion. */
  keywordHeadings: boolean;
  /** Lines "a) …" head motions: the file numbers nothing else. */
  letteredMotions: boolean;
  /** The index of the event that is the file's title, or -1. */
  titleIndex: number;
  /** How many lines in capitals head motions ("GENERAL BUSINESS"): two or more are the file's section headings. */
  capitalsHeadings: number;
};

/**
 * A motion being read. `elsewhere` is set while lines that belong to it stand
 * after other motions ("Motion 3 as amended" below its amendments): they do
 * not widen its line range. `reference` is the qualifier of such a line,
 * recorded once its result is read.
 */
export type Draft = {
  motion: Motion;
  textLines: SourceLine[];
  closed: boolean;
  elsewhere: boolean;
  reference: string | null;
  /** The line each count was read from, to name it when another line gives that count again. */
  countLines: Partial<Record<CountKey, number>>;
  /** The percentage for as printed beside the count ("1,203 (97.5%)"). */
  printedShare: { value: number; decimals: number; line: number } | null;
  /** The counts whose label the file printed; the others take the words of the file's language once it is known. */
  printedLabels: Set<CountKey>;
  /** Tallies of parts of the vote ("zaal:", "online:"), kept as notes: added up when no line gives the whole. */
  parts: Tally[];
  /** Set by the refiners once they have finished the motion, with the problem they found in its printed share. */
  refined: { shareProblem: Diagnostic | null; partsProblem: Diagnostic | null } | null;
};

/** Lines waiting for a home; `prose` is false for lines that say something else (a voter count). */
export type Pending = { line: number; text: string; prose: boolean }[];

export function startReading(events: Event[]): ReadingState {
  const firstText = events.findIndex((event) => event.kind !== 'blank' && event.kind !== 'ignored');
  const titleEvent = events[firstText];
  const titleIndex = titleEvent && (titleEvent.kind === 'text' || titleEvent.kind === 'candidate' || titleEvent.kind === 'notes-heading') ? firstText : -1;
  const layout: Layout = { keywordHeadings: keywordHeadings(events), letteredMotions: letteredMotions(events), titleIndex, capitalsHeadings: capitalsHeadings(events) };
  return {
    document: {
      title: null, preamble: [], totalVoters: null, votersLine: null,
      headings: layout.keywordHeadings ? 'keyword' : 'numbered',
      ruleChangeRule: null, languages: [], sections: [], closing: [], ignored: [],
    },
    diagnostics: [],
    events,
    layout,
    drafts: [],
    current: null,
    latest: null,
    pending: [],
    inNotesList: false,
    awaitingCounts: null,
    seenBody: false,
    electionRun: [],
    resultGroup: null,
    questionAbove: null,
    votersPresent: false,
    checkpoints: [],
    keptFromBefore: null,
  };
}

/** Each motion's draft: a motion has one draft from its first line on, whichever reading state holds it. */
const draftsOfMotions = new WeakMap<Motion, Draft>();

export function addDraft(state: ReadingState, draft: Draft): void {
  state.drafts.push(draft);
  draftsOfMotions.set(draft.motion, draft);
}

export function draftOf(motion: Motion): Draft {
  return draftsOfMotions.get(motion)!;
}

export function recordCheckpoint(state: ReadingState, eventIndex: number): void {
  const { document } = state;
  state.checkpoints.push({
    eventIndex, sections: document.sections.length, ignored: document.ignored.length, diagnostics: state.diagnostics.length, drafts: state.drafts.length,
    totalVoters: document.totalVoters, votersLine: document.votersLine, votersPresent: state.votersPresent, latest: state.latest, latestReachedLater: false,
  });
}

/**
 * The draft of the motion read last, for a line that reaches back to it with
 * no motion open; every checkpoint it was the last motion of is marked, as
 * reading again from there would not reach it.
 */
export function reachLatest(state: ReadingState): Draft | null {
  const latest = state.latest;
  if (!latest) return null;
  if (latest === state.keptFromBefore) throw new ReachesBackPastRestart();
  if (state.current === null) {
    for (let index = state.checkpoints.length - 1; index >= 0 && state.checkpoints[index]!.latest === latest; index--) {
      state.checkpoints[index]!.latestReachedLater = true;
    }
  }
  return draftOf(latest);
}

export function warn(state: ReadingState, code: Diagnostic['code'], line: number, message: string, severity: Diagnostic['severity'] = 'warning'): void {
  state.diagnostics.push({ code, severity, line, message });
}

/** The section being read; a file without headings has one section with no name. */
export function currentSection(state: ReadingState): Section {
  let section = state.document.sections.at(-1);
  if (!section) {
    section = { number: null, title: null, kind: null, notes: [], rule: null, line: null, motions: [] };
    state.document.sections.push(section);
  }
  return section;
}

/** A motion's style before its lines are read; the labels it did not print are filled in the file's language at the end. */
export function emptyStyle(heading: MotionStyle['heading']): MotionStyle {
  return { heading, tally: 'count-label', labels: { for: '', against: '', abstain: '', invalid: '' }, tallyLead: '', headingLead: '', thousandsSeparator: '', resultPrefix: '', countPerLine: false, resultOnTallyLine: false };
}
