import { describe, expect, it } from 'vitest';
import { parse, type LineReadings } from '../../shared/parse';
import { generateResults } from '../support/generate';
import { fixtureFiles, readFixture, styleFiles } from '../support/fixtures';

describe.each([...fixtureFiles, ...styleFiles])('%s read again with the readings kept from before', (name) => {
  it('reads exactly as a fresh reading, before and after an edit', () => {
    const { text } = readFixture(name);
    const readings: LineReadings = new Map();
    expect(parse(text, undefined, readings)).toEqual(parse(text));
    expect(parse(text, undefined, readings)).toEqual(parse(text));
    // Every count one higher: the edited lines are read afresh, the others come from before.
    const edited = text.replace(/\d+/g, (digits) => String(Number(digits) + 1));
    expect(parse(edited, undefined, readings)).toEqual(parse(edited));
    expect(parse(text, undefined, readings)).toEqual(parse(text));
  });
});

it('shares one reading among the many lines that read the same, and no line changes another through it', () => {
  const { text } = generateResults(1_000);
  const readings: LineReadings = new Map();
  const first = parse(text, undefined, readings);
  expect(readings.size).toBeLessThan(text.split('\n').length);
  expect(parse(text, undefined, readings)).toEqual(first);
  expect(first).toEqual(parse(text));
});
