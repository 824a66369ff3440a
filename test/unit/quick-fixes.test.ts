import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../shared/model';
import { parse } from '../../shared/parse';
import { applyLineEdits, mergeRemovals, quickFixes } from '../../shared/quick-fixes';
import { readFixture } from '../support/fixtures';

const seed = readFixture('seed_results_of_voting.txt').text;
const seedLines = seed.split('\n');
const lineOf = (lines: string[], start: string) => {
  const index = lines.findIndex((line) => line.startsWith(start));
  if (index < 0) throw new Error(`no line starts “${start}”`);
  return index;
};

/** The motions as the report shows them: what a fix must bring back. */
const motionsOf = (parsed: ParseResult) =>
  parsed.document.sections.flatMap((section) => section.motions.map(({ number, text, for: votesFor, against, abstain }) => ({ section: section.title, number, text, votesFor, against, abstain })));

/** The damaged text, its problem at `line`, and the text and document after the first fix offered on it. */
function firstFix(text: string, line: number) {
  const parsed = parse(text);
  const problem = parsed.diagnostics.find((diagnostic) => diagnostic.line === line);
  expect(problem, `a problem on line ${line}`).toBeDefined();
  const fixes = quickFixes(text, parsed, problem!);
  expect(fixes.length, `a fix for “${problem!.message}”`).toBeGreaterThan(0);
  const fixed = applyLineEdits(text, fixes[0]!.edits);
  return { title: fixes[0]!.title, titles: fixes.map((fix) => fix.title), fixed, after: parse(fixed) };
}

