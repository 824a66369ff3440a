import { describe, expect, it } from 'vitest';
import { csvField } from '../../shared/report/csv';
import { formatCount, formatDate, formatPercent } from '../../shared/report/format';
import { imageSize } from '../../shared/report/image';
import { IsoDate } from '../../shared/report/model';
import { encodePng } from '../../shared/report/png';

describe('formatPercent', () => {
  it.each([
    [2, 3, 1, '66.7%'],
    [1, 3, 2, '33.33%'],
    [1, 8, 2, '12.50%'],
    [1, 8, 1, '12.5%'], // 12.5 exactly: no rounding needed
    [1, 16, 1, '6.3%'], // 6.25 rounds half up
    [1, 200, 0, '1%'], // 0.5 rounds half up
    [199, 200, 0, '100%'], // 99.5 rounds up to 100
    [0, 5, 1, '0.0%'],
    [5, 5, 0, '100%'],
    [1005, 100000, 2, '1.01%'], // 1.005, where floating point gives 1.00
    [318402, 380377, 1, '83.7%'],
  ])('%i of %i at %i decimals is %s', (votes, of, decimals, expected) => {
    expect(formatPercent(votes, of, decimals)).toBe(expected);
  });
});

describe('formatCount', () => {
  it.each([
    [null, '–'],
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [318402, '318,402'],
    [1234567, '1,234,567'],
  ])('%s is written %s', (count, expected) => {
    expect(formatCount(count)).toBe(expected);
  });
});

describe('dates', () => {
  it('are written out the same whatever the locale', () => {
    expect(formatDate('2024-03-14')).toBe('14 March 2024');
    expect(formatDate('2026-12-01')).toBe('1 December 2026');
  });
  it.each(['2024-02-30', '2024-13-01', '14/03/2024', '2024-3-14', '', '2024-03-14T10:00', '0000-01-01', '3024-01-01'])('refuses %j as a meeting date', (text) => {
    expect(IsoDate.safeParse(text).success).toBe(false);
  });
  it('accepts a leap day', () => {
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
  });
});

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['', ''],
    [null, ''],
    [42, '42'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['-2+3 motion', "'-2+3 motion"],
    ['+44 phone', "'+44 phone"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['mid-word - dash', 'mid-word - dash'],
  ])('%j becomes %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('imageSize', () => {
  // A real 3 x 2 PNG, and a JPEG with an APP0 segment before its SOF0 frame: the sizes are in the bytes, not guessed.
  const png = encodePng(3, 2, () => [0, 0, 0]);
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 120, 0, 160, 3, 1, 0x22, 0, 0, 0, 0, 0xff, 0xd9]);
  const withHeight = (height: number) => Uint8Array.from([...png.slice(0, 20), 0, 0, 0, height, ...png.slice(24)]);
  it('reads a PNG and a JPEG', () => {
    expect(imageSize(png, 'image/png')).toEqual({ width: 3, height: 2 });
    expect(imageSize(jpeg, 'image/jpeg')).toEqual({ width: 160, height: 120 });
  });
  it.each([
    ['a JPEG called a PNG', jpeg, 'image/png'],
    ['a PNG called a JPEG', png, 'image/jpeg'],
    ['a PNG cut short after its header', png.slice(0, 40), 'image/png'],
    ['a JPEG cut short', jpeg.slice(0, 20), 'image/jpeg'],
    ['a JPEG without a frame', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xd9]), 'image/jpeg'],
    ['a PNG with no height', withHeight(0), 'image/png'],
    ['nothing', new Uint8Array(), 'image/png'],
  ] as const)('refuses %s', (_what, bytes, mediaType) => {
    expect(imageSize(bytes, mediaType)).toBeNull();
  });
});
