import { describe, expect, it } from 'vitest';
import { parse } from '../../shared/parse';
import { joinLines } from '../../shared/parse/text';
import { oneLongMotion, proseAroundOneMotion } from '../support/generate';

/**
 * The reader's worst days, at the sizes that used to break it: 130,000 lines of
 * prose outside any motion overflowed the stack, and a motion of 150,000 lines
 * never finished. How long they take is measured in `npm run bench`
 * (parse-prose, parse-long-motion); here, that they are read whole.
 */
describe('the reader at its limits', () => {
  it('keeps 150,000 lines of prose around one motion, every one in its place', () => {
    const { text } = proseAroundOneMotion(150_000);
    const { document } = parse(text);
    const motions = document.sections.flatMap((section) => section.motions);
    expect(motions).toHaveLength(1);
    expect(motions[0]).toMatchObject({ number: '1', for: 40, against: 2, abstain: 1 });
    const lines = text.split('\n');
    // The title, then the prose above the motion as its preamble, and the prose below as text after it.
    expect(document.preamble).toHaveLength(75_000);
    expect(document.preamble[0]).toEqual({ line: 3, text: lines[2] });
    const after = [...motions[0]!.trailing, ...document.closing];
    expect(after).toHaveLength(75_000);
    expect(after.at(-1)).toEqual({ line: lines.length - 1, text: lines.at(-2) });
  });

  it('reads a motion of 150,000 lines as one text, every line in it', () => {
    const { text } = oneLongMotion(150_000);
    const [motion] = parse(text).document.sections.flatMap((section) => section.motions);
    const body = text.split('\n').slice(3, -2);
    expect(motion!.text).toBe(`The policy platform ${body.join(' ')}`);
    expect(motion).toMatchObject({ for: 40, against: 2, abstain: 1, lines: [3, 150_004] });
  });

  it('joins a word broken at the end of a line wherever it falls in a long text', () => {
    const long = Array.from({ length: 1_000 }, (_, index) => `line ${index} of the text`);
    expect(joinLines([...long, 'the compan-', 'ies and the self-', 'employed'])).toBe(`${long.join(' ')} the companies and the self-employed`);
  });
});
