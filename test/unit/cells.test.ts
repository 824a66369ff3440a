import { describe, expect, it } from 'vitest';
import { cellChange } from '../../renderer/editor/cells';

describe('cellChange', () => {
  it.each([
    ['for', '68', { for: 68 }],
    ['against', ' 1,234 ', { against: 1234 }],
    ['abstain', '318 402', { abstain: 318402 }],
    ['invalid', '', { invalid: null }],
    ['text', '  Fund the hardship scheme ', { text: 'Fund the hardship scheme' }],
    ['number', '3a', { number: '3a' }],
  ] as const)('takes %s = %j', (column, value, change) => {
    expect(cellChange(column, value)).toEqual(change);
  });
  it.each([
    ['for', '12a'],
    ['for', '-3'],
    ['against', '1.5e3x'],
    ['abstain', 'lots'],
    ['for', '1234567890123'],
    ['number', '   '],
  ] as const)('refuses %s = %j with a sentence', (column, value) => {
    expect(typeof cellChange(column, value)).toBe('string');
  });
});
