import type { Diagnostic, Motion, MotionStyle } from '../../model';
import { motionName } from '../../motion-name';
import { countKeys, type CountKey } from '../../vocabulary';
import type { Event, TableRow } from '../classify';
import { repairLookalikes, unreadableCount, visible, type Unreadable } from '../number';
import type { ResultLine } from '../results';
import type { Tally } from '../tally';
import { splitTrailing } from '../trailing';
import { flushPending, settleAwaitingCounts } from './placing';
import { addDraft, currentSection, emptyStyle, warn, type Draft, type ReadingState } from './state';

/** What a motion gets as its lines are read: its heading, its counts, its result, or a table row with all three. */

/** "Motion 3", "Amendment 3a", or, for a motion printed without a label, "The motion on line 12". */
export function nameOf(motion: Motion): string {
  return motionName(motion) ?? `The motion on line ${motion.lines[0]}`;
}

export function startMotion(state: ReadingState, line: number, number: string, kind: string | null, amends: string | null, text: string, heading: MotionStyle['heading']): Draft {
  settleAwaitingCounts(state);
  flushPending(state, false);
  state.seenBody = true;
  const motion: Motion = {
    number, kind, amends, text: '',
    for: null, against: null, abstain: null, invalid: null,
    statedResult: null, resultRemark: null, resultText: null, resultReference: null, tallyLine: null, resultLine: null,
    rule: null, notes: [], trailing: [], lines: [line, line], style: emptyStyle(heading), printedAt: { text: [], counts: {} },
  };
  currentSection(state).motions.push(motion);
  state.latest = motion;
  const draft: Draft = { motion, textLines: [], closed: false, elsewhere: false, reference: null, countLines: {}, printedShare: null, printedLabels: new Set(), parts: [], refined: null };
  state.current = draft;
  addDraft(state, draft);
  // "Motion text – CARRIED": a heading may end with its own tally or result.
  const split = splitTrailing(text);
  draft.textLines.push({ line, text: split.text });
  if (split.tally) applyTally(state, draft, split.tally, line);
  if (split.result) applyResult(state, draft, split.result, line);
  return draft;
}

function countProblemCode(why: Unreadable): Diagnostic['code'] {
  return why === 'negative' ? 'negative-count' : 'unreadable-number';
}

/** A count with a letter that looks like a digit: an error, with the likely value offered as the fix. */
function lookalikeDiagnostic(raw: string, value: number, line: number): Diagnostic {
  return {
    code: 'unreadable-number', severity: 'error', line,
    message: `“${raw}” is not a number: it has a letter in it. It probably means ${value.toLocaleString('en-GB')}.`,
    suggestion: { find: raw, replace: repairLookalikes(raw) },
  };
}

export function applyTally(state: ReadingState, draft: Draft, tally: Tally, line: number): void {
  const motion = draft.motion;
  // A part of the vote ("zaal: voor 52 …", "online: …") is kept as a note; the line of the whole gives the counts, or the parts are added up.
  if (tally.part === 'part') {
    motion.notes.push({ line, text: tally.source.trim() });
    draft.parts.push(tally);
    if (!draft.elsewhere) motion.lines[1] = Math.max(motion.lines[1], line);
    return;
  }
  const given = countKeys.filter((key) => key in tally.counts);
  const hadCounts = motion.tallyLine !== null;
  const replaced = given.filter((key) => motion[key] !== null);
  if (hadCounts && replaced.length > 0) {
    // The counts replaced are named with their lines, so that no figure of the file goes unsaid.
    const before = replaced.map((key) => `${key} ${motion[key]} (line ${draft.countLines[key] ?? motion.tallyLine})`).join(', ');
    const after = replaced.map((key) => `${key} ${tally.counts[key] ?? '(not a number)'}`).join(', ');
    warn(state, 'tally-twice', line, `${nameOf(motion)} already has a tally: ${before}. This line replaces it with ${after}. Keep the one that is right and delete the other.`);
  }
  for (const key of given) {
    draft.countLines[key] = line;
    const index = tally.countIndex[key];
    if (index === undefined) delete motion.printedAt.counts[key];
    else motion.printedAt.counts[key] = { line, within: tally.source, index };
  }
  const newKeys = given.filter((key) => motion[key] === null);
  for (const key of given) motion[key] = tally.counts[key] ?? null;
  if (!hadCounts) {
    motion.tallyLine = line;
    motion.style.tally = tally.style;
    motion.style.tallyLead = tally.lead;
    motion.style.thousandsSeparator = tally.thousandsSeparator;
    motion.style.labels = { ...motion.style.labels, ...tally.labels };
    for (const key of Object.keys(tally.labels) as CountKey[]) draft.printedLabels.add(key);
  } else {
    // A tally printed a count to a line ("For: 38", "Against: 12") keeps each count's own label.
    for (const key of newKeys) {
      if (!tally.labels[key]) continue;
      motion.style.labels[key] = tally.labels[key]!;
      draft.printedLabels.add(key);
    }
    if (newKeys.length > 0) motion.style.countPerLine = true;
  }
  for (const problem of tally.problems) {
    if (problem.kind === 'lookalike') state.diagnostics.push(lookalikeDiagnostic(problem.raw, problem.value, line));
    else if (problem.kind === 'garbled') warn(state, countProblemCode(problem.why), line, unreadableCount(problem.key, problem.raw, problem.why), 'error');
    else if (problem.kind === 'stray-words') warn(state, 'unreadable-tally', line, `This tally has words that are not counts: “${problem.words.map(visible).join('”, “')}”. Check which count each number is.`, 'error');
    else if (problem.kind === 'ambiguous') {
      warn(state, 'unreadable-tally', line, `Part of this tally cannot be read: “${problem.text}” does not say clearly which count is which.`, 'error');
    } else {
      warn(state, 'unreadable-tally', line, `This tally gives the “${problem.key}” count twice.`, 'error');
    }
  }
  // Checked once the motion is read: a tally printed a count to a line gives its against count later.
  if (tally.percents.for) draft.printedShare = { ...tally.percents.for, line };
  // Checked with the others once the file is read, by which counts the file's totals cover (`checks/stated-totals.ts`).
  if (tally.total !== null) motion.total = { value: tally.total, label: tally.totalLabel ?? '', line };
  if (tally.result) applyResult(state, draft, { result: tally.result, word: tally.resultText!, prefix: '', remark: tally.resultRemark }, line, true);
  // A tally with no count that can be read does not end the motion: its text may go on below it.
  if (given.some((key) => tally.counts[key] !== null)) draft.closed = true;
  if (!draft.elsewhere) motion.lines[1] = Math.max(motion.lines[1], line);
}