describe('the first quick fix offered puts a damaged file right', () => {
  it('takes the suggested number for a letter O typed for a zero', () => {
    const { text } = readFixture('a03_harbourline_agm_utf8bom.txt');
    const { title, after } = firstFix(text, 31);
    expect(title).toBe('Use “39,802,551” for “39,8O2,551”');
    expect(after.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(after.document.sections[0]!.motions.some((motion) => motion.for === 39_802_551)).toBe(true);
  });

  it('renumbers a motion number used twice to the number it presumably is', () => {
    const { text } = readFixture('a02_transport_union_conference_cp1252.txt');
    const { title, after } = firstFix(text, 97);
    expect(title).toBe('Use “15” for “14”');
    expect(after.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('repeated-number');
    expect(motionsOf(after).map((motion) => motion.number)).toContain('15');
  });

  it('removes a running header, every copy of it, as page furniture', () => {
    const header = 'Momentum NCG ballot – results (continued)';
    const lines = [...seedLines];
    lines.splice(lineOf(lines, '3. Work across'), 0, header);
    lines.splice(lineOf(lines, '15. Campaign'), 0, header);
    const damaged = lines.join('\n');
    expect(parse(damaged).diagnostics.length).toBe(2);
    const { title, fixed, after } = firstFix(damaged, lineOf(lines, header) + 1);
    expect(title).toBe(`Remove “${header}” and the 1 other line like it as page furniture`);
    expect(fixed).toBe(seed);
    expect(after.diagnostics).toEqual([]);
  });

  /** The seed with the end of one motion's text moved below its tally, as a page break in a PDF leaves it. */
  function tailBelowTally(start: string, cutAfter: string, hyphen = ''): { damaged: string; at: number } {
    const lines = [...seedLines];
    const at = lineOf(lines, start);
    const whole = lines[at]!;
    const cut = whole.indexOf(cutAfter) + cutAfter.length;
    lines.splice(at, 2, `${whole.slice(0, cut).trimEnd()}${hyphen}`, lines[at + 1]!, whole.slice(cut).trimStart());
    return { damaged: lines.join('\n'), at: at + 3 };
  }

  it('joins the end of a motion that a page break left below its tally back to its text', () => {
    const { damaged, at } = tailBelowTally('2. Democratise', 'meaningful representation');
    const { title, fixed, after } = firstFix(damaged, at);
    expect(title).toBe('Join line 13 to the text of Motion 2');
    expect(fixed).toBe(seed);
    expect(after.diagnostics).toEqual([]);
  });

  it('mends a word a line break hyphenated when it joins the lines', () => {
    const { damaged, at } = tailBelowTally('1. Campaign to democratise', 'to revi', '-');
    const { fixed, after } = firstFix(damaged, at);
    expect(fixed).toBe(seed);
    expect(after.diagnostics).toEqual([]);
  });

  it('splits a motion heading that a copy ran onto the tally line above', () => {
    const lines = [...seedLines];
    const at = lineOf(lines, '3. Work across');
    lines.splice(at - 1, 2, `${lines[at - 1]} ${lines[at]}`);
    const damaged = lines.join('\n');
    const { title, fixed, after } = firstFix(damaged, parse(damaged).diagnostics[0]!.line);
    expect(title).toBe('Split line 12 before “3. Work across the left…”');
    expect(fixed).toBe(seed);
    expect(after.diagnostics).toEqual([]);
  });

  it('splits two keyword-headed motions run into one line', () => {
    const { text } = readFixture('a02_transport_union_conference_cp1252.txt');
    const lines = text.split('\n');
    const at = lineOf(lines, 'Motion 5 –');
    const damaged = [...lines.slice(0, at - 1), `${lines[at - 2]}  ${lines[at]}`, ...lines.slice(at + 1)];
    const problem = parse(damaged.join('\n')).diagnostics.find((diagnostic) => diagnostic.code === 'skipped-number')!;
    const { after } = firstFix(damaged.join('\n'), problem.line);
    expect(motionsOf(after)).toEqual(motionsOf(parse(text)));
  });

  it('makes a section title misread as a motion a section heading again, in the file’s own style', () => {
    const damaged = seed.replace('1. Unite the socialist left and transform the Labour party -', '1. Unite the socialist left and transform the Labour party.');
    const { title, after } = firstFix(damaged, 7);
    expect(title).toBe('Make line 7 a section heading: “1. Unite the socialist left and transform the L…”');
    expect(after.diagnostics).toEqual([]);
    expect(motionsOf(after)).toEqual(motionsOf(parse(seed)));
  });

  it('reads a section heading that a full stop kept from being one, and writes it without', () => {
    const { text } = readFixture('a02_transport_union_conference_cp1252.txt');
    const damaged = text.replace('Section 2 – Health, safety and equality', 'Section 2 – Health, safety and equality.');
    const line = damaged.split('\n').indexOf('Section 2 – Health, safety and equality.') + 1;
    const { title, fixed, after } = firstFix(damaged, line);
    expect(title).toBe(`Make line ${line} a section heading: “Section 2 – Health, safety and equality”`);
    expect(fixed).toBe(text);
    expect(after.document.sections.map((section) => section.title)).toEqual(parse(text).document.sections.map((section) => section.title));
  });

  it('offers no section heading for a wrapped line that starts in lower case, but joins it', () => {
    const lines = [...seedLines];
    const at = lineOf(lines, '2. Democratise');
    const whole = lines[at]!;
    const cut = whole.indexOf(' local communities');
    lines.splice(at, 1, whole.slice(0, cut), `12. ${whole.slice(cut + 1)}`);
    const { titles } = firstFix(lines.join('\n'), at + 2);
    expect(titles[0]).toBe(`Join line ${at + 2} to the text of Motion 2`);
    expect(titles.some((title) => title.includes('section heading'))).toBe(false);
  });
});

describe('quick fixes are offered only where they help', () => {
  it('offers nothing that would leave as many problems, on any problem of the sample files', () => {
    for (const name of ['a01_renters_network_ballot.txt', 'a04_students_union_council_utf16.txt', 'a05_food_coop_ballot_yes_no.txt', 'a06_green_left_conference_pdf.txt']) {
      const { text } = readFixture(name);
      const parsed = parse(text);
      for (const problem of parsed.diagnostics) {
        for (const fix of quickFixes(text, parsed, problem)) {
          expect(parse(applyLineEdits(text, fix.edits)).diagnostics.length, `${name}: ${fix.title}`).toBeLessThan(parsed.diagnostics.length);
        }
      }
    }
  });

  it.each([
    ['a line past the end of the text', 999],
    ['the first line', 1],
  ])('offers nothing on %s when it has no problem', (_, line) => {
    const parsed = parse(seed);
    expect(quickFixes(seed, parsed, { code: 'line-not-understood', severity: 'warning', line, message: '' })).toEqual([]);
  });

  it('does not offer a suggestion whose text is no longer on the line', () => {
    const parsed = parse(seed);
    expect(quickFixes(seed, parsed, { code: 'unreadable-number', severity: 'error', line: 10, message: '', suggestion: { find: '5O', replace: '50' } })).toEqual([]);
  });
});

describe('applyLineEdits', () => {
  it.each([
    ['replaces a line', [{ fromLine: 2, toLine: 2, lines: ['B'] }], 'a\nB\nc'],
    ['removes a line', [{ fromLine: 2, toLine: 2, lines: [] }], 'a\nc'],
    ['joins two lines', [{ fromLine: 1, toLine: 2, lines: ['a b'] }], 'a b\nc'],
    ['splits a line', [{ fromLine: 3, toLine: 3, lines: ['c', 'd'] }], 'a\nb\nc\nd'],
    ['makes several edits, counted in the lines as they were', [{ fromLine: 1, toLine: 1, lines: [] }, { fromLine: 3, toLine: 3, lines: ['C'] }], 'b\nC'],
  ])('%s', (_, edits, expected) => {
    expect(applyLineEdits('a\nb\nc', edits)).toBe(expected);
  });

  it.each([
    ['line 0', { fromLine: 0, toLine: 0, lines: [] }],
    ['a line past the end', { fromLine: 4, toLine: 4, lines: ['d'] }],
    ['a range the wrong way round', { fromLine: 3, toLine: 2, lines: [] }],
  ])('refuses %s: a fix for lines that are not there is a bug', (_, edit) => {
    expect(() => applyLineEdits('a\nb\nc', [edit])).toThrow(RangeError);
  });

  it('makes removals of neighbouring lines one, so that an editor can apply them together', () => {
    expect(mergeRemovals([{ fromLine: 3, toLine: 3, lines: [] }, { fromLine: 2, toLine: 2, lines: [] }, { fromLine: 5, toLine: 5, lines: [] }])).toEqual([
      { fromLine: 2, toLine: 3, lines: [] },
      { fromLine: 5, toLine: 5, lines: [] },
    ]);
  });
});

describe('which fix comes first where two leave as few problems', () => {
  it('puts removing a running header before joining it to a motion', () => {
    const header = 'Momentum NCG ballot – results (continued)';
    const lines = [...seedLines];
    lines.splice(lineOf(lines, '3. Work across'), 0, header);
    const damaged = lines.join('\n');
    expect(firstFix(damaged, lineOf(lines, header) + 1).title).toBe(`Remove “${header}” as page furniture`);
  });
});
