import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../shared/decode';
import { parse } from '../../shared/parse';

/** Layouts no issue names, read from their structure: a wiki page, a spreadsheet's export, a form's summary. */

const motionsOf = (text: string) => parse(text).document.sections.flatMap((section) => section.motions);

describe('a wiki page of decisions', () => {
  const page = [
    '# Decisions log: General Meeting',
    '',
    '**Attendance:** 21 of our 23 members voted.',
    '',
    '## Pay and hours',
    '',
    '### D14 — Adopt the 2025 pay scale',
    '- **For:** 18',
    '- **Against:** O',
    '- **Abstain:** 3',
    '- **Outcome:** Passed ✅',
    '',
    '## Money',
    '',
    '### D19 — Open a second market stall',
    '',
    '| For | Against | Abstain | Outcome |',
    '|----:|--------:|--------:|---------|',
    '| 11  | 9       | 1       | Passed  |',
    '',
    '### Election: Finance Officer',
    '- Jo Baptiste: 13',
    '- Femi Olatunji: 8',
  ].join('\n');

  it('reads headings under their marks as sections, and bold labels and emoji as the words they mark', () => {
    const { document, diagnostics } = parse(page);
    expect(document.sections.filter((section) => section.motions.length > 0).map((section) => section.title)).toEqual(['Pay and hours', 'Money']);
    expect(document.totalVoters).toBe(21);
    expect(motionsOf(page)[0]).toMatchObject({ number: 'D14', text: 'Adopt the 2025 pay scale', for: 18, against: 0, abstain: 3, statedResult: 'carried' });
    // The letter O typed for nought is read, and said.
    expect(diagnostics.some((diagnostic) => diagnostic.line === 9 && /O/.test(diagnostic.message))).toBe(true);
  });

  it('reads a one-row table under a heading as that motion’s counts, not a motion of its own', () => {
    const motions = motionsOf(page);
    expect(motions.map((motion) => motion.number)).toEqual(['D14', 'D19']);
    expect(motions[1]).toMatchObject({ text: 'Open a second market stall', for: 11, against: 9, abstain: 1, statedResult: 'carried' });
  });

  it('never makes an election’s heading a section', () => {
    expect(parse(page).document.sections.map((section) => section.title)).not.toContain('Election: Finance Officer');
  });
});

describe('a semicolon export from a European voting platform', () => {
  const csv = [
    'Entidad;Cooperativa Energética del Ebro;;;;;;;',
    'Votos emitidos;1.339;;;;;;;',
    ';;;;;;;;',
    'Nº;Propuesta;A favor;En contra;Abstenciones;Nulos;Total;% a favor;Resultado',
    ';BLOQUE I – CUENTAS;;;;;;;',
    '1;Aprobación de las cuentas anuales;1.204;87;45;3;1.339;93,26;Aprobada',
    '2;"Subida de la aportación; de 100 € a 150 €";702;561;70;6;1.339;55,58;Aprobada',
  ].join('\n');

  it('reads its header in Spanish, share columns as shares, and a label and value in two cells as the voters', () => {
    const { document } = parse(csv);
    expect(document.totalVoters).toBe(1339);
    expect(motionsOf(csv)).toMatchObject([
      { number: '1', text: 'Aprobación de las cuentas anuales', for: 1204, against: 87, abstain: 45, invalid: 3, statedResult: 'carried' },
      { number: '2', text: 'Subida de la aportación; de 100 € a 150 €', for: 702, against: 561, abstain: 70, invalid: 6, statedResult: 'carried' },
    ]);
  });
});

describe('a form’s summary copied as text', () => {
  const summary = [
    'Section 2 of 4: Accounts and subscriptions',
    '',
    'Q2-01: Do you approve the accounts for the year?',
    '50 responses',
    'Yes',
    '46',
    '92%',
    'No',
    '1',
    '2%',
    'Abstain',
    '3',
    '6%',
    'Result: Approved',
  ].join('\n');

  it('reads a question labelled "Q2-01:" under "Section 2 of 4:" with its options a cell to a line', () => {
    const { document } = parse(summary);
    expect(document.sections.map((section) => [section.number, section.title])).toEqual([['2', 'Accounts and subscriptions']]);
    expect(motionsOf(summary)).toMatchObject([{ number: 'Q2-01', text: 'Do you approve the accounts for the year?', for: 46, against: 1, abstain: 3, statedResult: 'carried' }]);
  });
});

describe('columns lined up with spaces', () => {
  const report = [
    'Ballots counted: 2,318 of 9,406 eligible members',
    '',
    'Item  Resolution                               For  Against  Abstain Spoilt  Result',
    '----- -----------------------------------  ------- -------- -------- ------  -----------',
    'ORDINARY RESOLUTIONS',
    '',
    "R01   Receive the directors' report and      2,101       96      114      7  CARRIED",
    '      accounts for the year',
    'R02   Declare a dividend of 1.75% on         2,044      183       85      6  CARRIED',
    '',
    'SPECIAL RESOLUTIONS (75% of votes cast required)',
    '',
    'S01   Amend Rule 14                          1,650      560      100      8  NOT CARRIED',
    '',
    'BOARD ELECTION - 3 SEATS',
    'C1    Adebayo, Funmi                         1,644                           ELECTED',
    'C2    Whitlock, Graham                       1,503                           ELECTED',
  ].join('\n');

  it('cuts each row by where its words stand under the rule of dashes, headings a space apart each a column', () => {
    expect(motionsOf(report)).toMatchObject([
      { number: 'R01', text: "Receive the directors' report and accounts for the year", for: 2101, against: 96, abstain: 114, invalid: 7, statedResult: 'carried' },
      { number: 'R02', text: 'Declare a dividend of 1.75% on', for: 2044, against: 183, abstain: 85, invalid: 6, statedResult: 'carried' },
      { number: 'S01', text: 'Amend Rule 14', for: 1650, against: 560, abstain: 100, invalid: 8, statedResult: 'lost' },
    ]);
  });

  it('reads lines in capitals between the rows as sections, a remark in brackets and all, and sets an election’s rows aside', () => {
    const { document, diagnostics } = parse(report);
    expect(document.sections.map((section) => section.title)).toEqual(['ORDINARY RESOLUTIONS', 'SPECIAL RESOLUTIONS (75% of votes cast required)']);
    expect(diagnostics.some((diagnostic) => /election/.test(diagnostic.message) && diagnostic.line >= 15)).toBe(true);
  });

  it('finds the columns from the rows where no rule is printed, past prose and a page’s footer, whatever the rows’ indent', () => {
    // A web page printed to text in UTF-16, its rows indented and wrapped, a page's footer between them.
    const decoded = decode(readFileSync(new URL('../corpus/formats/xc01_en_coop_results_grid_fixedwidth.txt', import.meta.url)));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(motionsOf(decoded.text).slice(0, 3)).toMatchObject([
      { number: '1', text: "Approve the minutes of the 2023 Annual Members' Meeting held on 22 June 2023", for: 412, against: 6, abstain: 19, statedResult: 'carried' },
      { number: '2', text: "Receive the annual accounts and directors' report for the year ended 31 December 2023", for: 398, against: 11, abstain: 28 },
      { number: '3', for: 371, against: 44, abstain: 22 },
    ]);
  });
});
