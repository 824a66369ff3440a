import { describe, expect, it } from 'vitest';
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
