import type { SourceLine } from '../../model';
import type { Event } from '../classify';
import { wordsFor } from '../../vocabulary';
import { namesElection, saysElected } from '../election';
import { isAgendaItem, isLetterLabel, stripSectionMark } from '../headings';
import { listedItemOf } from '../listed';
import { headsMotionsBelow, isCapitalsHeadingAt, numberedSectionAt, underAgendaItem } from '../structure';
import { applyResult, applyRow, applyTally, nameOf, startMotion } from './motion';
import { flushPending, placeText, settleAwaitingCounts } from './placing';
import { currentSection, draftOf, reachLatest, recordCheckpoint, warn, type Draft, type Pending, type ReadingState } from './state';

/**
 * One step for each kind of line: what the reader does with it, given what it
 * has read so far. `steps` at the end maps each kind to its step.
 */

const amendmentWords = new Set(wordsFor((l) => l.amendmentWords));

type EventOf<Kind extends Event['kind']> = Extract<Event, { kind: Kind }>;

export function readBlank(state: ReadingState, event: EventOf<'blank'>): void {
  // A blank line keeps apart the paragraphs of text waiting for a home.
  const pending = state.pending;
  if (pending.length > 0 && pending.at(-1)!.text !== '') pending.push({ line: event.line, text: '', prose: false });
}

/**
 * "Question #4 / Election of three Ordinary Members of Council" over the
 * candidates: a line waiting just above them, or a motion begun just above
 * them with words but no vote, is the election's heading. It is taken back,
 * and its lines are the election's.
 */
function electionHeading(state: ReadingState, firstLine: number): SourceLine[] {
  // Lines waiting just above the candidates that name the election or say who was elected ("ELECTION OF OFFICERS",
  // "Chair: Dave Kowalski (unopposed) – elected") are the election's, up to a heading that names it.
  const taken: SourceLine[] = [];
  for (let next = firstLine; taken.length < 3; ) {
    const waiting = state.pending.at(-1);
    if (!waiting || waiting.line !== next - 1 || waiting.text.trim().split(/\s+/).length > 12) break;
    const heading = namesElection(waiting.text);
    if (!heading && !saysElected(waiting.text)) break;
    state.pending.pop();
    taken.unshift({ line: waiting.line, text: waiting.text });
    next = waiting.line;
    if (heading) break;
  }
  if (taken.length > 0) return taken;
  const draft = state.current;
  const motion = draft?.motion;
  if (!draft || !motion || draft.closed || motion.tallyLine !== null || motion.resultLine !== null || state.drafts.at(-1) !== draft) return [];
  // Only a motion that names an election and ends right above the candidates is their heading.
  const lastLine = Math.max(motion.lines[0], ...draft.textLines.map((entry) => entry.line), ...motion.notes.map((note) => note.line));
  if (lastLine !== firstLine - 1 || !namesElection([motion.text, ...draft.textLines.map((entry) => entry.text)].join(' '))) return [];
  const section = currentSection(state);
  if (section.motions.at(-1) !== motion) return [];
  section.motions.pop();
  state.drafts.pop();
  state.current = null;
  state.latest = state.drafts.at(-1)?.motion ?? null;
  const heading = { line: motion.lines[0], text: state.events.find((event) => event.line === motion.lines[0])?.text ?? motion.text };
  const below = draft.textLines.filter((entry) => entry.text.trim() !== '' && entry.line !== heading.line);
  return [...motion.notes, heading, ...below].sort((a, b) => a.line - b.line);
}

export function readIgnored(state: ReadingState, event: EventOf<'ignored'>): void {
  state.document.ignored.push({ line: event.line, text: event.text, reason: event.reason });
}

/** Candidates with votes are held until the run ends: two or more, or one that says "elected", are an election. */
export function readCandidate(state: ReadingState, event: EventOf<'candidate'>): void {
  state.electionRun.push(event);
}

export function endElectionRun(state: ReadingState): void {
  const run = state.electionRun;
  if (run.length === 0) return;
  state.electionRun = [];
  if (run.length >= 2 || run.some((event) => saysElected(event.text) || (event.kind === 'candidate' && event.several))) {
    const heading = electionHeading(state, run[0]!.line);
    for (const event of [...heading, ...run]) state.document.ignored.push({ line: event.line, text: event.text, reason: 'election' });
    warn(state, 'looks-like-election', (heading[0] ?? run[0]!).line, 'These lines look like an election (candidates with votes), not motions. They are left out of the results; report elections separately.');
  } else {
    for (const event of run) placeText(state, event);
  }
}

