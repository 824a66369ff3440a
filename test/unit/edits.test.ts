import { describe, expect, it } from 'vitest';
import { editMotion, type MotionChange } from '../../shared/edits';
import type { Motion, ParseResult } from '../../shared/model';
import { parse } from '../../shared/parse';
import { resultOf } from '../../shared/vocabulary';
import { fixtureFiles, readFixture, styleFiles } from '../support/fixtures';

/**
 * Table edits on every motion of every sample and style file: each must be
 * made (none refused), change exactly the line that prints the value and only
 * the characters of that value, and leave every problem found elsewhere as it was.
 */
const files = [...fixtureFiles, ...styleFiles];
const motionsOf = (parsed: ParseResult) => parsed.document.sections.flatMap((section, s) => section.motions.map((motion, m) => ({ motion, s, m })));
const digitless = (line: string) => line.replace(/[\dOoIl][\dOoIl,.\u00a0\u202f' ]*/g, '#');

function changedLines(before: string, after: string): { line: number; was: string; is: string }[] {
  const [old, now] = [before.split('\n'), after.split('\n')];
  expect(now.length, 'an edit of one value adds or removes no line').toBe(old.length);
  return old.flatMap((was, index) => (was === now[index] ? [] : [{ line: index + 1, was, is: now[index]! }]));
}

/** The problems away from the edited motion's lines, which an edit of it must leave alone. */
function problemsAwayFrom(parsed: ParseResult, motion: Motion): string[] {
  return parsed.diagnostics
    .filter((diagnostic) => diagnostic.line < motion.lines[0] || diagnostic.line > Math.max(motion.lines[1], motion.resultLine ?? 0))
    .filter((diagnostic) => !['repeated-number', 'skipped-number', 'sum-differs-from-voters', 'voters-stated-twice'].includes(diagnostic.code))
    .map((diagnostic) => `${diagnostic.line} ${diagnostic.code} ${diagnostic.message}`);
}

function edited(text: string, parsed: ParseResult, s: number, m: number, change: MotionChange): string {
  const outcome = editMotion(text, parsed, s, m, change);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.text;
}

describe.each(files)('table edits of %s', (name) => {
  const { text } = readFixture(name);
  const parsed = parse(text);
  const motions = motionsOf(parsed);

  it('change one count: only the digits of that count, on its line', () => {
    for (const { motion, s, m } of motions.filter(({ motion }) => motion.for !== null)) {
      const after = edited(text, parsed, s, m, { for: motion.for! + 7 });
      const changed = changedLines(text, after);
      expect(changed, `motion ${motion.number}`).toHaveLength(1);
      expect(digitless(changed[0]!.is), `motion ${motion.number}`).toBe(digitless(changed[0]!.was));
      const reread = parse(after);
      expect(reread.document.sections[s]!.motions[m]!.for).toBe(motion.for! + 7);
      expect(problemsAwayFrom(reread, motion)).toEqual(problemsAwayFrom(parsed, motion));
    }
  });

  it('change one motion’s text: only the words changed, on their line', () => {
    for (const { motion, s, m } of motions.filter(({ motion }) => motion.text !== '')) {
      const after = edited(text, parsed, s, m, { text: `${motion.text} urgently` });
      const changed = changedLines(text, after);
      expect(changed, `motion ${motion.number}`).toHaveLength(1);
      // Columns lined up with spaces give the longer text room from the gap beside it.
      const spaced = (line: string) => line.replace(/\s+/g, ' ');
      expect(spaced(changed[0]!.is.replace(' urgently', '')), `motion ${motion.number}`).toBe(spaced(changed[0]!.was));
      expect(problemsAwayFrom(parse(after), motion)).toEqual(problemsAwayFrom(parsed, motion));
    }
  });

  it('change one stated result: only its word, on its line, in the case it was printed in', () => {
    for (const { motion, s, m } of motions.filter(({ motion }) => motion.statedResult === 'carried' || motion.statedResult === 'lost')) {
      const flipped = motion.statedResult === 'carried' ? 'lost' : 'carried';
      const after = edited(text, parsed, s, m, { statedResult: flipped });
      const changed = changedLines(text, after);
      expect(changed, `motion ${motion.number}`).toHaveLength(1);
      const { was, is } = changed[0]!;
      const at = was.toLowerCase().lastIndexOf(motion.resultText!.toLowerCase());
      const word = is.slice(at, is.length - (was.length - at - motion.resultText!.length));
      expect(was.slice(0, at) + word + was.slice(at + motion.resultText!.length), `motion ${motion.number}`).toBe(is);
      expect(resultOf(word)).toBe(flipped);
      expect(problemsAwayFrom(parse(after), motion)).toEqual(problemsAwayFrom(parsed, motion));
    }
  });
});

describe('editMotion', () => {
  const text = 'Results\n\n56 people voted.\n\n1. Fund the hardship scheme\n50 for; 4 against; 2 abstained\n2. Hold the AGM online\n30 for; 20 against; 6 abstained\n';
  const parsed = parse(text);

  it('changes a motion’s text and counts where they are printed', () => {
    const outcome = editMotion(text, parsed, 0, 1, { text: 'Hold the AGM in person', for: 31, against: 19 });
    expect(outcome).toEqual({
      ok: true,
      edit: { fromLine: 7, toLine: 8, lines: ['2. Hold the AGM in person', '31 for; 19 against; 6 abstained'] },
      text: text.replace('2. Hold the AGM online\n30 for; 20 against', '2. Hold the AGM in person\n31 for; 19 against'),
    });
  });

  it('joins the lines of a new text, as the table shows it', () => {
    const outcome = editMotion(text, parsed, 0, 0, { text: 'Fund it\nand soon' });
    expect(outcome.ok && outcome.edit.lines).toEqual(['1. Fund it and soon']);
  });

  it('keeps printed percentages and the thousands separator when a count changes', () => {
    const agm = 'Resolution 1 – To receive the accounts\nVotes for 41,203,118 (99.21%) / Votes against 328,044 (0.79%) / Votes withheld 1,002,311\nResult: Passed\n';
    const outcome = editMotion(agm, parse(agm), 0, 0, { against: 1328044 });
    expect(outcome.ok && outcome.edit.lines).toEqual(['Votes for 41,203,118 (99.21%) / Votes against 1,328,044 (0.79%) / Votes withheld 1,002,311']);
  });

  it('keeps every word of a tally it cannot fully read, and the error on it, when another count changes', () => {
    const file = 'Motion 1 – Rent caps\nfor 12 against; 6 abstained\n';
    const before = parse(file);
    const outcome = editMotion(file, before, 0, 0, { abstain: 7 });
    expect(outcome.ok && outcome.edit.lines).toEqual(['for 12 against; 7 abstained']);
    if (!outcome.ok) return;
    expect(parse(outcome.text).diagnostics.filter((diagnostic) => diagnostic.code === 'unreadable-tally')).toEqual(before.diagnostics.filter((diagnostic) => diagnostic.code === 'unreadable-tally'));
  });

  it('leaves a count the user did not touch as printed, letter O and its error included', () => {
    const { text: a03 } = readFixture('a03_harbourline_agm_utf8bom.txt');
    const before = parse(a03);
    const index = before.document.sections[0]!.motions.findIndex((motion) => motion.number === '7');
    const outcome = editMotion(a03, before, 0, index, { text: 'To elect Tomasz Wróbel as a director (ordinary resolution)' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.text).toContain('39,8O2,551');
    expect(parse(outcome.text).diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toHaveLength(1);
  });

  it('adds a count the file left out after the others, in the tally’s style', () => {
    const outcome = editMotion(text, parsed, 0, 0, { invalid: 1 });
    expect(outcome.ok && outcome.edit.lines).toEqual(['50 for; 4 against; 2 abstained; 1 invalid']);
  });

  it('refuses an edit that would change how the file reads, and says what else would change', () => {
    const outcome = editMotion(text, parsed, 0, 1, { text: 'Hold the AGM online – 5 for; 2 against' });
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^Motion 2 cannot be changed that way from the table without changing its \w+; make the change in the source text\.$/) });
  });

  const only = (file: string, change: MotionChange, motion = 0) => {
    const outcome = editMotion(file, parse(file), 0, motion, change);
    return outcome.ok ? outcome.text : outcome.message;
  };

  it('keeps a figure of a tally it could not read, giving it to the count beside it that the edit leaves open', () => {
    expect(only('Motion 1 – Budget\nFor 12 against\nCARRIED\n', { against: 3 })).toBe('Motion 1 – Budget\nFor 12 / Against 3\nCARRIED\n');
  });

  it('adds a count beside the others and keeps the total the line states', () => {
    expect(only('Motion 1 – Budget\nFor: 12, Against: 3, Total: 16\n', { abstain: 1 })).toBe('Motion 1 – Budget\nFor: 12, Against: 3  Abstentions: 1, Total: 16\n');
  });

  it('changes only the lines the changed words stood on', () => {
    expect(only('Motion 1 – Approve the annual\naccounts for the year\n5 for; 2 against\n', { text: 'Approve the accounts for the year' }))
      .toBe('Motion 1 – Approve the\naccounts for the year\n5 for; 2 against\n');
  });

  it('adds a count on a line of its own where the file prints a count to a line, and keeps a percentage with its count', () => {
    expect(only('Motion 1 – X\nFor: 38\nAgainst: 12\n', { abstain: 1 })).toBe('Motion 1 – X\nFor: 38\nAgainst: 12\nAbstentions: 1\n');
    expect(only('Motion 1 – X\nFor: 1,203 (97.5%)  Against: 31 (2.5%)\n', { abstain: 4 })).toBe('Motion 1 – X\nFor: 1,203 (97.5%)  Against: 31 (2.5%)  Abstentions: 4\n');
  });

  it('keeps the label printed at the head of a quoted text cell', () => {
    expect(only('Motion,For,Against,Result\n"11* Disapply rule 4, in part",120,30,Carried\n', { text: 'Disapply rule 5, in part' }))
      .toBe('Motion,For,Against,Result\n"11* Disapply rule 5, in part",120,30,Carried\n');
  });

  it('changes the result word the reader read, and adds a result below the tally, not below the text after it', () => {
    expect(only('Motion 1 – X\nFor: 2  Against: 10\nResult: Lost – the motion had been lost before\n', { statedResult: 'withdrawn' }))
      .toBe('Motion 1 – X\nFor: 2  Against: 10\nResult: Withdrawn – the motion had been lost before\n');
    expect(only('Motion 1 – Budget\nFor: 10  Against: 2\n\nThe chair thanked the treasurer.\n', { statedResult: 'carried' }))
      .toBe('Motion 1 – Budget\nFor: 10  Against: 2\nCarried\n\nThe chair thanked the treasurer.\n');
  });

  it('says so when the motion has gone', () => {
    expect(editMotion(text, parsed, 3, 0, { for: 1 })).toEqual({ ok: false, message: 'That motion is no longer in the text.' });
  });
});