export function applyResult(state: ReadingState, draft: Draft, result: ResultLine, line: number, onTallyLine = false): void {
  const motion = draft.motion;
  if (motion.resultLine !== null && motion.resultLine !== line) {
    warn(state, 'tally-twice', motion.resultLine, `${nameOf(motion)} has a second result on line ${line} (“${result.word}”), which replaces this one (“${[motion.resultText, motion.resultRemark].filter(Boolean).join(' ')}”).`);
  }
  motion.statedResult = result.result;
  motion.resultText = result.word;
  motion.resultRemark = result.remark;
  motion.resultLine = line;
  motion.style.resultPrefix = result.prefix;
  // A result given again after the amendments ("Motion 3 as amended") is written there, never on the tally line.
  motion.style.resultOnTallyLine = onTallyLine && draft.reference === null;
  draft.closed = true;
  if (draft.reference !== null) motion.resultReference = draft.reference;
  if (!draft.elsewhere) motion.lines[1] = Math.max(motion.lines[1], line);
}

/** A row of a table is a whole motion: its number, text, counts and result in cells. */
/** A table's row as a motion of its own, or, `onto` a motion headed above it, as that motion's counts (a wiki's one-row table under "### D19 — …"). */
export function applyRow(state: ReadingState, event: Extract<Event, { kind: 'row' }>, onto?: Draft): void {
  const row: TableRow = event.row;
  const draft = onto ?? startMotion(state, event.line, row.number, null, null, row.text, 'table');
  const motion = draft.motion;
  if (onto) motion.lines[1] = event.lastLine;
  else {
    motion.lines = [event.line, event.lastLine];
    motion.printedAt.row = { line: event.line, lastLine: event.lastLine };
  }
  motion.tallyLine = event.line;
  for (const key of countKeys) {
    if (!(key in row.counts)) continue;
    motion[key] = row.counts[key] ?? null;
    motion.printedAt.counts[key] = { line: event.line, lastLine: event.lastLine, cell: row.header.columns.indexOf(key) };
  }
  motion.style.table = { delimiter: row.header.delimiter, labels: row.header.labels, columns: row.header.columns, ...(row.header.spans ? { spans: row.header.spans } : {}) };
  if (row.total !== null) motion.total = { value: row.total, label: row.header.labels[row.header.columns.indexOf('total')] ?? '', line: event.line };
  for (const { raw, value } of row.lookalikes) state.diagnostics.push(lookalikeDiagnostic(raw, value, event.line));
  for (const { key, raw, why } of row.unreadable) warn(state, countProblemCode(why), event.line, unreadableCount(key, raw, why), 'error');
  if (row.result) {
    motion.statedResult = row.result;
    motion.resultText = row.resultText ?? row.result;
    motion.resultLine = event.line;
  }
  draft.closed = Object.keys(row.counts).length > 0 || row.result !== undefined;
}