export function readVoters(state: ReadingState, event: EventOf<'voters'>, index: number): void {
  const { current, document } = state;
  if (event.count === null) {
    warn(state, 'unreadable-number', event.line, `The number of voters “${event.raw}” is larger than any count Tally Desk can add up exactly (${Number.MAX_SAFE_INTEGER.toLocaleString('en-GB')}). Check the figure.`, 'error');
  }
  // Inside a motion, a count of voters is that motion's own turnout ("Votes cast: 58", "27 of 41 members voted"); so is a label just below it.
  const ownTurnout = current !== null && !current.closed ? true : event.labelled && current !== null && directlyBelow(state, current, index);
  // Lines held above the motion's own counts ("Vote") do not part the turnout from them.
  const nothingBetween = current !== null && state.pending.every((entry) => !entry.prose && entry.line < current.motion.lines[1]);
  if (ownTurnout && current && current.motion.number && nothingBetween) {
    current.motion.notes.push({ line: event.line, text: event.text });
    current.motion.lines[1] = Math.max(current.motion.lines[1], event.line);
    // "Exprimés : 15 979 – Rejeté": the motion's result after its turnout.
    if (event.result) applyResult(state, current, event.result, event.line);
    return;
  }
  if (event.count === null) {
    state.pending.push({ line: event.line, text: event.text, prose: false });
    return;
  }
  // Those who voted, stated after those present ("Present: 151 members" then "All 143 members in the hall voted"), are the voters.
  const votedAfterPresent = document.totalVoters !== null && state.votersPresent && !event.present;
  if (document.totalVoters !== null && document.totalVoters !== event.count && !votedAfterPresent) {
    warn(state, 'voters-stated-twice', event.line, `The number of voters is stated again, as ${event.count}; the file first said ${document.totalVoters}.`);
  }
  if (document.totalVoters === null || votedAfterPresent) {
    document.totalVoters = event.count;
    document.votersLine = event.line;
    state.votersPresent = event.present === true;
  }
  state.pending.push({ line: event.line, text: event.text, prose: false });
}

/** Whether nothing but lines left out (a percentage, a cell's label) stands between the motion's last line and the event at `index`. */
function directlyBelow(state: ReadingState, draft: Draft, index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const event = state.events[at]!;
    if (event.line <= draft.motion.lines[1]) return true;
    if (event.kind !== 'ignored') return false;
  }
  return false;
}

function startSection(state: ReadingState, index: number, number: string | null, title: string | null, kind: string | null, line: number): void {
  settleAwaitingCounts(state);
  flushPending(state, false);
  state.current = null;
  state.inNotesList = false;
  state.seenBody = true;
  state.resultGroup = null;
  state.document.sections.push({ number, title, kind, notes: [], rule: null, line, motions: [] });
  recordCheckpoint(state, index);
}

export function readSection(state: ReadingState, event: EventOf<'section'>, index: number): void {
  startSection(state, index, event.heading.number, stripSectionMark(event.heading.title ?? '').title || null, event.heading.kind, event.line);
}

/** "12. …": a motion, a section (by what follows it), or, in a file that heads motions with a word, a clause. */
export function readNumbered(state: ReadingState, event: EventOf<'numbered'>, index: number): void {
  // "II. Zorg en welzijn" above the next list heads a section, and ends the list above it.
  if (state.resultGroup && !state.layout.keywordHeadings && numberedSectionAt(state.events, index)) return startSection(state, index, event.number, stripSectionMark(event.rest).title, null, event.line);
  if (readListedItem(state, event)) return;
  if (state.layout.keywordHeadings && !state.inNotesList && !isOpen(state) && headsMotionsBelow(state.events, index, event.rest)) {
    return startSection(state, index, event.number, stripSectionMark(event.rest).title, null, event.line);
  }
  if (state.inNotesList || state.layout.keywordHeadings || (isLetterLabel(event.number) && !state.layout.letteredMotions)) return placeText(state, event);
  if (numberedSectionAt(state.events, index)) return startSection(state, index, event.number, stripSectionMark(event.rest).title, null, event.line);
  // "3(a)" amends motion 3.
  startMotion(state, event.line, event.number, null, /^(\d+)\([a-z]\)$/.exec(event.number)?.[1] ?? null, event.rest, 'numbered');
}

