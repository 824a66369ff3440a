import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/model';
import { parse } from '../../shared/parse';
import { buildReport } from '../../shared/report/build';
import { fingerprint } from '../../shared/report/fingerprint';
import { defaultReportOptions, Report, type ReportOptions } from '../../shared/report/model';
import { expectedFixtures, readExpected, readFixture } from '../support/fixtures';

async function reportOf(name: string, settings: Partial<Settings> = {}, options: Partial<ReportOptions> = {}): Promise<Report> {
  const { text } = readFixture(name);
  const fullSettings = { ...defaultSettings(), ...settings };
  return buildReport({
    parsed: parse(text, fullSettings),
    settings: fullSettings,
    options: { ...defaultReportOptions(), ...options },
    fingerprint: await fingerprint(text),
    made: '2026-11-30',
  });
}

const rowsOf = (report: Report) => report.sections.flatMap((section) => section.rows);

describe('the report of the seed', async () => {
  const report = await reportOf('seed_results_of_voting.txt');

  it('is a valid report with the seed’s sections, summary and voters', () => {
    expect(Report.parse(report)).toEqual(report);
    expect(report.title).toBe('Results of voting');
    expect(report.sections.map((section) => section.heading)).toEqual([
      '1. Unite the socialist left and transform the Labour party',
      '2. Refound Momentum and put members in charge',
      expect.stringMatching(/^3\. Turn members into organisers/),
      expect.stringMatching(/^4\. /),
      expect.stringMatching(/^5\. /),
    ]);
    expect(report.summary).toEqual({ motions: 76, carried: 69, lost: 7, remitted: 0, withdrawn: 0, withoutResult: 0 });
    expect(report.voters).toBe(56);
    expect(report.draft).toBeNull();
    expect(report.showInvalid).toBe(false);
  });

  it('states the rule and the base in words', () => {
    expect(report.footnotes).toEqual([
      'Simple majority: carried when the votes for are more than the votes against (for > against); abstentions are not counted.',
      'Percentages are of the votes for and against together. They are rounded to one decimal place.',
    ]);
  });

  it('is tied to its source by the first 16 hex digits of its SHA-256', () => {
    const { text } = readFixture('seed_results_of_voting.txt');
    expect(report.fingerprint).toBe(createHash('sha256').update(text).digest('hex').slice(0, 16));
    expect(report.made).toBe('30 November 2026');
  });

  it('computes each percentage from the counts', () => {
    const [first, second] = rowsOf(report);
    expect(first).toMatchObject({ number: '1', for: 54, against: null, abstain: 2, percentText: '100.0%', resultText: 'Carried', remark: null });
    expect(second).toMatchObject({ for: 49, against: 4, percentText: '92.5%' });
  });
});

describe.each(expectedFixtures)('the report of %s', async (name) => {
  const expected = readExpected(name);
  const report = await reportOf(name, {}, { draft: false });
  it('holds every motion, with the counts of the expected answer, in order', () => {
    const motions = expected.sections.flatMap((section) => section.motions);
    expect(rowsOf(report).map((row) => [row.number, row.for, row.against, row.abstain, row.invalid])).toEqual(
      motions.map((motion) => [motion.number, motion.for, motion.against, motion.abstain, motion.invalid]),
    );
    const { summary } = report;
    expect(summary.carried + summary.lost + summary.remitted + summary.withdrawn + summary.withoutResult).toBe(motions.length);
  });
  it('is a draft exactly when the file has errors', () => {
    const errors = parse(readFixture(name).text).diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    expect(report.draft === null).toBe(errors === 0);
    if (errors) expect(report.draft).toContain(` ${errors} error`);
  });
});

describe('rows that need saying plainly', async () => {
  const report = await reportOf('a02_transport_union_conference_cp1252.txt');
  const row = (number: string) => rowsOf(report).find((candidate) => candidate.number === number)!;

  it('gives the counts’ result where the file declares another, and says so', () => {
    expect(row('7')).toMatchObject({ statedResult: 'carried', result: 'lost', resultText: 'Lost' });
    expect(row('7').remark).toEqual({ conflict: true, text: 'The file declares it carried, but under a simple majority the counts give lost.' });
  });
  it('says when a result stands on the file’s word alone', () => {
    expect(row('1')).toMatchObject({ for: null, result: 'carried', percentText: '–' });
    expect(row('1').remark).toEqual({ conflict: false, text: 'No counts were given; the result is as the file declares it.' });
  });
  it('says where a motion was remitted to', () => {
    expect(row('6')).toMatchObject({ result: 'remitted', resultText: 'Remitted to the National Executive Council', remark: null });
  });
  it('captions amendments and motions of another kind', () => {
    expect(row('3a').caption).toBe('Amendment to Motion 3');
    expect(rowsOf(report).map((candidate) => candidate.caption).filter(Boolean)).toContain('Emergency Motion');
    expect(row('1').caption).toBeNull();
  });
});

