import { describe, expect, it } from 'vitest';
import { editMotion } from '../../shared/edits';
import { parse } from '../../shared/parse';
import { fixtureFiles, readFixture, styleFiles } from '../support/fixtures';

describe.each([...fixtureFiles, ...styleFiles])('a count changed in the table of %s', (name) => {
  it('is written into the text in the motion’s own style, and reads back with only that count changed', () => {
    const { text } = readFixture(name);
    const parsed = parse(text);
    let tried = 0;
    let kept = 0;
    parsed.document.sections.forEach((section, sectionIndex) =>
      section.motions.forEach((motion, motionIndex) => {
        if (motion.for === null) return;
        tried += 1;
        const outcome = editMotion(text, parsed, sectionIndex, motionIndex, { for: motion.for + 7 });
        if (!outcome.ok) return;
        kept += 1;
        const reread = parse(outcome.text).document;
        expect(reread.sections[sectionIndex]!.motions[motionIndex]!.for).toBe(motion.for + 7);
        const lines = text.split('\n');
        // Only the motion's own lines are rewritten.
        expect(outcome.text.split('\n').slice(0, outcome.edit.fromLine - 1)).toEqual(lines.slice(0, outcome.edit.fromLine - 1));
      }),
    );
    // In the six sample files and the seed, every one; the harder styles are counted together below.
    if (fixtureFiles.includes(name)) expect(kept).toBe(tried);
  });
});

it('keeps nine in ten table edits across the harder styles, where the writer cannot always keep the file’s reading', () => {
  let tried = 0;
  let kept = 0;
  for (const name of styleFiles) {
    const { text } = readFixture(name);
    const parsed = parse(text);
    parsed.document.sections.forEach((section, sectionIndex) =>
      section.motions.forEach((motion, motionIndex) => {
        tried += 1;
        if (editMotion(text, parsed, sectionIndex, motionIndex, { for: (motion.for ?? 0) + 7 }).ok) kept += 1;
      }),
    );
  }
  expect(kept / tried).toBeGreaterThanOrEqual(0.9);
});

describe('editMotion', () => {
  const text = 'Results\n\n56 people voted.\n\n1. Fund the hardship scheme\n50 for; 4 against; 2 abstained\n2. Hold the AGM online\n30 for; 20 against; 6 abstained\n';
  const parsed = parse(text);
  it('rewrites a motion’s text and counts in the file’s style', () => {
    const outcome = editMotion(text, parsed, 0, 1, { text: 'Hold the AGM in person', for: 31, against: 19 });
    expect(outcome).toEqual({
      ok: true,
      edit: { fromLine: 7, toLine: 8, lines: ['2. Hold the AGM in person', '31 for; 19 against; 6 abstained'] },
      text: text.replace('2. Hold the AGM online\n30 for; 20 against', '2. Hold the AGM in person\n31 for; 19 against'),
    });
  });
  it('joins the lines of a new text, as the table shows it', () => {
    const outcome = editMotion(text, parsed, 0, 0, { text: 'Fund it\nand soon' });
    expect(outcome.ok && outcome.edit.lines[0]).toBe('1. Fund it and soon');
  });
  it('refuses an edit that would change how the rest of the file reads', () => {
    // In an e-mail's quoted text, one motion cannot be written back without the quoting that keeps the next one apart.
    const { text: quoted } = readFixture('styles/f07_email_quoted.txt');
    const parsedQuoted = parse(quoted);
    const outcomes = parsedQuoted.document.sections[0]!.motions.map((motion, index) => editMotion(quoted, parsedQuoted, 0, index, { for: (motion.for ?? 0) + 7 }));
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([{ ok: false, message: expect.stringMatching(/^Motion \S+ cannot be changed that way from the table .* make the change in the source text\.$/) }]);
  });
  it('says so when the motion has gone', () => {
    expect(editMotion(text, parsed, 3, 0, { for: 1 })).toEqual({ ok: false, message: 'That motion is no longer in the text.' });
  });
});
