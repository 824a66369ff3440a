import { describe, expect, it } from 'vitest';
import { acceptWarning, sortProblems } from '../../shared/accepted';
import { AcceptedWarning, freshState } from '../../shared/document-file';
import { parse } from '../../shared/parse';
import { reportOfState } from '../../shared/report/from-state';
import { readFixture } from '../support/fixtures';

const { text } = readFixture('a03_harbourline_agm_utf8bom.txt');
const parsed = parse(text);
const warning = parsed.diagnostics.find((diagnostic) => diagnostic.code === 'result-contradicts-counts')!;
const error = parsed.diagnostics.find((diagnostic) => diagnostic.severity === 'error')!;
const reason = 'The chair declared it an ordinary resolution at the meeting.';

function accepted() {
  const acceptance = acceptWarning(text, parsed, warning, `  ${reason}  `);
  if (typeof acceptance === 'string') throw new Error(acceptance);
  return acceptance;
}

describe('accepting a warning', () => {
  it('moves it out of the open problems, with its reason, and is a valid part of a saved document', () => {
    const acceptance = accepted();
    expect(AcceptedWarning.parse(acceptance)).toEqual(acceptance);
    expect(acceptance.reason).toBe(reason);
    const problems = sortProblems(text, parsed, [acceptance]);
    expect(problems.open).toEqual(parsed.diagnostics.filter((diagnostic) => diagnostic !== warning));
    expect(problems.accepted).toEqual([{ diagnostic: warning, acceptance }]);
  });

  it('lapses when the lines of that motion change, and holds again when the change is undone', () => {
    const acceptance = accepted();
    const changed = text.replace('over a further 10%', 'over a further 5%');
    expect(changed).not.toBe(text);
    expect(sortProblems(changed, parse(changed), [acceptance]).open.map((diagnostic) => diagnostic.code)).toContain('result-contradicts-counts');
    expect(sortProblems(text, parsed, [acceptance]).accepted).toHaveLength(1);
  });

  it('holds when another motion changes', () => {
    const acceptance = accepted();
    const changed = text.replace('39,8O2,551', '39,802,551');
    const problems = sortProblems(changed, parse(changed), [acceptance]);
    expect(problems.open).toEqual([]);
    expect(problems.accepted).toHaveLength(1);
  });

  it.each([
    ['an error', () => acceptWarning(text, parsed, error, reason), 'Only a warning can be accepted; an error has to be put right.'],
    ['an empty reason', () => acceptWarning(text, parsed, warning, ''), 'Say why the warning can stand: the reason is kept with the document.'],
    ['a reason of spaces', () => acceptWarning(text, parsed, warning, ' \t '), 'Say why the warning can stand: the reason is kept with the document.'],
  ])('is refused for %s, with a message', (_, attempt, message) => {
    expect(attempt()).toBe(message);
  });

  it('never covers an error, even with a matching acceptance', () => {
    const forged = { ...accepted(), code: error.code };
    expect(sortProblems(text, parsed, [forged]).open).toContain(error);
  });

  it('covers a warning outside any motion by that line alone', () => {
    const stray = 'A note that belongs to no motion';
    const withStray = text.replace(/\n$/, '') + `\n\n${stray}\n`;
    const strayParsed = parse(withStray);
    const note = { code: 'line-not-understood' as const, severity: 'warning' as const, line: withStray.split('\n').indexOf(stray) + 1, message: '' };
    const acceptance = acceptWarning(withStray, { ...strayParsed, diagnostics: [...strayParsed.diagnostics, note] }, note, 'It is the scrutineer’s note.');
    if (typeof acceptance === 'string') throw new Error(acceptance);
    expect(acceptance.motion).toBeNull();
    expect(sortProblems(withStray, { ...strayParsed, diagnostics: [note] }, [acceptance]).open).toEqual([]);
    // A change to that line lapses it.
    const reworded = withStray.replace(stray, `${stray}, reworded`);
    expect(sortProblems(reworded, { ...parse(reworded), diagnostics: [note] }, [acceptance]).open).toEqual([note]);
  });
});

describe('an accepted warning in the report', () => {
  it('prints the reason against the motion, and the row is no longer marked as a conflict', async () => {
    const fixed = text.replace('39,8O2,551', '39,802,551');
    const acceptance = acceptWarning(fixed, parse(fixed), warning, reason);
    if (typeof acceptance === 'string') throw new Error(acceptance);
    const rowsOf = async (accepted: AcceptedWarning[]) => (await reportOfState({ ...freshState(fixed), accepted }, '2026-11-30')).sections.flatMap((section) => section.rows);
    const before = (await rowsOf([])).find((row) => row.number === '13')!;
    const after = (await rowsOf([acceptance])).find((row) => row.number === '13')!;
    expect(before.remark).toEqual({ text: expect.stringMatching(/^The file declares it carried, but under a three-quarters majority the counts give lost\.$/), conflict: true });
    expect(after.remark).toEqual({ text: `${before.remark!.text} Accepted: ${reason}`, conflict: false });
  });
});

describe('an acceptance and the lines it covers', () => {
  const acceptAll = (source: string, code: string, why: string) => {
    const parsed = parse(source);
    const problem = parsed.diagnostics.find((diagnostic) => diagnostic.code === code)!;
    expect(problem, code).toBeDefined();
    const acceptance = acceptWarning(source, parsed, problem, why);
    if (typeof acceptance === 'string') throw new Error(acceptance);
    return acceptance;
  };

  it('lapses when the counts of a motion whose result is printed after its amendments change', () => {
    const source = ['Motion 3 – Fund the hardship scheme', 'For: 10  Against: 20', '', 'Amendment 3a to Motion 3 – Insert “from reserves”', 'For: 30  Against: 1', 'CARRIED', '', 'Motion 3 as amended – CARRIED', ''].join('\n');
    const acceptance = acceptAll(source, 'result-contradicts-counts', 'The chair ruled the amendment made it a new motion.');
    expect(sortProblems(source, parse(source), [acceptance]).open).toEqual([]);
    const changed = source.replace('For: 10', 'For: 11');
    expect(sortProblems(changed, parse(changed), [acceptance]).open.map((diagnostic) => diagnostic.code)).toEqual(['result-contradicts-counts']);
  });

  it('settles the report’s conflict only when the warning accepted is that conflict', async () => {
    const source = ['Motion 1 – Buy a banner', 'For: 10  Against: 2', 'CARRIED', '', 'Motion 1 – Hire a hall', 'For: 3  Against: 9', 'CARRIED', ''].join('\n');
    const numbering = acceptAll(source, 'repeated-number', 'Numbered as on the order paper.');
    const conflict = acceptAll(source, 'result-contradicts-counts', 'Carried on a recount the file does not show.');
    const secondRow = async (accepted: AcceptedWarning[]) => (await reportOfState({ ...freshState(source), accepted }, '2026-11-30')).sections[0]!.rows[1]!;
    expect((await secondRow([numbering])).remark).toEqual({ text: expect.stringMatching(/counts give lost\. Accepted: Numbered as on the order paper\.$/), conflict: true });
    expect((await secondRow([numbering, conflict])).remark).toEqual({
      text: expect.stringMatching(/Accepted: Numbered as on the order paper\.; Carried on a recount the file does not show\.$/),
      conflict: false,
    });
  });
});
