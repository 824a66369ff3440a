import { describe, expect, it } from 'vitest';
import { toParseJson } from '../../shared/json';
import { parse } from '../../shared/parse';
import { keywordMotionHeading } from '../../shared/parse/headings';
import { votersIn } from '../../shared/parse/voters';
import { writeDocument } from '../../shared/serialize';
import { unaccountedLines } from '../support/accounting';

/** Section headings and voter counts as minutes, conference records and Vereinsprotokolle write them (issue #12, points 1 and 2). */
const sectionsOf = (text: string) => toParseJson(parse(text), 'utf-8').sections.map((section) => [section.number, section.title, section.motions.map((motion) => motion.number)]);

describe('section headings', () => {
  it('an agenda item with motions under it is a section; one with a vote under it is the motion; one with neither is words of the meeting', () => {
    const text = [
      'Mitgliederversammlung des TSV Grün-Weiß 2024',
      '',
      'TOP 1 – Begrüßung',
      'Der Vorsitzende begrüßt die Anwesenden.',
      '',
      'TOP 2 – Satzungsänderungen',
      'Antrag 1: Beiträge werden per Lastschrift eingezogen.',
      'Ja: 60, Nein: 1, Enthaltungen: 3',
      'Ergebnis: angenommen',
      '',
      'TOP 3 – Entlastung des Vorstands',
      'Ja: 58, Nein: 0, Enthaltungen: 6',
      'Ergebnis: angenommen',
    ].join('\n');
    expect(sectionsOf(text)).toEqual([['2', 'Satzungsänderungen', ['1', '3']]]);
    const json = toParseJson(parse(text), 'utf-8');
    const agendaItem = json.sections[0]!.motions[1]!;
    expect([agendaItem.text, agendaItem.for, agendaItem.against, agendaItem.abstain, agendaItem.statedResult]).toEqual(['Entlastung des Vorstands', 58, 0, 6, 'carried']);
    // The item that held no vote is not a section: its heading and words stay where they stand, before the first section.
    expect(json.preamble.map((line) => line.text)).toEqual(['TOP 1 – Begrüßung', 'Der Vorsitzende begrüßt die Anwesenden.']);
  });

  it('roman numerals, numbered headings and lines in capitals above motions headed with a word', () => {
    const text = [
      'PROCÈS-VERBAL DE L’ASSEMBLÉE GÉNÉRALE',
      '',
      'I. RAPPORT FINANCIER',
      '',
      'Le trésorier présente les comptes.',
      '',
      'Résolution n°1',
      'L’assemblée approuve les comptes.',
      'Pour : 44 – Contre : 0 – Abstentions : 3',
      '',
      '2. Projets pour 2025',
      '',
      'Résolution n°2',
      'L’assemblée décide l’achat d’un composteur.',
      'Pour : 29 – Contre : 15 – Abstentions : 3',
      '',
      'GENERAL BUSINESS',
      '',
      'Motion 3 – That the branch donates £250.',
      'For 20, Against 2',
    ].join('\n');
    expect(sectionsOf(text)).toEqual([
      ['I', 'RAPPORT FINANCIER', ['1']],
      ['2', 'Projets pour 2025', ['2']],
      [null, 'GENERAL BUSINESS', ['3']],
    ]);
  });

  it('keeps numbered clauses inside a motion as its text, and the title in capitals as the title', () => {
    const text = [
      'ANNUAL CONFERENCE',
      'DECISIONS AND VOTES',
      '',
      'Motion 1 – Conference resolves:',
      '1. to campaign for rent controls;',
      '2. to lobby councillors.',
      'For 40, Against 2',
      '',
      'Motion 2 – Affiliate to the federation',
      'For 30, Against 10',
    ].join('\n');
    expect(sectionsOf(text)).toEqual([[null, null, ['1', '2']]]);
    expect(parse(text).document.sections[0]!.motions[0]!.text).toBe('Conference resolves: 1. to campaign for rent controls; 2. to lobby councillors.');
  });

  it('an agenda item with no vote, or an election, under it takes no later item’s motion', () => {
    const text = 'TOP 1 – Begrüßung\nDer Vorsitzende begrüßt die Anwesenden.\n\nTOP 2 – Entlastung des Vorstands\nJa: 58, Nein: 0, Enthaltungen: 6\n\nTOP 3 – Wahl des Vorstands\nAnna Müller 31\nBernd Schulz 12\n\nTOP 4 – Beitragsordnung\nJa: 40, Nein: 3, Enthaltungen: 1';
    expect(sectionsOf(text)).toEqual([[null, null, ['2', '4']]]);
    expect(parse(text).diagnostics.map((diagnostic) => diagnostic.code)).toContain('looks-like-election');
  });

  it('motions named by their result line under an agenda item are its section', () => {
    expect(sectionsOf('Agenda item 5 – Motions from branches\nMotion 1 – CARRIED\nMotion 2 – LOST')).toEqual([['5', 'Motions from branches', ['1', '2']]]);
  });

  it('"Item" still heads motions, and "Top" or "Point" opening a sentence heads nothing', () => {
    const items = parse('Item 1 – Budget\nItem 2 – Rents\n\nItem 1 was carried by 20 votes to 3.\nItem 2 was lost by 3 votes to 20.').document.sections[0]!.motions;
    expect(items.map((motion) => [motion.number, motion.for, motion.against, motion.statedResult])).toEqual([['1', 20, 3, 'carried'], ['2', 3, 20, 'lost']]);
    const text = 'Motion 1 – X\nFor 40, Against 2\n\nTop 3 priorities for the coming year were discussed.\nPoint 2 was raised by the treasurer.\n\nMotion 2 – Affiliate\nFor 30, Against 10';
    expect(sectionsOf(text)).toEqual([[null, null, ['1', '2']]]);
  });

  it('a clause of a motion, apart or after its vote, is not a heading', () => {
    expect(sectionsOf('Motion 1 – Conference resolves:\n\n1. to campaign for rent controls\n\nMotion 2 – Affiliate\nFor 30, Against 10\n\nMotion 1 was carried by 40 votes to 2.')).toEqual([[null, null, ['1', '2']]]);
    expect(sectionsOf('Motion 1 – Rent controls – CARRIED\nThat conference:\n1. supports rent controls\n2. backs the tenants union\n\nMotion 2 – Affiliation – LOST')).toEqual([[null, null, ['1', '2']]]);
  });

  it('a title over a notice in capitals is no section; two headings in capitals are', () => {
    const heads = (text: string) => sectionsOf(text).map(([, title]) => title);
    expect(heads('ANNUAL CONFERENCE 2024\n\nRECORD OF DECISIONS\n\nALL VOTES ON A SHOW OF HANDS UNLESS STATED OTHERWISE\n\nMotion 1 – X\nFor 4, Against 1')).toEqual([null]);
    expect(heads('CONFERENCE 2024\n\nGENERAL BUSINESS\n\nMotion 1 – X\nFor 4, Against 1\n\nRULE CHANGES\n\nMotion 2 – Y\nFor 4, Against 1')).toEqual(['GENERAL BUSINESS', 'RULE CHANGES']);
  });

  it('an amendment labelled after its motion, as OpenSlides prints it: "B7-A1", "A3-Ä2"', () => {
    expect(keywordMotionHeading('Motion B7-A1: Amendment to B7')?.number).toBe('B7-A1');
    expect(keywordMotionHeading('Änderungsantrag A3-Ä2: Streichung von Absatz 2')?.number).toBe('A3-Ä2');
  });

  it('section words of each language, with the label after a colon', () => {
    expect(sectionsOf('Sachgebiet: S – Satzung\n\nS1: Mindestalter 12 Jahre\nJa: 71\nNein: 12\n')).toEqual([['S', 'Satzung', ['S1']]]);
    expect(sectionsOf('BLOQUE II. POLÍTICA SOCIAL\n\nResolución 4: Sanidad pública\nVotos a favor: 201; en contra: 12; abstenciones: 9.\n')).toEqual([['II', 'POLÍTICA SOCIAL', ['4']]]);
  });

  it('a minute number before a motion’s label is not its label', () => {
    const text = '4. Motions to the AGM\n\n4.1 Motion 1 – That the branch affiliates to the trades council.\nCarried unanimously.\n\n4.2 Motion 2 – That the branch sets up a hardship fund.\nThe motion was carried by 23 votes to 4 with 2 abstentions.\n';
    expect(sectionsOf(text)).toEqual([['4', 'Motions to the AGM', ['1', '2']]]);
    // The minute number is kept with the motion's heading, and written back there.
    const motion = parse(text).document.sections[0]!.motions[0]!;
    expect(motion.style.headingLead).toBe('4.1 ');
    expect(writeDocument(parse(text).document)).toContain('4.1 Motion 1 – That the branch affiliates to the trades council.');
  });

  it('a result for the motion voted on again after its amendment: "The substantive motion was carried nem. con."', () => {
    const text = 'Motion 3 – That branch meetings alternate.\nAmendment 3.1: Delete “Saturday”.\nLost: 8 for, 19 against, 2 abstentions.\nThe substantive motion was carried nem. con.\n';
    const motions = parse(text).document.sections[0]!.motions;
    expect(motions.map((motion) => [motion.number, motion.statedResult])).toEqual([['3', 'carried'], ['3.1', 'lost']]);
    // Its words are kept, and written back.
    expect(unaccountedLines(text, parse(text))).toEqual([]);
    expect(writeDocument(parse(text).document)).toContain('The substantive motion was carried nem. con');
  });

  it('the mark of an ordinal after an agenda item’s number is no part of its label or text: "Punto 2.º —"', () => {
    const motion = parse('Punto 2.º — Aprobación de las cuentas.\nVotos a favor: 41.498.330 · En contra: 2.100\nResultado: APROBADO').document.sections[0]!.motions[0]!;
    expect([motion.number, motion.text, motion.for, motion.statedResult]).toEqual(['2', 'Aprobación de las cuentas.', 41498330, 'carried']);
  });
});