/** "Motion 12 – …"; an agenda item ("TOP 3 – …") is a motion only when a vote stands under it. */
export function readMotionHeading(state: ReadingState, event: EventOf<'motion'>, index: number): void {
  // A poll's question number held for this heading; where the heading turns out no motion, the number is words where it stands.
  const questionAbove = state.questionAbove;
  state.questionAbove = null;
  if (questionAbove) state.pending.push({ ...questionAbove, prose: false });
  if (readListedItem(state, event)) return;
  const { heading } = event;
  const under = isAgendaItem(heading) ? underAgendaItem(state.events, index, state.layout.keywordHeadings) : 'vote';
  if (under === 'motions') return startSection(state, index, heading.number, stripSectionMark(heading.text).title || null, heading.kind, event.line);
  // An item that held no vote is words of the meeting, where they stand.
  if (under === 'nothing') return placeText(state, event);
  state.inNotesList = false;
  // "Question #1" alone over "Resolution 1: …": a poll's question number over the motion's own heading, kept as its note.
  const next = state.events[index + 1];
  // Not a motion over its own amendment ("Motion 5" over "Amendment 5.1 – Delete paragraph 2"): that is two motions.
  const question = next?.kind === 'motion' && next.line === event.line + 1 && next.heading.text !== '' && next.heading.amends === null && !amendmentWords.has(next.heading.kind?.toLowerCase() ?? '');
  if (heading.text === '' && heading.amends === null && question) {
    state.questionAbove = { line: event.line, text: event.text };
    return;
  }
  if (questionAbove) state.pending.pop();
  const { motion } = startMotion(state, event.line, heading.number, heading.kind, heading.amends, heading.text, 'keyword');
  motion.style.headingLead = heading.lead;
  if (questionAbove) motion.notes.push(questionAbove);
  // Who moved it, printed on the heading line: a note of the motion, on that line.
  if (heading.mover) motion.notes.push({ line: event.line, text: heading.mover });
}

export function readRow(state: ReadingState, event: EventOf<'row'>): void {
  state.inNotesList = false;
  // A row with neither label nor text, under a motion headed above it that has no counts yet, holds that motion's counts.
  const current = state.current;
  const undecided = current && !current.closed && !current.elsewhere && current.motion.tallyLine === null && current.motion.resultLine === null;
  applyRow(state, event, !event.row.number && !event.row.text && undecided ? current : undefined);
}

/**
 * OpenSlides prints a motion's state above its vote: "State: accepted",
 * "Vote", then the counts. Counts right below a motion that has its labelled
 * result and no counts yet, past at most three short lines and no blank one, are that
 * motion's; the short lines are kept after it.
 */
function votedAfterItsResult(state: ReadingState, paragraph: Pending, tallyLine: number): boolean {
  const draft = state.current;
  const motion = draft?.motion;
  // The state is labelled ("State: accepted", "Status: afgewezen"); a bare "LOST" ends its motion, and a title below it begins the next.
  if (!draft || !motion || draft.elsewhere || motion.resultLine === null || motion.tallyLine !== null || motion.style.resultPrefix.trim() === '') return false;
  if (paragraph.length > 3 || paragraph.some((entry) => entry.text.trim().split(/\s+/).length > 3)) return false;
  let next = motion.lines[1] + 1;
  for (const entry of paragraph) if (entry.line !== next++) return false;
  return next === tallyLine;
}

