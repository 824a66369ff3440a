import { describe, expect, it } from 'vitest';
import { endOfFile, readEvent } from '../../shared/parse/assembly';
import { checkPrintedShare, detectLanguages, findMotionRule, findSectionRules, joinMotionText, labelUnprintedCounts } from '../../shared/parse/assembly/refiners';
import { draftOf, startReading, type ReadingState } from '../../shared/parse/assembly/state';
import { endElectionRun, readBlank, readCountsOrResult, readNumbered, readVoters } from '../../shared/parse/assembly/steps';
import { classify, type Event } from '../../shared/parse/classify';

/** The steps of assembly, each on its own: a state is read up to a point, then one step is taken and its effect looked at. */

/** The reading state after the first `upTo` events of these lines (all of them when left out), without the end of file or refiners. */
function readUpTo(lines: string[], upTo?: number): { state: ReadingState; events: Event[] } {
  const events = classify(lines);
  const state = startReading(events);
  events.slice(0, upTo ?? events.length).forEach((event, index) => readEvent(state, event, index));
  return { state, events };
}

function eventAt<Kind extends Event['kind']>(events: Event[], index: number, kind: Kind): Extract<Event, { kind: Kind }> {
  const event = events[index]!;
  expect(event.kind).toBe(kind);
  return event as Extract<Event, { kind: Kind }>;
}

describe('the state at the start', () => {
  it('decides the heading style and the title from the whole file', () => {
    const { state } = readUpTo(['Branch AGM results', '', 'Motion 1 – Pay', 'For 10, Against 2', '1. a clause'], 0);
    expect(state.layout).toEqual({ keywordHeadings: true, letteredMotions: false, titleIndex: 0, capitalsHeadings: 0 });
    expect(state.document.headings).toBe('keyword');
  });
  it('counts the lines in capitals that head motions, not a title over them', () => {
    const lines = ['CONFERENCE 2024', '', 'GENERAL BUSINESS', '', 'Motion 1 – Pay', 'For 10, Against 2', '', 'RULE CHANGES', '', 'Motion 2 – Rules', 'For 3, Against 1'];
    expect(readUpTo(lines, 0).state.layout.capitalsHeadings).toBe(2);
  });
  it('takes no title when the file opens with a motion', () => {
    expect(readUpTo(['1. Pay rise', 'For 10, Against 2'], 0).state.layout.titleIndex).toBe(-1);
  });
});

describe('steps', () => {
  it('a blank line parts waiting paragraphs, and is not kept at the head of them', () => {
    const { state, events } = readUpTo(['', 'Some words', ''], 0);
    readBlank(state, eventAt(events, 0, 'blank'));
    expect(state.pending).toEqual([]);
    state.pending.push({ line: 2, text: 'Some words', prose: true });
    readBlank(state, eventAt(events, 2, 'blank'));
    expect(state.pending.at(-1)).toEqual({ line: 3, text: '', prose: false });
  });

  it('two candidates with votes are an election, left out with one warning', () => {
    const { state } = readUpTo(['Results', '', 'Jane Smith 45', 'Ali Khan 38']);
    endElectionRun(state);
    expect(state.document.ignored.map((line) => [line.line, line.reason])).toEqual([[3, 'election'], [4, 'election']]);
    expect(state.diagnostics.map((problem) => [problem.code, problem.line])).toEqual([['looks-like-election', 3]]);
    expect(state.electionRun).toEqual([]);
  });

  it('a voter count inside a motion is its turnout; outside, the document’s, and a second figure is named', () => {
    const lines = ['Members voting: 64', '', 'Motion 1 – Pay', 'Votes cast: 58', 'For 40, Against 18', '', 'Members voting: 70'];
    const { state, events } = readUpTo(lines, 3);
    expect(state.document.totalVoters).toBe(64);
    readVoters(state, eventAt(events, 3, 'voters'), 3);
    expect(state.current!.motion.notes).toEqual([{ line: 4, text: 'Votes cast: 58' }]);
    expect(state.document.totalVoters).toBe(64);
    const rest = readUpTo(lines, 6);
    readVoters(rest.state, eventAt(rest.events, 6, 'voters'), 6);
    expect(rest.state.diagnostics.map((problem) => [problem.code, problem.line])).toEqual([['voters-stated-twice', 7]]);
    expect(rest.state.document.totalVoters).toBe(64);
  });

  it('a numbered line followed by a numbering that starts again is a section; in a file of “Motion” headings it is text', () => {
    const sections = ['1. Pay and conditions', '1. That we ask for more', 'For 10, Against 2'];
    const { state, events } = readUpTo(sections, 0);
    readNumbered(state, eventAt(events, 0, 'numbered'), 0);
    expect(state.document.sections.map((section) => [section.number, section.title])).toEqual([['1', 'Pay and conditions']]);
    const keyword = readUpTo(['Motion 1 – Pay', 'That we ask:', '1. more pay', 'For 10, Against 2'], 2);
    readNumbered(keyword.state, eventAt(keyword.events, 2, 'numbered'), 2);
    expect(keyword.state.current!.textLines.map((line) => line.text)).toEqual(['Pay', 'That we ask:', '1. more pay']);
  });

  it('a tally under a paragraph with no number makes that paragraph a motion, and says it has no number', () => {
    const lines = ['Results', '', 'Conference supports the strike', 'and calls for action.', 'For 40, Against 2'];
    const { state, events } = readUpTo(lines, 4);
    readCountsOrResult(state, eventAt(events, 4, 'tally'));
    const motion = state.document.sections[0]!.motions[0]!;
    expect([motion.number, motion.for, motion.against, motion.lines]).toEqual(['', 40, 2, [3, 5]]);
    expect(draftOf(motion).textLines.map((line) => line.text)).toEqual(['Conference supports the strike', 'and calls for action.']);
    expect(state.diagnostics.map((problem) => [problem.code, problem.line])).toEqual([['missing-number', 3]]);
  });

  it('a tally with no motion above it is named and kept', () => {
    const { state, events } = readUpTo(['For 40, Against 2'], 0);
    readCountsOrResult(state, eventAt(events, 0, 'tally'));
    expect(state.pending).toEqual([{ line: 1, text: 'For 40, Against 2', prose: false }]);
    expect(state.diagnostics.map((problem) => problem.message)).toEqual(['This tally has no motion above it.']);
  });

  it('“Motion 2 as amended” alone waits for its tally; if the file ends first, it says so', () => {
    const { state } = readUpTo(['Motion 2 – Pay', 'Amendment 1 to Motion 2', 'For 10, Against 2', 'Motion 2 as amended']);
    expect(state.awaitingCounts?.line).toBe(4);
    endOfFile(state);
    expect(state.diagnostics.map((problem) => [problem.code, problem.line])).toEqual([['line-not-understood', 4]]);
  });

  it('text after the last motion becomes the closing at the end of the file', () => {
    const { state } = readUpTo(['Motion 1 – Pay', 'For 10, Against 2', '', 'Signed, the Secretary']);
    expect(state.document.closing).toEqual([]);
    endOfFile(state);
    expect(state.document.closing).toEqual([{ line: 4, text: 'Signed, the Secretary' }]);
  });
});

