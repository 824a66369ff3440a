import type { Diagnostic, IgnoredLine, Motion, MotionStyle, ResultsDocument, Section, SourceLine } from '../model';
import { languagesIn, writingPack } from '../languages/detect';
import { countKeys, mentionsRuleChange, ruleHintIn, type CountKey } from '../vocabulary';
import type { Event, TableRow } from './classify';
import { saysElected } from './election';
import { isLetterLabel, stripSectionMark } from './headings';
import type { ResultLine } from './results';
import { keywordHeadings, letteredMotions, numberedSectionAt } from './structure';
import type { Tally } from './tally';
import { repairLookalikes, unreadableCount, visible, type Unreadable } from './number';
import { joinLines } from './text';
import { splitTrailing } from './trailing';

/**
 * Puts classified lines together into sections and motions. Every non-blank
 * line lands somewhere: in the document, in `ignored`, or in a diagnostic.
 */

/**
 * A motion being read. `elsewhere` is set while lines that belong to it stand
 * after other motions ("Motion 3 as amended" below its amendments): they do
 * not widen its line range. `reference` is the qualifier of such a line,
 * recorded once its result is read.
 */
type Draft = {
  motion: Motion; textLines: SourceLine[]; closed: boolean; elsewhere: boolean; reference: string | null;
  /** The line each count was read from, to name it when another line gives that count again. */
  countLines: Partial<Record<CountKey, number>>;
  /** The percentage for as printed beside the count ("1,203 (97.5%)"). */
  printedShare: { value: number; decimals: number; line: number } | null;
  /** The counts whose label the file printed; the others take the words of the file's language once it is known. */
  printedLabels: Set<CountKey>;
};

/** Registrars print the share of for+against, some of all votes cast: either reading will do. */
function checkPrintedShare(motion: Motion, printed: NonNullable<Draft['printedShare']>): Diagnostic | null {
  if (motion.for === null) return null;
  const bases = [motion.for + (motion.against ?? 0), motion.for + (motion.against ?? 0) + (motion.abstain ?? 0)];
  const tolerance = 0.5 * 10 ** -printed.decimals + 1e-9;
  const shares = bases.filter((base) => base > 0).map((base) => (100 * motion.for!) / base);
  if (shares.length === 0 || shares.some((share) => Math.abs(share - printed.value) <= tolerance)) return null;
  return {
    code: 'percentage-differs', severity: 'warning', line: printed.line,
    message: `The file prints ${printed.value}% for, but the counts give ${shares[0]!.toFixed(printed.decimals)}% of the votes for and against.`,
  };
}

/** "Motion 3", "Amendment 3a", or, for a motion printed without a label, "The motion on line 12". */
function nameOf(motion: Motion): string {
  return motion.number ? `${motion.kind ?? 'Motion'} ${motion.number}` : `The motion on line ${motion.lines[0]}`;
}
/** Lines waiting for a home; `prose` is false for lines that say something else (a voter count). */
type Pending = { line: number; text: string; prose: boolean }[];