/** A tally or result line: of the motion being read, or of a paragraph of text just above it that had no number. */
export function readCountsOrResult(state: ReadingState, event: EventOf<'tally' | 'result'>): void {
  const pending = state.pending;
  while (pending.at(-1)?.text === '') pending.pop();
  let start = pending.length;
  while (start > 0 && pending[start - 1]!.prose) start--;
  const readable = event.kind === 'result' || event.tally.result !== null || Object.values(event.tally.counts).some((count) => count !== null);
  if (start < pending.length && !state.inNotesList && readable) {
    const paragraph = pending.slice(start);
    if (event.kind === 'tally' && votedAfterItsResult(state, paragraph, event.line)) {
      // The short lines stay where they stand, after the motion, as any words after a result do.
      for (const entry of paragraph) entry.prose = false;
    } else {
      state.pending = pending.slice(0, start);
      startMotion(state, paragraph[0]!.line, '', null, null, paragraph[0]!.text, 'numbered');
      for (const entry of paragraph.slice(1)) placeText(state, entry);
      warn(state, 'missing-number', paragraph[0]!.line, 'This motion has no number. Give it the number printed on the order paper.');
    }
  }
  if (state.inNotesList) return placeText(state, event);
  const target = state.current ?? reachLatest(state);
  if (!target) {
    warn(state, 'line-not-understood', event.line, `This ${event.kind === 'tally' ? 'tally' : 'result'} has no motion above it.`);
    state.pending.push({ line: event.line, text: event.text, prose: false });
    return;
  }
  if (event.kind === 'tally') applyTally(state, target, event.tally, event.line);
  else applyResult(state, target, event.result, event.line);
}

/** "Motion 3 as amended – CARRIED", "The motion was carried": a result, or a tally, for a motion named or just read. */
export function readReference(state: ReadingState, event: EventOf<'reference'>, index: number): void {
  const reference = event.reference;
  // A sentence of the meeting's words with no counts, amid a motion still being read, is that motion's text
  // ("Conference notes the motion carried last year …" above its tally): it tells a result only where the motion's lines end,
  // or where its sentence goes on to the next line.
  const sentenceEnds = /[.!?;)]\s*$/.test(event.text);
  if (reference.form === 'told' && reference.tally === null && isOpen(state) && sentenceEnds && !endsMotion(state.events, index)) return placeText(state, event);
  const isSentence = reference.form === 'sentence' || reference.form === 'told';
  const section = currentSection(state);
  // "The motion was carried" is the motion just read; "Motion as amended" the last motion that is not an amendment.
  const motion =
    reference.number !== null
      ? section.motions.findLast((candidate) => candidate.number === reference.number)
      : reference.qualifier
        ? section.motions.findLast((candidate) => candidate.amends === null && !/amendment/i.test(candidate.kind ?? ''))
        : (state.current?.motion ?? reachLatest(state)?.motion);
  // A sentence of the meeting's words tells only of motions already read; one about any other is words where it stands.
  if (!motion && reference.form === 'told') return placeText(state, event);
  if (!motion && reference.number === null) {
    warn(state, 'line-not-understood', event.line, 'This result has no motion above it.');
    state.pending.push({ line: event.line, text: event.text, prose: false });
    return;
  }
  const draft = motion ? draftOf(motion) : startMotion(state, event.line, reference.number!, reference.kind, null, '', 'keyword');
  if (draft.motion.resultLine !== null && reference.result !== null) {
    // A sentence about the motion just read, after its result, is the meeting's words ("It was agreed to hold …").
    if (isSentence && reference.number === null && reference.tally === null) return placeText(state, event);
    warn(state, 'tally-twice', event.line, `${nameOf(draft.motion)} already has its result on line ${draft.motion.resultLine}; this line, “${event.text.trim()}”, is not used.`);
    // Not used as a result, the line is still kept where it stands.
    state.pending.push({ line: event.line, text: event.text, prose: false });
    return;
  }
  state.inNotesList = false;
  const isCurrent = draft === state.current;
  draft.elsewhere = !isCurrent;
  // "Motion 3 as amended" alone is followed by its tally and result: they go to motion 3.
  if (reference.result === null && reference.tally === null) {
    state.current = draft;
    state.awaitingCounts = { draft, line: event.line, text: event.text };
  }
  // A sentence about the motion just read is its own result line; a named result printed later refers back.
  if (!isSentence || !isCurrent) draft.reference = reference.qualifier;
  if (reference.tally) applyTally(state, draft, reference.tally, event.line);
  // A sentence's words before the result are kept with the result, wherever the motion stands: "The substantive motion was".
  const prefix = isSentence ? reference.lead : '';
  if (reference.result) applyResult(state, draft, { result: reference.result, word: reference.word, prefix, remark: reference.remark }, event.line);
  else draft.closed = false;
}

