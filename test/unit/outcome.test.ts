import { describe, expect, it } from 'vitest';
import { computeResult, motionKey, reportedResult, ruleFor, shareFor } from '../../shared/outcome';
import { parse } from '../../shared/parse';
import { readFixture } from '../support/fixtures';
import { defaultSettings, type MajorityRule, type Motion } from '../../shared/model';

const votes = (votesFor: number | null, against: number | null, abstain: number | null = null) =>
  ({ for: votesFor, against, abstain, invalid: null, statedResult: null }) as Motion;

describe('computeResult', () => {
  it.each<[MajorityRule, number | null, number | null, number | null, string | null]>([
    ['simple', 30, 29, null, 'carried'],
    ['simple', 30, 30, null, 'lost'], // a tie is not carried
    ['simple', 73, null, null, 'carried'], // no votes against printed
    ['simple', null, null, null, null],
    ['two-thirds', 20, 10, null, 'carried'], // exactly two thirds: >=
    ['two-thirds', 19, 10, null, 'lost'],
    ['two-thirds', 0, 0, null, 'lost'],
    ['three-quarters', 30, 10, null, 'carried'], // exactly three quarters: >=
    ['three-quarters', 30703214, 11702889, null, 'lost'], // 72.4%
    ['absolute', 29, 1, 56, 'carried'], // 29 is more than half of 56
    ['absolute', 28, 27, 57, 'lost'], // 28 is not more than half of 57
    ['absolute', 28, 0, 56, 'lost'], // exactly half is not a majority
    ['absolute', 40, 1, null, null], // no voter count: cannot decide
  ])('%s: %s for, %s against, %s voters → %s', (rule, votesFor, against, voters, expected) => {
    expect(computeResult(votes(votesFor, against), rule, voters)).toBe(expected);
  });
});

describe('shareFor', () => {
  const motion = votes(60, 20, 20);
  it.each([
    ['for-against', null, { votes: 60, of: 80 }],
    ['cast', null, { votes: 60, of: 100 }],
    ['voters', 120, { votes: 60, of: 120 }],
    ['voters', null, null],
  ] as const)('on %s (voters %s) is %j', (base, voters, expected) => {
    expect(shareFor(motion, base, voters)).toEqual(expected);
  });
  it('is null when nothing was counted', () => {
    expect(shareFor(votes(0, 0, 0), 'for-against', null)).toBeNull();
  });
});

describe('rules read from the file', () => {
  it('applies 75% to a special resolution and a section rule to rule amendments', () => {
    const { document } = parse(
      [
        'Resolution 1 – To adopt new articles (special resolution)',
        'Votes for 70 / Votes against 30',
        'Result: Passed',
        '',
        'Section 2 – Rules revision',
        '(A two-thirds majority is required for all rule amendments.)',
        '',
        'Rule Amendment R1 – Rule 4.2: a lay majority',
        'For: 65  Against: 35',
      ].join('\n'),
    );
    const [first, second] = document.sections;
    const special = first!.motions[0]!;
    const ruleAmendment = second!.motions[0]!;
    expect(ruleFor(document, first!, special, defaultSettings())).toEqual({ rule: 'three-quarters', source: 'motion' });
    expect(reportedResult(special, 'three-quarters', null)).toBe('lost');
    expect(ruleFor(document, second!, ruleAmendment, defaultSettings())).toEqual({ rule: 'two-thirds', source: 'section' });
    expect(reportedResult(ruleAmendment, 'two-thirds', null)).toBe('lost');
  });

  it('applies a preamble\'s rule for changes to the rules only to rule changes', () => {
    const { document } = parse(['Changes to the Rules require a two-thirds majority.', '', 'Proposal 1: Amend Rule 12 to add two seats', 'Yes 60 / No 40', '', 'Proposal 2: Open on Sundays', 'Yes 60 / No 40'].join('\n'));
    const section = document.sections[0]!;
    expect(section.motions.map((motion) => ruleFor(document, section, motion, defaultSettings()).rule)).toEqual(['two-thirds', 'simple']);
  });

  it('lets a setting override the rule of one motion', () => {
    const { document } = parse('1. Amend the standing orders\n40 for; 30 against\n');
    const section = document.sections[0]!;
    const motion = section.motions[0]!;
    expect(ruleFor(document, section, motion, defaultSettings()).rule).toBe('simple');
    const settings = { ...defaultSettings(), ruleOverrides: { '1#1': 'two-thirds' as const } };
    expect(ruleFor(document, section, motion, settings)).toEqual({ rule: 'two-thirds', source: 'setting' });
  });
});

describe('motionKey', () => {
  const keysOf = (text: string) => {
    const { document } = parse(text);
    return document.sections.flatMap((section) => section.motions.map((motion) => `${motion.text.slice(0, 12)}=${motionKey(document, motion)}`));
  };

  it('keeps every motion’s key when a section heading is added above it', () => {
    const { text } = readFixture('a01_renters_network_ballot.txt');
    const split = text.replace('6. Hold a national day', '1b. A section that splits the first -\n\n6. Hold a national day');
    expect(parse(split).document.sections.length).toBe(parse(text).document.sections.length + 1);
    expect(keysOf(split)).toEqual(keysOf(text));
  });

  it('gives a number used twice two keys', () => {
    const keys = keysOf(readFixture('a02_transport_union_conference_cp1252.txt').text);
    expect(new Set(keys.map((entry) => entry.split('=')[1])).size).toBe(keys.length);
    expect(keys.filter((entry) => /=14#/.test(entry)).map((entry) => entry.split('=')[1])).toEqual(['14#1', '14#2']);
  });
});
