import { describe, expect, it } from 'vitest';
import { parse } from '../../shared/parse';
import { readNumber } from '../../shared/parse/number';

const problemsOf = (text: string) => parse(text).diagnostics.map(({ line, code, severity, message }) => ({ line, code, severity, message }));
const motionsOf = (text: string) => parse(text).document.sections.flatMap((section) => section.motions);

describe('counts are exact integers, and only counts', () => {
  it('reads a count of up to 2^53 − 1 exactly, and refuses a larger one by name rather than round it', () => {
    expect(readNumber('9,007,199,254,740,991')).toEqual({ kind: 'exact', value: Number.MAX_SAFE_INTEGER });
    expect(readNumber('9007199254740993')).toEqual({ kind: 'unreadable', why: 'too-large' });
    const text = 'Motion 1 – Share buy-back\n123456789012345678901234567890 for; 2 against\n';
    expect(motionsOf(text)[0]).toMatchObject({ for: null, against: 2 });
    expect(problemsOf(text)).toContainEqual({
      line: 2, code: 'unreadable-number', severity: 'error',
      message: 'The for count “123456789012345678901234567890” is larger than any count of votes Tally Desk can add up exactly (9,007,199,254,740,991). Check the figure.',
    });
  });

  it('refuses a number of voters too large to count exactly by name, and keeps its line', () => {
    const text = 'Annual meeting\n\nDelegates voting: 99999999999999999999\n\nMotion 1 – Pay\nFor 10, Against 2\n';
    const { document } = parse(text);
    expect(document.totalVoters).toBeNull();
    expect(document.preamble).toEqual([{ line: 3, text: 'Delegates voting: 99999999999999999999' }]);
    expect(problemsOf(text)).toContainEqual({
      line: 3, code: 'unreadable-number', severity: 'error',
      message: 'The number of voters “99999999999999999999” is larger than any count Tally Desk can add up exactly (9,007,199,254,740,991). Check the figure.',
    });
  });

  it.each([
    ['a hyphen', '54 for; -20 against; 3 abstained', '-20'],
    ['a minus sign (U+2212)', 'For: 54  Against: −20  Abstentions: 3', '−20'],
  ])('refuses a count with %s before it as below nought, and names it', (_sign, tally, raw) => {
    const text = `Motion 1 – Pay\n${tally}\n`;
    expect(motionsOf(text)[0]).toMatchObject({ for: 54, against: null, abstain: 3 });
    expect(problemsOf(text)).toContainEqual({
      line: 2, code: 'negative-count', severity: 'error',
      message: `The against count “${raw}” has a minus sign: no count of votes is below nought. Check the figure and remove the sign.`,
    });
  });

  it('refuses a negative count in a table cell', () => {
    const text = 'No.\tMotion\tFor\tAgainst\tAbstain\n1\tFree bus travel\t38\t-2\t1\n';
    expect(motionsOf(text)[0]).toMatchObject({ for: 38, against: null, abstain: 1 });
    expect(problemsOf(text)).toContainEqual(expect.objectContaining({ line: 2, code: 'negative-count' }));
  });

  it('reads dashes between labels and counts, and years, as they are meant', () => {
    expect(motionsOf('Motion 1 – Pay\nFor – 54, Against – 2\n')[0]).toMatchObject({ for: 54, against: 2 });
    expect(motionsOf('Motion 1 – Budget 2023-24\n5 for; 2 against\n')[0]).toMatchObject({ text: 'Budget 2023-24', for: 5, against: 2 });
    expect(motionsOf('Motion 1 – Pay\nVote: 23–4–1. Carried.\n')[0]).toMatchObject({ for: 23, against: 4, abstain: 1 });
  });

  it('shows a character no one can see when it names one', () => {
    const messages = problemsOf('Motion 1 – Pay\n47 for; 5 \u0001 against; 4 abstained\n').map((problem) => problem.message);
    expect(messages.join('\n')).toContain('\\u0001');
  });
});