describe('drafts', () => {
  it('says how many errors remain', async () => {
    expect((await reportOf('a01_renters_network_ballot.txt')).draft).toBe('Draft: 3 errors in the results file are not yet resolved.');
    expect((await reportOf('a03_harbourline_agm_utf8bom.txt')).draft).toBe('Draft: 1 error in the results file is not yet resolved.');
  });
});

describe('settings in the report', () => {
  it('marks a motion whose rule differs, and explains each mark', async () => {
    const report = await reportOf('seed_results_of_voting.txt', { ruleOverrides: { '14#1': 'two-thirds', '13#1': 'absolute' } });
    const rows = rowsOf(report);
    expect(rows.find((row) => row.number === '13')).toMatchObject({ rule: 'absolute', ruleMark: '*', result: 'carried' });
    expect(rows.find((row) => row.number === '14')).toMatchObject({ rule: 'two-thirds', ruleMark: '†', result: 'lost' });
    expect(rows.filter((row) => row.ruleMark !== null)).toHaveLength(2);
    expect(report.footnotes.slice(0, 3)).toEqual([
      expect.stringMatching(/^Unless marked: Simple majority/),
      expect.stringMatching(/^\* Absolute majority: .*voters/),
      expect.stringMatching(/^† Two-thirds majority/),
    ]);
  });

  it('prints percentages on the chosen base to the chosen decimals', async () => {
    const report = await reportOf('seed_results_of_voting.txt', { base: 'voters', decimals: 2 });
    expect(rowsOf(report)[0]!.percentText).toBe('96.43%'); // 54 of 56 voters
    expect(report.footnotes.at(-1)).toBe('Percentages are of the stated number of voters. They are rounded to two decimal places.');
    const cast = await reportOf('seed_results_of_voting.txt', { base: 'cast', decimals: 0 });
    expect(rowsOf(cast)[1]!.percentText).toBe('88%'); // 49 of 56 cast
  });

  it('shows the invalid column where any motion has an invalid count', async () => {
    expect((await reportOf('a05_food_coop_ballot_yes_no.txt')).showInvalid).toBe(true);
  });

  it('takes the title, organisation and meeting from the options, and a draft mark on request', async () => {
    const report = await reportOf('seed_results_of_voting.txt', {}, { title: 'Policy ballot 2026', organisation: 'Momentum', meeting: 'National Coordinating Group', place: 'Online', date: '2026-11-02', draft: true });
    expect(report).toMatchObject({ title: 'Policy ballot 2026', organisation: 'Momentum', meeting: 'National Coordinating Group', place: 'Online', date: '2 November 2026', draft: 'Draft: not yet approved for circulation.' });
  });
});

describe('the file’s own text around the motions', async () => {
  const name = 'a02_transport_union_conference_cp1252.txt';

  it('is printed where it stood: preamble, the notes under a heading, movers, result remarks and the closing', async () => {
    const report = await reportOf(name);
    expect(report.preamble).toEqual([
      ['Annual Delegate Conference 2024 – Winter Gardens, Blackpool, 13–16 May', 'DECISIONS OF CONFERENCE'],
      ['Where a card vote was taken the figures are given in members represented. All other decisions were taken on a show of hands.'],
    ]);
    expect(report.sections.flatMap((section) => section.notes)).toEqual([['(A two-thirds majority of the card vote is required for all rule amendments.)']]);
    const rows = rowsOf(report);
    expect(rows.find((row) => row.number === '1')!.notes).toEqual(['Mover: North West Region', 'Seconder: Yorkshire & Humber Region']);
    expect(rows.find((row) => row.number === 'R2')).toMatchObject({ resultText: 'Lost', resultRemark: '(two-thirds majority not reached)' });
    // Where the result text already says it, the remark is not printed twice.
    expect(rows.find((row) => row.number === '6')).toMatchObject({ resultText: 'Remitted to the National Executive Council', resultRemark: null });
    expect(report.closing).toEqual([['Conference closed at 12.40 on Thursday 16 May.']]);
  });

  it('keeps the file’s title at the head of the preamble when the report is given another', async () => {
    const report = await reportOf(name, {}, { title: 'Conference decisions' });
    expect(report.preamble[0]).toEqual(['National Union of Transport and Logistics Workers']);
  });

  it('is left out when the setting says so, except what belongs to a motion', async () => {
    const report = await reportOf(name, {}, { surroundingText: false });
    expect([report.preamble, report.closing, report.sections.flatMap((section) => section.notes)]).toEqual([[], [], []]);
    expect(rowsOf(report).find((row) => row.number === '1')!.notes).toEqual(['Mover: North West Region', 'Seconder: Yorkshire & Humber Region']);
  });
});
