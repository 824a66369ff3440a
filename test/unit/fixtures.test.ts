import { describe, expect, it } from 'vitest';
import { parse } from '../../shared/parse';
import { expectedFixtures, readExpected, readFixture } from '../support/fixtures';
import { unaccountedLines } from '../support/accounting';

describe.each(expectedFixtures)('%s', (name) => {
  const { text, encoding } = readFixture(name);
  const expected = readExpected(name);
  const parsed = parse(text);
  const { document } = parsed;

  it('is decoded with the right encoding and voter count', () => {
    expect(encoding).toBe(expected.encoding);
    expect(document.totalVoters).toBe(expected.totalVoters);
  });

  it('has the expected sections', () => {
    expect(document.sections.map((section) => [section.number, section.title])).toEqual(
      expected.sections.map((section) => [section.number, section.title]),
    );
  });

  it('reads every motion: number, text, counts and stated result', () => {
    const actual = document.sections.map((section) =>
      section.motions.map((motion) => ({
        number: motion.number,
        textStart: motion.text.slice(0, 40),
        for: motion.for,
        against: motion.against,
        abstain: motion.abstain,
        invalid: motion.invalid,
        statedResult: motion.statedResult,
      })),
    );
    expect(actual).toEqual(expected.sections.map((section) => section.motions));
  });

  it.each(expected.mustFlag)('flags line $line ($why)', ({ line }) => {
    expect(parsed.diagnostics.filter((diagnostic) => diagnostic.line === line)).not.toEqual([]);
  });

  it('loses no line', () => {
    expect(unaccountedLines(text, parsed)).toEqual([]);
  });
});