describe('voter counts', () => {
  it.each([
    ['Stimmberechtigte Delegierte laut Bericht der Mandatsprüfungskommission: 112', 112],
    ['Anwesende stimmberechtigte Delegierte (laut Anwesenheitsliste): 87', 87],
    ['An der Abstimmung beteiligten sich 64 Mitglieder.', 64],
    ['Personas socias presentes y representadas: 134', 134],
    ['Asistentes con derecho a voto: 212', 212],
    ['Membres présents ou représentés : 47 sur 83 membres à jour de leur cotisation.', 47],
    ['Aantal stemgerechtigde aanwezigen bij aanvang van de stemmingen: 287', 287],
    ['Aanwezig of vertegenwoordigd: 31 van de 48 appartementsrechten', 31],
    ['All 143 members in the hall voted', 143],
    ['Voting members in the room: 214', 214],
    ['2,310 of 5,004 members voted', 2310],
    ['Closed 12 January. 27 of 41 members voted.', 27],
    ['Poll ended   47 of 52 (90%) participated', 47],
    ['Delegates registered: 231. Voting members in the room: 214.', 214],
    ['Annual General Meeting – 112 members voting', 112],
    ['Present: 29 members (quorum 20)', 29],
  ])('“%s” states %i voters', (line, count) => {
    expect(votersIn(line)).toBe(count);
  });

  it.each(['Voting opened: 1 March 2024 09:00', 'Voting period – 3 to 17 March', 'Carried, with 3 delegates voting against.', 'Members voting against: 12', 'Lost (12 members voting for).', 'Turnout: 31.5%', 'Quorum: 20', 'Members eligible to vote: 340', 'Mitgliederstand zum 31.12.2023: 847', 'One of the members voted by post.'])('“%s” states no voters', (line) => {
    expect(votersIn(line)).toBeNull();
  });

  it('“27 of 41 members voted” under a motion is that motion’s turnout, not the meeting’s', () => {
    const text = 'Decisions made online\n\n1. Open on Thursdays\nClosed 12 January. 27 of 41 members voted.\nAgree 21 · Abstain 2 · Disagree 4\n\n2. Raise the donation\nClosed 26 January. 30 of 41 members voted.\nAgree 17 · Abstain 4 · Disagree 9\n';
    const { document, diagnostics } = parse(text);
    expect(document.totalVoters).toBeNull();
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'voters-stated-twice')).toEqual([]);
  });
});

