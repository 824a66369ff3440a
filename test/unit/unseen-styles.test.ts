import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../shared/parse';
import { unaccountedLines } from '../support/accounting';
import { fixturesDir, readFixture } from '../support/fixtures';

/**
 * Files in styles the parser was not written against (minutes prose, result-first
 * figures, CSV and column-aligned exports, quoted emails, bullets, lettered
 * amendments, German), with a careful reader's answers: the voter count, and per
 * motion "number for/against/abstain/invalid result" ("-" where the file gives none).
 */
const answers: Record<string, { voters: number | null; motions: string[] }> = {
  f01_branch_minutes_prose: { voters: 31, motions: ['1 27/2/2/- carried', '2 -/-/-/- carried', '3 11/17/3/- lost', '4 -/-/-/- carried', '5 -/-/-/- carried', '6 -/-/-/- withdrawn'] },
  f02_result_first_dash_triples: { voters: 37, motions: ['UC25/01 34/2/1/- carried', 'UC25/02 30/5/2/- carried', 'UC25/03 9/25/3/- lost', 'UC25/04 21/14/2/- carried', 'UC25/05 36/0/1/- carried', 'UC25/06 -/-/-/- carried', 'UC25/07 15/19/3/- lost', 'UC25/08 -/-/-/- remitted', 'UC25/09 12/22/3/- lost', 'UC25/10 33/0/4/- carried'] },
  f03_markdown_table: { voters: 142, motions: ['1 131/3/8/- carried', '2 127/6/9/- carried', '3 118/19/5/- carried', '4 88/49/5/- lost', '5 139/1/2/- carried', '6 61/70/11/- lost', '7 97/31/14/- carried'] },
  f04_platform_csv: { voters: 164, motions: ['Q1 121/31/10/2 carried', 'Q2 109/44/9/2 carried', 'Q3 58/92/12/2 lost', 'Q4 133/18/11/2 carried', 'Q5 140/6/16/2 carried', 'Q6 120/30/12/2 carried'] },
  f05_fixed_width_pdf: { voters: 48, motions: ['1 41/5/2/- carried', '2 44/2/2/- carried', '3 19/26/3/- lost', '4 47/0/1/- carried', '5 38/7/3/- carried', '6 12/33/3/- lost', '7 46/0/2/- carried', '8 30/10/8/- carried'] },
  f06_vertical_crlf_nbsp: { voters: 46, motions: ['1 30/12/4/- carried', '2 22/21/3/- carried', '3 15/28/3/- lost', '4 40/4/2/0 carried', '5 44/1/1/- carried'] },
  f07_email_quoted: { voters: 52, motions: ['1 40/8/4/- carried', '2 49/1/2/- carried', '3 18/30/4/- lost', '4 52/0/0/- carried'] },
  f08_paren_numbers_lettered_amendments: { voters: 64, motions: ['1 58/3/3/- carried', '2 61/0/3/- carried', '3 50/10/4/- carried', '3(a) 20/40/4/- lost', '3(b) 45/15/4/- carried', '4 22/38/4/- lost', '5 -/-/-/- remitted', '6 -/-/-/- carried'] },
  f09_german_antrag: { voters: 38, motions: ['1 25/10/3/- carried', '2 14/20/4/- lost', '3 27/9/2/- carried', '4 -/-/-/- carried', '5 30/5/2/1 carried', '6 -/-/-/- withdrawn'] },
  f10_referendum_percentages: { voters: 2431, motions: ['1 -/-/-/- carried', '2 -/-/-/- carried', '3 1512/801/118/- carried', '4 -/-/-/- lost'] },
  // "87 members entitled to vote" counts who could vote, not who did.
  f11_long_motion_subclauses: { voters: null, motions: ['1 79/3/5/- carried', '2 84/0/3/- carried', '3 80/2/5/- carried', '3.1 60/20/7/- carried', '4 -/-/-/- remitted'] },
  f12_election_mixed_tabs: { voters: 58, motions: ['1 55/1/2/- carried', '2 58/0/0/- carried', '3 50/6/2/- carried', '4 20/33/5/- lost'] },
  f13_bullets_typos: { voters: 29, motions: ['1 21/6/2/- carried', '2 18/9/2/- carried', '3 29/0/0/- carried', '4 10/17/2/- lost', '5 24/3/2/- carried', '6 14/14/1/- lost', '7 -/-/-/- withdrawn'] },
  f14_tsv_total_column_space_thousands: { voters: 412560, motions: ['M1 398200/10110/4250/- carried', 'M2 301440/98870/12250/- carried', 'M3 40005/360300/12255/- lost', 'M4 405000/2560/5000/- carried', 'M5 -/-/-/- remitted', 'M6 380120/25440/7000/- carried'] },
  // A registrar's poll table: number and title under one heading, percentages and totals between the counts.
  g01_registrar_agm_columns: { voters: null, motions: ['1 512330118/666902/1204553/- -', '2 488112004/24558760/1530809/- -', '3 513880411/205317/116145/- -', '4 497002318/15730116/1471679/- -', '5 509886020/2874411/1441682/- -', '6 510005771/2751302/1445040/- -', '7 506118300/6590009/1493804/- -', '8 511924007/805611/1472495/- -', '9 495330871/17106002/1765240/- -', '10 470226019/42171540/1804014/- -', '11 460118300/52278665/1804608/- -', '12 508004112/4406878/1790883/- -', '13 375671220/136700001/1830652/- -'] },
  g03_openslides_export: { voters: null, motions: ['A1 87/12/4/1 carried', 'A2 64/30/9/0 carried', 'A3 41/55/7/1 lost', 'A4 -/-/-/- carried', 'A5 -/-/-/- remitted', 'A6 -/-/-/- withdrawn'] },
  // Headed by a title in capitals, not a number.
  g05_allcaps_headings_vote_line: { voters: 28, motions: [' 23/4/1/- carried', ' 12/15/1/- lost', ' 20/6/2/- carried', ' 28/0/0/- carried', ' -/-/-/- carried'] },
  g08_decimal_numbered: { voters: 112, motions: ['1.1 104/0/8/- carried', '1.2 87/15/10/- carried', '1.3 49/58/5/- lost', '2.1 108/0/4/- carried', '2.2 95/9/8/- carried', '3.1 70/30/12/- carried', '3.2 -/-/-/- withdrawn', '3.3 38/66/8/- lost'] },
  g09_lettered_tab_passed: { voters: 31, motions: ['a 30/1/-/- carried', 'b 11/20/-/- lost', 'c 27/4/-/- carried', 'd -/-/-/- carried', 'e 16/15/-/- carried', 'f -/-/-/- withdrawn'] },
  g10_mac_cr: { voters: 34, motions: ['1 25/7/2/- carried', '2 14/18/2/- lost', '3 30/2/2/- carried', '4 -/-/-/- carried', '5 17/17/-/- lost'] },
  g11_long_paragraphs_totals: { voters: null, motions: ['1 41/12/5/- carried', '2 52/2/4/- carried', '3 20/33/4/- lost', '4 -/-/-/- carried'] },
  g15_civica_report_of_voting: { voters: 1377, motions: ['1 1020/301/48/8 carried', '2 881/430/58/8 lost', '3 1105/210/55/7 carried'] },
  // The amendments "One" and "Two" are entries of their own, as in the fixtures.
  f15_conference_daily_codes: { voters: null, motions: ['F4 -/-/-/- carried', 'One -/-/-/- carried', 'Two -/-/-/- lost', 'F5 -/-/-/- carried', 'F6 -/-/-/- carried', 'F7 -/-/-/- carried', 'F8 -/-/-/- carried', 'F9 -/-/-/- -'] },
};

const files = readdirSync(`${fixturesDir}styles`).filter((name) => name.endsWith('.txt'));
const count = (value: number | null) => (value === null ? '-' : String(value));

describe.each(Object.keys(answers))('%s', (name) => {
  const { text } = readFixture(`styles/${name}.txt`);
  const parsed = parse(text);
  const { document } = parsed;

  it('reads the voter count and every motion as a careful reader would', () => {
    expect(document.totalVoters).toBe(answers[name]!.voters);
    const motions = document.sections.flatMap((section) => section.motions);
    expect(motions.map((motion) => `${motion.number} ${[motion.for, motion.against, motion.abstain, motion.invalid].map(count).join('/')} ${motion.statedResult ?? '-'}`)).toEqual(answers[name]!.motions);
  });

  it('loses no line', () => {
    expect(unaccountedLines(text, parsed)).toEqual([]);
  });
});

it('has an answer for every file in test/fixtures/styles', () => {
  expect(files.map((file) => file.replace(/\.txt$/, '')).sort()).toEqual(Object.keys(answers).sort());
});
