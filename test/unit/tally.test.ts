import { describe, expect, it } from 'vitest';
import { parseTally } from '../../shared/parse/tally';

describe('parseTally reads every style of tally line', () => {
  it.each([
    ['54 for; 2 abstained', { for: 54, abstain: 2 }, 'count-label'],
    ['47 for ; 4 against ; 5 abstained', { for: 47, against: 4, abstain: 5 }, 'count-label'],
    ['73 for', { for: 73 }, 'count-label'],
    ['For: 1,234,567 Against: 45,678 Abstentions: 12,000', { for: 1234567, against: 45678, abstain: 12000 }, 'label-colon'],
    ['Card vote – For: 318,402  Against: 61,975  Abstentions: 8,120', { for: 318402, against: 61975, abstain: 8120 }, 'label-colon'],
    ['Yes 120 / No 30 / Abstain 5', { for: 120, against: 30, abstain: 5 }, 'label-space'],
    ['Yes 158  /  No 6  /  Abstain 19', { for: 158, against: 6, abstain: 19 }, 'label-space'],
    ['Votes for 1,203 (97.5%) / Votes against 31 (2.5%) / Votes withheld 12', { for: 1203, against: 31, abstain: 12 }, 'label-space'],
    ['For – 54, Against – 2, Abstentions – 2', { for: 54, against: 2, abstain: 2 }, 'label-dash'],
    ['Yes 88 / No 77 / Abstain 16 / Invalid 2', { for: 88, against: 77, abstain: 16, invalid: 2 }, 'label-space'],
    ['In favour 40, opposed 3, spoilt ballots 1', { for: 40, against: 3, invalid: 1 }, 'label-space'],
    ['Ja: 40, Nein: 3, Enthaltungen: 2', { for: 40, against: 3, abstain: 2 }, 'label-colon'],
    ['1.234 Ja-Stimmen / 56 Nein-Stimmen', { for: 1234, against: 56 }, 'count-label'],
    ['Carried by 54 votes to 2 with 3 abstentions', { for: 54, against: 2, abstain: 3 }, 'count-label'],
  ])('%s', (line, counts, style) => {
    const tally = parseTally(line);
    expect(tally?.counts).toEqual(counts);
    expect(tally?.style).toBe(style);
    expect(tally?.problems).toEqual([]);
  });

  it.each([
    ['Yes 151 / No 22 / Abstain 10 – CARRIED', 'carried', 'CARRIED'],
    ['Yes 88 / No 77 / Abstain 16 / Invalid 2 – NOT CARRIED', 'lost', 'NOT CARRIED'],
    ['For – 22, Against – 33, Abstentions – 3   LOST', 'lost', 'LOST'],
    ['Ja 40 / Nein 3 – angenommen', 'carried', 'angenommen'],
  ])('reads the result word at the end of %s', (line, result, word) => {
    expect(parseTally(line)).toMatchObject({ result, resultText: word });
  });

  it.each([
    ['Yes 1O9 / No 58 / Abstain 16', 'for', '1O9', 109],
    ['For – 5O, Against – 5, Abstentions – 3', 'for', '5O', 50],
    ['Votes for 39,8O2,551 (93.70%) / Votes against 2,676,390 (6.30%)', 'for', '39,8O2,551', 39802551],
    ['12 for; l2 against', 'against', 'l2', 12],
  ])('reports a letter in a number and offers the likely value: %s', (line, key, raw, value) => {
    const tally = parseTally(line)!;
    expect(tally.problems).toEqual([{ kind: 'lookalike', key, raw, value }]);
    expect(tally.counts[key as 'for']).toBe(value);
  });

  it('reads a tally with a count that is no number at all, and reports that count', () => {
    const tally = parseTally('Yes 1S2 / No 3 / Abstain 4')!;
    expect(tally.counts).toEqual({ for: null, against: 3, abstain: 4 });
    expect(tally.problems).toEqual([{ kind: 'garbled', key: 'for', raw: '1S2', why: 'not-a-number' }]);
  });

  it('reads a tally with a misspelt label as a tally, and says which words it could not place', () => {
    const tally = parseTally('47 for; 5 againts; 4 abstained')!;
    expect(tally.counts).toEqual({ for: 47, abstain: 4 });
    expect(tally.problems).toEqual([{ kind: 'stray-words', words: ['againts'] }, { kind: 'ambiguous', text: '5' }]);
  });

  it('does not guess which count a lone number belongs to', () => {
    const tally = parseTally('for 12 against; 6 abstained')!;
    expect(tally.counts).toEqual({ against: null, abstain: 6 });
    expect(tally.problems).toEqual([{ kind: 'ambiguous', text: 'for 12 against' }]);
  });

  it('reads a stated total', () => {
    expect(parseTally('For 12, Against 3, Total 15')).toMatchObject({ counts: { for: 12, against: 3 }, total: 15 });
  });

  it.each([
    'Campaign for free movement and migrants\' rights',
    'Set a target of doubling the membership to 6,000 by the end of 2025.',
    'Vote for 3 candidates in the ballot',
    'Support the strike against pay cuts',
    'CARRIED',
    '2. Refound Momentum and put members in charge -',
    'Page 2 of 5',
    '',
  ])('does not take prose for a tally: %s', (line) => {
    expect(parseTally(line)).toBeNull();
  });
});