describe('result lists (issue #12, point 5)', () => {
  it('motions listed under a shared result take it, with the figures in brackets before or after them', () => {
    const text = [
      'Figures in brackets are votes for–against–abstentions.',
      '',
      'PART A – HOUSING',
      '',
      'The following motions were carried:',
      '(141–12–6) 3. Rent controls linking social and private rents',
      '(87–64–11) C1. Community land trusts',
      '',
      'The following motion was lost:',
      '(40–109–13) 5. Extending the Right to Buy',
      '',
      'The following motion was remitted to the National Committee:',
      '8. Support for tenants’ unions',
      '',
      'Resoluciones aprobadas:',
      'R1. Recuperación del poder adquisitivo (181, 17, 10)',
    ].join('\n');
    const motions = parse(text).document.sections.flatMap((section) => section.motions);
    expect(motions.map((motion) => [motion.number, motion.text, motion.for, motion.against, motion.abstain, motion.statedResult])).toEqual([
      ['3', 'Rent controls linking social and private rents', 141, 12, 6, 'carried'],
      ['C1', 'Community land trusts', 87, 64, 11, 'carried'],
      ['5', 'Extending the Right to Buy', 40, 109, 13, 'lost'],
      ['8', 'Support for tenants’ unions', null, null, null, 'remitted'],
      ['R1', 'Recuperación del poder adquisitivo', 181, 17, 10, 'carried'],
    ]);
    expect(motions[3]!.resultRemark).toBe('to the National Committee');
    expect(sectionsOf(text)).toEqual([['A', 'HOUSING', ['3', 'C1', '5', '8', 'R1']]]);
  });

  it('a typist’s letter in the brackets is read and named; a result heading with no list below is the result of the motion above', () => {
    const { document, diagnostics } = parse('Aangenomen:\n(398–1O4–27) M7. Gemeenten krijgen de regie over de jeugdzorg terug\n\nMotion 9 – Affiliate\nFor 30, Against 2\nCarried:\n');
    const [listed, above] = document.sections[0]!.motions;
    expect([listed!.number, listed!.against, listed!.statedResult]).toEqual(['M7', 104, 'carried']);
    expect(diagnostics.some((diagnostic) => diagnostic.line === 2 && diagnostic.severity === 'error')).toBe(true);
    expect([above!.number, above!.statedResult, above!.resultLine]).toEqual(['9', 'carried', 6]);
  });
});