/** A motion's style before its lines are read; the labels it did not print are filled in the file's language at the end. */
function emptyStyle(heading: MotionStyle['heading']): MotionStyle {
  return { heading, tally: 'count-label', labels: { for: '', against: '', abstain: '', invalid: '' }, tallyLead: '', thousandsSeparator: '', resultPrefix: '', countPerLine: false, resultOnTallyLine: false };
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

export function assemble(events: Event[]): { document: ResultsDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const ignored: IgnoredLine[] = [];
  const document: ResultsDocument = {
    title: null,
    preamble: [],
    totalVoters: null,
    votersLine: null,
    headings: keywordHeadings(events) ? 'keyword' : 'numbered',
    ruleChangeRule: null,
    languages: [],
    sections: [],
    closing: [],
    ignored,
  };
  const keywordStyle = document.headings === 'keyword';
  const lettered = letteredMotions(events);
  const drafts = new Map<Motion, Draft>();
  let current: Draft | null = null;
  let pending: Pending = [];
  let inNotesList = false;
  /** A line like "Motion 3 as amended" whose tally or result has not come yet. */
  let awaitingCounts: { draft: Draft; line: number; text: string } | null = null;
  const settleAwaitingCounts = () => {
    if (awaitingCounts && awaitingCounts.draft.motion.resultLine === null && awaitingCounts.draft.motion.tallyLine === null) {
      warn('line-not-understood', awaitingCounts.line, `“${awaitingCounts.text.trim()}” is not followed by a tally or a result.`);
    }
    awaitingCounts = null;
  };
  let seenBody = false;

  const warn = (code: Diagnostic['code'], line: number, message: string, severity: Diagnostic['severity'] = 'warning') =>
    diagnostics.push({ code, severity, line, message });

  const currentSection = (): Section => {
    let section = document.sections.at(-1);
    if (!section) {
      section = { number: null, title: null, kind: null, notes: [], rule: null, line: null, motions: [] };
      document.sections.push(section);
    }
    return section;
  };
  let latest: Motion | undefined;
  const lastMotion = (): Motion | undefined => latest;

  /** Text that followed no open motion goes where it stands: preamble, section notes, or after the last motion. */
  const flushPending = (atEnd: boolean) => {
    while (pending.at(-1)?.text === '') pending.pop();
    if (pending.length === 0) return;
    const section = document.sections.at(-1);
    const previous = lastMotion();
    // Blank lines only kept the paragraphs apart; what is kept are the lines with words.
    const kept = pending.filter((entry) => entry.text !== '').map(({ line, text }) => ({ line, text }));
    // Appended one by one: a spread of a long run into push() overflows the stack.
    const keep = (into: SourceLine[]) => {
      for (const entry of kept) into.push(entry);
    };
    if (!seenBody) keep(document.preamble);
    else if (atEnd) keep(document.closing);
    else if (section && section.motions.length === 0) keep(section.notes);
    else if (previous) {
      keep(previous.trailing);
      previous.lines[1] = Math.max(previous.lines[1], pending.at(-1)!.line);
      warn('line-not-understood', pending[0]!.line, `This text follows the result of motion ${previous.number || '(unnumbered)'} and is not part of any motion. If it is a motion, give it a number; if it is a note, it can stay.`);
    }
    pending = [];
  };

  const startMotion = (line: number, number: string, kind: string | null, amends: string | null, text: string, heading: MotionStyle['heading']) => {
    settleAwaitingCounts();
    flushPending(false);
    seenBody = true;
    const motion: Motion = {
      number, kind, amends, text: '',
      for: null, against: null, abstain: null, invalid: null,
      statedResult: null, resultRemark: null, resultText: null, resultReference: null, tallyLine: null, resultLine: null,
      rule: null, notes: [], trailing: [], lines: [line, line], style: emptyStyle(heading), printedAt: { text: [], counts: {} },
    };
    currentSection().motions.push(motion);
    latest = motion;
    current = { motion, textLines: [], closed: false, elsewhere: false, reference: null, countLines: {}, printedShare: null, printedLabels: new Set() };
    drafts.set(motion, current);
    const split = splitTrailing(text);
    current.textLines.push({ line, text: split.text });
    if (split.tally) applyTally(current, split.tally, line);
    if (split.result) applyResult(current, split.result, line);
  };

  const applyTally = (draft: Draft, tally: Tally, line: number) => {
    const motion = draft.motion;
    const given = countKeys.filter((key) => key in tally.counts);
    const hadCounts = motion.tallyLine !== null;
    const replaced = given.filter((key) => motion[key] !== null);
    if (hadCounts && replaced.length > 0) {
      // The counts replaced are named with their lines, so that no figure of the file goes unsaid.
      const before = replaced.map((key) => `${key} ${motion[key]} (line ${draft.countLines[key] ?? motion.tallyLine})`).join(', ');
      const after = replaced.map((key) => `${key} ${tally.counts[key] ?? '(not a number)'}`).join(', ');
      warn('tally-twice', line, `${nameOf(motion)} already has a tally: ${before}. This line replaces it with ${after}. Keep the one that is right and delete the other.`);
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
      if (problem.kind === 'lookalike') diagnostics.push(lookalikeDiagnostic(problem.raw, problem.value, line));
      else if (problem.kind === 'garbled') warn(countProblemCode(problem.why), line, unreadableCount(problem.key, problem.raw, problem.why), 'error');
      else if (problem.kind === 'stray-words') warn('unreadable-tally', line, `This tally has words that are not counts: “${problem.words.map(visible).join('”, “')}”. Check which count each number is.`, 'error');
      else if (problem.kind === 'ambiguous') {
        warn('unreadable-tally', line, `Part of this tally cannot be read: “${problem.text}” does not say clearly which count is which.`, 'error');
      } else {
        warn('unreadable-tally', line, `This tally gives the “${problem.key}” count twice.`, 'error');
      }
    }
    // Checked once the motion is read: a tally printed a count to a line gives its against count later.
    if (tally.percents.for) draft.printedShare = { ...tally.percents.for, line };
    if (tally.total !== null) {
      const sum = countKeys.reduce((total, key) => total + (motion[key] ?? 0), 0);
      if (sum !== tally.total) warn('unreadable-tally', line, `The counts add up to ${sum}, but the line states a total of ${tally.total}.`, 'error');
    }
    if (tally.result) applyResult(draft, { result: tally.result, word: tally.resultText!, prefix: '', remark: tally.resultRemark }, line, true);
    // A tally with no count that can be read does not end the motion: its text may go on below it.
    if (given.some((key) => tally.counts[key] !== null)) draft.closed = true;
    if (!draft.elsewhere) motion.lines[1] = Math.max(motion.lines[1], line);
  };

  const applyResult = (draft: Draft, result: ResultLine, line: number, onTallyLine = false) => {
    const motion = draft.motion;
    if (motion.resultLine !== null && motion.resultLine !== line) {
      warn('tally-twice', motion.resultLine, `${nameOf(motion)} has a second result on line ${line} (“${result.word}”), which replaces this one (“${[motion.resultText, motion.resultRemark].filter(Boolean).join(' ')}”).`);
    }
    motion.statedResult = result.result;
    motion.resultText = result.word;
    motion.resultRemark = result.remark;
    motion.resultLine = line;
    motion.style.resultPrefix = result.prefix;
    motion.style.resultOnTallyLine = onTallyLine;
    draft.closed = true;
    if (draft.reference !== null) motion.resultReference = draft.reference;
    if (!draft.elsewhere) motion.lines[1] = Math.max(motion.lines[1], line);
  };

  const applyRow = (event: Extract<Event, { kind: 'row' }>) => {
    const row: TableRow = event.row;
    startMotion(event.line, row.number, null, null, row.text, 'table');
    const draft = current!;
    const motion = draft.motion;
    motion.lines = [event.line, event.lastLine];
    motion.printedAt.row = { line: event.line, lastLine: event.lastLine };
    motion.tallyLine = event.line;
    for (const key of countKeys) {
      if (!(key in row.counts)) continue;
      motion[key] = row.counts[key] ?? null;
      motion.printedAt.counts[key] = { line: event.line, lastLine: event.lastLine, cell: row.header.columns.indexOf(key) };
    }
    motion.style.table = { delimiter: row.header.delimiter, labels: row.header.labels, columns: row.header.columns };
    for (const { raw, value } of row.lookalikes) diagnostics.push(lookalikeDiagnostic(raw, value, event.line));
    for (const { key, raw, why } of row.unreadable) warn(countProblemCode(why), event.line, unreadableCount(key, raw, why), 'error');
    if (row.result) {
      motion.statedResult = row.result;
      motion.resultText = row.resultText ?? row.result;
      motion.resultLine = event.line;
    }
    draft.closed = Object.keys(row.counts).length > 0 || row.result !== undefined;
  };

  const firstText = events.findIndex((event) => event.kind !== 'blank' && event.kind !== 'ignored');
  const titleEvent = events[firstText];
  const titleIndex = titleEvent && (titleEvent.kind === 'text' || titleEvent.kind === 'candidate' || titleEvent.kind === 'notes-heading') ? firstText : -1;
  let electionRun: Event[] = [];
  const flushElection = () => {
    if (electionRun.length >= 2 || electionRun.some((event) => saysElected(event.text))) {
      for (const event of electionRun) ignored.push({ line: event.line, text: event.text, reason: 'election' });
      warn('looks-like-election', electionRun[0]!.line, 'These lines look like an election (candidates with votes), not motions. They are left out of the results; report elections separately.');
    } else {
      for (const event of electionRun) handleText(event);
    }
    electionRun = [];
  };

  const handleText = (event: Event) => {
    if (current && !current.closed && !inNotesList && !current.elsewhere) {
      current.textLines.push({ line: event.line, text: event.text });
      current.motion.lines[1] = event.line;
    } else pending.push({ line: event.line, text: event.text, prose: true });
  };

  const startSection = (number: string | null, title: string | null, kind: string | null, line: number) => {
    settleAwaitingCounts();
    flushPending(false);
    current = null;
    inNotesList = false;
    seenBody = true;
    document.sections.push({ number, title, kind, notes: [], rule: null, line, motions: [] });
  };

  const statesVoters = (event: Extract<Event, { kind: 'voters' }>) => {
    // Inside a motion, or on the line just below it, a count of voters is that motion's own turnout ("Votes cast: 58").
    if (event.labelled && current && current.motion.number && pending.length === 0 && (!current.closed || event.line === current.motion.lines[1] + 1)) {
      current.motion.notes.push({ line: event.line, text: event.text });
      current.motion.lines[1] = Math.max(current.motion.lines[1], event.line);
      return;
    }
    if (document.totalVoters !== null && document.totalVoters !== event.count) {
      warn('voters-stated-twice', event.line, `The number of voters is stated again, as ${event.count}; the file first said ${document.totalVoters}.`);
    }
    if (document.totalVoters === null) {
      document.totalVoters = event.count;
      document.votersLine = event.line;
    }
    pending.push({ line: event.line, text: event.text, prose: false });
  };

  /** A tally or result line: of the motion being read, or of a paragraph of text just above it that had no number. */
  const statesCountsOrResult = (event: Extract<Event, { kind: 'tally' | 'result' }>) => {
    while (pending.at(-1)?.text === '') pending.pop();
    let start = pending.length;
    while (start > 0 && pending[start - 1]!.prose) start--;
    const readable = event.kind === 'result' || event.tally.result !== null || Object.values(event.tally.counts).some((count) => count !== null);
    if (start < pending.length && !inNotesList && readable) {
      const paragraph = pending.slice(start);
      pending = pending.slice(0, start);
      startMotion(paragraph[0]!.line, '', null, null, paragraph[0]!.text, 'numbered');
      for (const entry of paragraph.slice(1)) handleText({ kind: 'text', ...entry });
      warn('missing-number', paragraph[0]!.line, 'This motion has no number. Give it the number printed on the order paper.');
    }
    const target = current ?? (lastMotion() ? drafts.get(lastMotion()!)! : null);
    if (inNotesList) return handleText(event);
    if (!target) {
      warn('line-not-understood', event.line, `This ${event.kind === 'tally' ? 'tally' : 'result'} has no motion above it.`);
      pending.push({ line: event.line, text: event.text, prose: false });
      return;
    }
    if (event.kind === 'tally') applyTally(target, event.tally, event.line);
    else applyResult(target, event.result, event.line);
  };

  const statesReference = (event: Extract<Event, { kind: 'reference' }>) => {
    const reference = event.reference;
    const section = currentSection();
    // "The motion was carried" is the motion just read; "Motion as amended" the last motion that is not an amendment.
    const motion =
      reference.number !== null
        ? section.motions.findLast((candidate) => candidate.number === reference.number)
        : reference.qualifier
          ? section.motions.findLast((candidate) => candidate.amends === null && !/amendment/i.test(candidate.kind ?? ''))
          : (current?.motion ?? lastMotion());
    if (!motion && reference.number === null) {
      warn('line-not-understood', event.line, 'This result has no motion above it.');
      pending.push({ line: event.line, text: event.text, prose: false });
      return;
    }
    if (!motion) startMotion(event.line, reference.number!, reference.kind, null, '', 'keyword');
    const draft = motion ? drafts.get(motion)! : current!;
    if (draft.motion.resultLine !== null && reference.result !== null) {
      warn('tally-twice', event.line, `${nameOf(draft.motion)} already has its result on line ${draft.motion.resultLine}; this line, “${event.text.trim()}”, is not used.`);
      return;
    }
    inNotesList = false;
    const isCurrent = draft === current;
    draft.elsewhere = !isCurrent;
    // "Motion 3 as amended" alone is followed by its tally and result: they go to motion 3.
    if (reference.result === null && reference.tally === null) {
      current = draft;
      awaitingCounts = { draft, line: event.line, text: event.text };
    }
    // A sentence about the motion just read is its own result line; a named result printed later refers back.
    if (reference.form !== 'sentence' || !isCurrent) draft.reference = reference.qualifier;
    if (reference.tally) applyTally(draft, reference.tally, event.line);
    const prefix = reference.form === 'sentence' && isCurrent ? reference.lead : '';
    if (reference.result) applyResult(draft, { result: reference.result, word: reference.word, prefix, remark: reference.remark }, event.line);
    else draft.closed = false;
  };

  events.forEach((event, index) => {
    if (event.kind !== 'candidate' && event.kind !== 'ignored' && electionRun.length > 0) flushElection();
    if (index === titleIndex) {
      document.title = event.text.trim();
      return;
    }
    switch (event.kind) {
      case 'blank':
        if (pending.length > 0 && pending.at(-1)!.text !== '') pending.push({ line: event.line, text: '', prose: false });
        return;
      case 'ignored':
        ignored.push({ line: event.line, text: event.text, reason: event.reason });
        return;
      case 'candidate':
        electionRun.push(event);
        return;
      case 'voters':
        return statesVoters(event);
      case 'section':
        return startSection(event.heading.number, stripSectionMark(event.heading.title ?? '').title || null, event.heading.kind, event.line);
      case 'numbered':
        if (inNotesList || keywordStyle || (isLetterLabel(event.number) && !lettered)) return handleText(event);
        if (numberedSectionAt(events, index)) return startSection(event.number, stripSectionMark(event.rest).title, null, event.line);
        // "3(a)" amends motion 3.
        return startMotion(event.line, event.number, null, /^(\d+)\([a-z]\)$/.exec(event.number)?.[1] ?? null, event.rest, 'numbered');
      case 'motion':
        inNotesList = false;
        return startMotion(event.line, event.heading.number, event.heading.kind, event.heading.amends, event.heading.text, 'keyword');
      case 'row':
        inNotesList = false;
        return applyRow(event);
      case 'tally':
      case 'result':
        return statesCountsOrResult(event);
      case 'reference':
        return statesReference(event);
      case 'note': {
        // A row of a table is closed by its own counts; the note lines just below it are still its own.
        const underRow = current?.motion.style.heading === 'table' && event.line === current.motion.lines[1] + 1;
        if (current && (!current.closed || underRow) && !current.elsewhere) {
          current.motion.notes.push({ line: event.line, text: event.text });
          current.motion.lines[1] = event.line;
          return;
        }
        return handleText(event);
      }
      case 'notes-heading':
        if (seenBody) {
          flushPending(false);
          current = null;
          inNotesList = true;
        }
        if (current && !current.closed && !inNotesList) return handleText(event);
        pending.push({ line: event.line, text: event.text, prose: false });
        return;
      case 'text':
        return handleText(event);
    }
  });
  flushElection();
  settleAwaitingCounts();
  flushPending(true);

  document.languages = languagesIn(events.filter((event) => event.kind !== 'text' && event.kind !== 'blank' && event.kind !== 'ignored').map((event) => event.text));
  const words = writingPack(document.languages).writing;
  for (const [motion, draft] of drafts) {
    // A count the file left out is written, if the user adds it, with the file's own word for it.
    const unprinted = countKeys.filter((key) => !draft.printedLabels.has(key));
    for (const key of unprinted) motion.style.labels[key] = motion.style.tally === 'count-label' ? words.countWords[key] : words.countLabels[key];
    const share = draft.printedShare && checkPrintedShare(motion, draft.printedShare);
    if (share) diagnostics.push(share);
    motion.text = joinLines(draft.textLines.map((entry) => entry.text));
    motion.printedAt.text = draft.textLines.filter((entry) => entry.text.trim() !== '');
    motion.rule = ruleHintIn(motion.text);
  }
  for (const section of document.sections) {
    section.rule = ruleHintIn([section.title ?? '', ...section.notes.map((note) => note.text)].join(' '));
  }
  const ruleChangeLine = [document.title ?? '', ...document.preamble.map((line) => line.text)].find((line) => mentionsRuleChange(line) && ruleHintIn(line));
  document.ruleChangeRule = ruleChangeLine ? ruleHintIn(ruleChangeLine) : null;
  return { document, diagnostics };
}