describe('refiners', () => {
  it('finds the file’s language from its structural lines only, and writes unprinted labels in it', () => {
    const { state } = readUpTo(['Antrag 1: Mehr Geld', 'Ja: 40', 'Nein: 2', 'The report quotes an English sentence here.']);
    endOfFile(state);
    detectLanguages(state);
    expect(state.document.languages).toEqual(['de']);
    const motion = state.document.sections[0]!.motions[0]!;
    labelUnprintedCounts(draftOf(motion), state);
    expect(motion.style.labels.for).toBe('Ja');
    expect(motion.style.labels.abstain).not.toBe('');
    expect(motion.style.labels.abstain).not.toMatch(/abstain/i);
  });

  it('a printed share that neither base gives is a warning; either base will do', () => {
    const { state } = readUpTo(['Motion 1 – Pay', 'For 60, Against 30, Abstain 10']);
    const motion = state.document.sections[0]!.motions[0]!;
    expect(checkPrintedShare(motion, { value: 66.7, decimals: 1, line: 2 })).toBeNull();
    expect(checkPrintedShare(motion, { value: 60, decimals: 0, line: 2 })).toBeNull();
    expect(checkPrintedShare(motion, { value: 55, decimals: 0, line: 2 })).toMatchObject({ code: 'percentage-differs', line: 2 });
  });

  it('joins a motion’s lines, mending a word broken at a line end', () => {
    const { state } = readUpTo(['Motion 1 – That the compan-', 'ies pay', 'For 10, Against 2']);
    const motion = state.document.sections[0]!.motions[0]!;
    joinMotionText(draftOf(motion));
    expect(motion.text).toBe('That the companies pay');
    expect(motion.printedAt.text.map((line) => line.line)).toEqual([1, 2]);
  });

  it('reads the majority a motion, a section and the preamble ask for', () => {
    const lines = ['AGM results', 'Changes to the rules need a two-thirds majority.', '', 'Section 1 – Rules (special resolution)', 'Motion 1 – Amend rule 4', 'For 10, Against 2'];
    const { state } = readUpTo(lines);
    endOfFile(state);
    const draft = draftOf(state.document.sections[0]!.motions[0]!);
    joinMotionText(draft);
    findMotionRule(draft);
    findSectionRules(state);
    expect(state.document.ruleChangeRule).toBe('two-thirds');
    expect(state.document.sections[0]!.rule).toBe('three-quarters');
    expect(draft.motion.rule).toBeNull();
  });
});