describe('those who voted, after those present', () => {
  it('takes the count of those who voted over the count of those present stated before it, without calling it a second figure', () => {
    const text = ['Present: 151 members, 9 staff and the auditor.', 'All 143 members in the hall voted on each resolution.', '', 'Resolution 1 – Accounts', 'For 140, against 3'].join('\n');
    const read = parse(text);
    expect([read.document.totalVoters, read.document.votersLine]).toEqual([143, 2]);
    expect(read.diagnostics).toEqual([]);
  });

  it('still names a second count of those who voted', () => {
    const read = parse(['56 people voted.', '58 people voted.', '', 'Motion 1 – A', 'For 50, against 6'].join('\n'));
    expect(read.document.totalVoters).toBe(56);
    expect(read.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['voters-stated-twice']);
  });
});

describe('a notice in capitals above the heading of the results', () => {
  it('is no section: a line in capitals heads only what stands before the next such line', () => {
    const text = [
      'INDUSTRIAS DEL MONCAYO, S.A.', '', 'OTRA INFORMACIÓN RELEVANTE', '', 'La Sociedad comunica el resultado de la Junta.', '',
      'RESULTADO DE LAS VOTACIONES', '', 'Punto 1.º — Cuentas anuales', 'Votos a favor: 410 · En contra: 21', 'Resultado: APROBADO',
      '', 'Punto 2.º — Gestión social', 'Votos a favor: 400 · En contra: 31', 'Resultado: APROBADO',
    ].join('\n');
    expect(sectionsOf(text)).toEqual([[null, null, ['1', '2']]]);
  });
});