export function readNote(state: ReadingState, event: EventOf<'note'>): void {
  const current = state.current;
  // A row of a table is closed by its own counts; the note lines just below it are still its own.
  const underRow = current?.motion.style.heading === 'table' && event.line === current.motion.lines[1] + 1;
  if (current && (!current.closed || underRow) && !current.elsewhere) {
    current.motion.notes.push({ line: event.line, text: event.text });
    current.motion.lines[1] = event.line;
    return;
  }
  placeText(state, event);
}

export function readNotesHeading(state: ReadingState, event: EventOf<'notes-heading'>): void {
  if (state.seenBody) {
    flushPending(state, false);
    state.current = null;
    state.inNotesList = true;
  }
  const current = state.current;
  if (current && !current.closed && !state.inNotesList) return placeText(state, event);
  state.pending.push({ line: event.line, text: event.text, prose: false });
}

/**
 * Text, or a line in capitals heading the motions below it: where two or more
 * such lines make the file's way of heading sections, or, in a file that heads
 * its motions with a word, where motions stand above it to part from them (a
 * single one above every motion is a title or a notice).
 */
export function readText(state: ReadingState, event: EventOf<'text'>, index: number): void {
  if (readListedItem(state, event)) return;
  // Words that are no item end the list.
  state.resultGroup = null;
  const { layout } = state;
  const capitalsStyle = layout.capitalsHeadings >= 2 || (layout.keywordHeadings && state.drafts.length > 0);
  if (!state.inNotesList && !isOpen(state) && capitalsStyle && isCapitalsHeadingAt(state.events, index)) {
    return startSection(state, index, null, event.text.trim(), null, event.line);
  }
  placeText(state, event);
}

/** Whether no more of a motion's words or counts follow the line at `index`: a blank line, a heading or the end comes next. */
function endsMotion(events: Event[], index: number): boolean {
  const next = events[index + 1];
  if (next === undefined || next.kind === 'blank') return true;
  return !['text', 'tally', 'result', 'numbered', 'note', 'row', 'ignored'].includes(next.kind);
}

/** A motion is being read and has no vote yet: a line under it is its text, not a heading. */
function isOpen(state: ReadingState): boolean {
  return state.current !== null && !state.current.closed;
}

/**
 * "The following motions were carried:", "Aangenomen:": the motions listed
 * below it share its result. With no list below, it is the result of the motion above.
 */
export function readResultGroup(state: ReadingState, event: EventOf<'result-group'>, index: number): void {
  let next = index + 1;
  while (state.events[next]?.kind === 'blank') next++;
  const below = state.events[next];
  if (!below || !listedItemOf(below)) return readCountsOrResult(state, { line: event.line, text: event.text, kind: 'result', result: event.result });
  settleAwaitingCounts(state);
  flushPending(state, false);
  state.current = null;
  state.inNotesList = false;
  state.seenBody = true;
  state.resultGroup = { result: event.result, line: event.line };
}

/** A motion of a list under a shared result, with its figures in brackets; false when no list is open or the line is no item of one. */
function readListedItem(state: ReadingState, event: EventOf<'numbered' | 'motion' | 'text'>): boolean {
  const group = state.resultGroup;
  const item = group && listedItemOf(event);
  if (!group || !item) return false;
  const draft = startMotion(state, event.line, item.number, item.kind, item.amends, item.text, item.kind === null ? 'numbered' : 'keyword');
  draft.motion.style.headingLead = item.lead;
  if (item.tally) applyTally(state, draft, item.tally, event.line);
  applyResult(state, draft, group.result, group.line);
  return true;
}

/** Each kind of line and its step. */
export const steps: { [Kind in Event['kind']]: (state: ReadingState, event: EventOf<Kind>, index: number) => void } = {
  blank: readBlank,
  ignored: readIgnored,
  candidate: readCandidate,
  voters: readVoters,
  section: readSection,
  numbered: readNumbered,
  motion: readMotionHeading,
  row: readRow,
  tally: readCountsOrResult,
  result: readCountsOrResult,
  'result-group': readResultGroup,
  reference: readReference,
  note: readNote,
  'notes-heading': readNotesHeading,
  text: readText,
};
