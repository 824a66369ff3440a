import { describe, expect, it } from 'vitest';
import { parse } from '../../shared/parse';
import { readFixture } from '../support/fixtures';

describe('the seed file the project began with', () => {
  const { text } = readFixture('seed_results_of_voting.txt');
  const { document, diagnostics } = parse(text);
  const motions = document.sections.flatMap((section) => section.motions);

  it('has 5 sections, 76 motions and 56 voters, and no errors', () => {
    expect(document.sections).toHaveLength(5);
    expect(motions).toHaveLength(76);
    expect(document.totalVoters).toBe(56);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it('reads every tally exactly, in order', () => {
    // An independent reading: every line of the form "N for; N against; N abstained" in the file, in order.
    const tallies = text
      .split('\n')
      .filter((line) => /^\d+ for\b/.test(line))
      .map((line) => ({
        for: Number(/(\d+) for/.exec(line)![1]),
        against: /(\d+) against/.test(line) ? Number(/(\d+) against/.exec(line)![1]) : null,
        abstain: /(\d+) abstained/.test(line) ? Number(/(\d+) abstained/.exec(line)![1]) : null,
      }));
    expect(tallies).toHaveLength(76);
    expect(motions.map((motion) => ({ for: motion.for, against: motion.against, abstain: motion.abstain }))).toEqual(tallies);
  });

  it('joins motion text continued after a blank line', () => {
    const motion = document.sections[2]!.motions[3]!;
    expect(motion.text).toContain('to develop members\' skills as organisers');
  });

  it('numbers motions from 1 in each section', () => {
    for (const section of document.sections) expect(section.motions[0]!.number).toBe('1');
    expect(document.sections.map((section) => section.title)).toEqual([
      'Unite the socialist left and transform the Labour party',
      'Refound Momentum and put members in charge',
      'Turn members into organisers to build power in our communities and workplaces',
      'Hand power to local groups, nations and regions',
      'Campaign for a just, green, post-Coronavirus deal',
    ]);
  });
});
