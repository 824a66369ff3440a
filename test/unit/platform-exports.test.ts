import { describe, expect, it } from 'vitest';
import { toParseJson } from '../../shared/json';
import { defaultSettings } from '../../shared/model';
import { createReadingSession, parse } from '../../shared/parse';
import { writeDocument } from '../../shared/serialize';
import { unaccountedLines } from '../support/accounting';

/** Results as voting platforms print them when copied from the page (issue #12, points 3, 8 and 13). */
const motionsOf = (text: string) =>
  toParseJson(parse(text), 'utf-8').sections.flatMap((section) =>
    section.motions.map((motion) => [motion.number, motion.for, motion.against, motion.abstain, motion.invalid, motion.statedResult]),
  );
const problemsOf = (text: string) => parse(text).diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.severity]);

describe('a table copied from a web page, one cell to a line', () => {
  const electionBuddy = [
    'Vote Summary',
    'Voting Closed',
    'May 14, 2025 8:00 PM EDT',
    'Voter Turnout',
    '118 of 164 (71.95%)',
    '',
    'Special Resolution 1 – Amend By-law No. 3',
    'Choice',
    'Votes',
    '%',
    'In Favour',
    '91',
    '77.12%',
    'Opposed',
    '22',
    '18.64%',
    'Abstain',
    '5',
    '4.24%',
    'Total',
    '118',
  ];

  it('reads each label with the figure below it, the share beside it, the total as the motion’s own, and the turnout under its label', () => {
    const text = electionBuddy.join('\n');
    expect(motionsOf(text)).toEqual([['1', 91, 22, 5, null, null]]);
    const read = parse(text);
    expect(read.document.totalVoters).toBe(118);
    expect(read.document.sections[0]!.motions[0]!.total).toEqual({ value: 118, label: 'Total', line: 21 });
    expect(read.document.preamble.map((line) => line.text)).toEqual(['Voting Closed', 'May 14, 2025 8:00 PM EDT', 'Voter Turnout', '118 of 164 (71.95%)']);
    // The labels, shares and headers are kept as the cells they are; nothing is lost.
    expect(read.document.ignored.filter((line) => line.reason === 'stacked-cell').map((line) => line.text)).toEqual(['In Favour', '77.12%', 'Opposed', '18.64%', 'Abstain', '4.24%', 'Total']);
    expect(read.document.ignored.filter((line) => line.reason === 'table-header').map((line) => line.text)).toEqual(['Choice', 'Votes', '%']);
    expect(unaccountedLines(text, read)).toEqual([]);
  });

  it('flags a total the figures do not give on the total’s own line', () => {
    const text = electionBuddy.join('\n').replace(/Total\n118$/, 'Total\n119');
    expect(problemsOf(text)).toEqual([[21, 'error']]);
  });

  it('edits a figure where it is printed', () => {
    const read = parse(electionBuddy.join('\n'));
    expect(read.document.sections[0]!.motions[0]!.printedAt.counts.against).toEqual({ line: 15, within: '22', index: 0 });
  });

  it('reads the share before the figure and a unit after it, as Decidim prints them', () => {
    const text = ['Propuesta 1. Aprobación de las cuentas', 'A favor', '84,4 %', '1954 votos', 'En contra', '6,1 %', '141 votos', 'Abstención', '9,5 %', '220 votos', 'Total', '2315 votos'].join('\n');
    expect(motionsOf(text)).toEqual([['1', 1954, 141, 220, null, null]]);
    expect(problemsOf(text)).toEqual([]);
  });

  it('sets candidates with their votes aside as an election, with the heading above them and the blank votes after them', () => {
    const text = [
      'Question #1',
      'Resolution 1: To adopt the revised Articles',
      'Yes', '428', 'No', '82', 'Abstain', '27',
      'Question #2',
      'Election of three Ordinary Members of Council',
      'Farah Iqbal', '301', 'Owen Pritchard', '288', 'Abstain', '41',
    ].join('\n');
    const read = parse(text);
    expect(motionsOf(text)).toEqual([['1', 428, 82, 27, null, null]]);
    // The poll's question number over the motion's own heading is kept as its note.
    expect(read.document.sections[0]!.motions[0]!.notes).toEqual([{ line: 1, text: 'Question #1' }]);
    expect(read.document.ignored.filter((line) => line.reason === 'election').map((line) => line.line)).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    expect(read.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([['looks-like-election', 9]]);
  });

  it('needs two counts together: a label and a number alone are words', () => {
    expect(motionsOf('Motion 1 – Budget\nCARRIED\n\nResults\nIn favour\n12')).toEqual([['1', null, null, null, null, 'carried']]);
  });
});

describe('poll reports pasted from Zoom and similar', () => {
  const zoom = [
    'Poll ended   47 of 52 (90%) participated',
    '',
    '1. Motion 1 – Affiliation to the Trades Council (Single Choice)',
    'Yes   (39/47) 83%',
    'No   (5/47) 11%',
    'Abstain   (3/47) 6%',
    'Chair declared: CARRIED',
    '',
    '2. Election of Branch Secretary (Single Choice)',
    'Aisha Rahman   (26/47) 55%',
    'Tom Whitfield   (21/47) 45%',
    '',
    '3. Motion 2 – Saturday meetings (Single Choice)',
    'Yes   (3O/47) 64%',
    'No   (14/47) 30%',
    'Abstain   (3/47) 6%',
    'Chair declared: CARRIED',
  ].join('\n');

  it('reads the motion’s own label inside the question’s number, each option’s count out of those who answered, and the declared result', () => {
    expect(motionsOf(zoom)).toEqual([['1', 39, 5, 3, null, 'carried'], ['2', 30, 14, 3, null, 'carried']]);
    expect(parse(zoom).document.totalVoters).toBe(47);
    const motion = parse(zoom).document.sections[0]!.motions[0]!;
    expect([motion.style.headingLead, motion.style.resultPrefix]).toEqual(['1. ', 'Chair declared: ']);
  });

  it('flags the letter in a count and sets the election aside', () => {
    expect(parse(zoom).diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([
      ['looks-like-election', 9],
      ['unreadable-number', 14],
    ]);
    expect(parse(zoom).document.ignored.map((line) => [line.line, line.reason])).toEqual([[9, 'election'], [10, 'election'], [11, 'election']]);
  });

  it('keeps a list’s item and a sentence as they were: a single number needs a mark after the motion’s label', () => {
    expect(motionsOf('3. Resolution 13 was not passed\n40 for, 2 against')).toEqual([['3', 40, 2, null, null, null]]);
  });
});

describe('a motion’s state printed above its vote, as OpenSlides exports it', () => {
  const openSlides = [
    'Motion B7: Community energy',
    'Submitters: Tynedale Local Party',
    'State: accepted',
    'Vote',
    'Yes: (71.429 %) 60',
    'No: (23.810 %) 20',
    'Abstain: (4.762 %) 4',
    'Valid votes: 84',
    'Invalid votes: 1',
    'Total votes cast: 85',
    '',
    'Motion B8: Rural buses',
    'State: rejected',
    '',
    'Pay rise',
    'For 10, against 2',
  ];

  it('gives the counts below the state to the motion, its valid votes as its own total, and keeps the line between', () => {
    const text = openSlides.join('\n');
    const read = parse(text);
    expect(motionsOf(text)).toEqual([['B7', 60, 20, 4, 1, 'carried'], ['B8', null, null, null, null, 'lost'], ['', 10, 2, null, null, null]]);
    expect(read.document.sections[0]!.motions[0]!.trailing.map((line) => line.text)).toEqual(['Vote']);
    expect(read.document.totalVoters).toBeNull();
    // Valid votes cover the votes for and against and the abstentions: no sum is wrong.
    expect(read.diagnostics.filter((diagnostic) => diagnostic.code === 'sum-differs-from-voters')).toEqual([]);
  });

  it('leaves a motion after a blank line to be a motion: counts past a blank line are not the stated motion’s', () => {
    const read = parse(openSlides.join('\n'));
    expect(read.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line])).toContainEqual(['missing-number', 15]);
  });
});

describe('tallies and totals in every punctuation', () => {
  it('reads counts parted by middle dots, arrows and a gap of spaces', () => {
    expect(motionsOf('Resolución 1 – A\nA favor: 280 · En contra: 12 · Abstenciones: 14 · Nulos: 2 · Votos emitidos: 308')).toEqual([['1', 280, 12, 14, 2, null]]);
    expect(motionsOf('Motion 1 – A\nFor → 55, Against → 3')).toEqual([['1', 55, 3, null, null, null]]);
    expect(motionsOf('Motion 1 – A\nIn Favour\t91\t77.12%\nOpposed\t22\t18.64%')).toEqual([['1', 91, 22, null, null, null]]);
  });

  it('reads a letter in a count printed in groups of three with spaces', () => {
    const read = parse('Résolution 1 : A\nPour : 6 102 – Contre : 9 877 – Abstentions : 2 1O1');
    expect(motionsOf('Résolution 1 : A\nPour : 6 102 – Contre : 9 877 – Abstentions : 2 1O1')).toEqual([['1', 6102, 9877, 2101, null, null]]);
    expect(read.diagnostics.map((diagnostic) => diagnostic.message)).toEqual(['“2 1O1” is not a number: it has a letter in it. It probably means 2,101.']);
  });

  it('reads the result after a stated total, and checks the total by the counts the file’s totals cover', () => {
    const text = [
      'Résolution 1 : A',
      'Pour : 14 212 – Contre : 2 318 – Abstentions : 1 604',
      'Suffrages exprimés : 16 530 – Résolution adoptée',
      '',
      'Résolution 2 : B',
      'Pour 15 881 / Contre 1 020 / Abstentions 1 233',
      'Exprimés = 16 901 – Adoptée',
      '',
      'Résolution 3 : C',
      'Pour : 13 950 – Contre : 3 020 – Abstentions : 1 210',
      'Exprimés : 16 907 – Rejetée (majorité des deux tiers non atteinte)',
    ].join('\n');
    expect(motionsOf(text)).toEqual([['1', 14212, 2318, 1604, null, 'carried'], ['2', 15881, 1020, 1233, null, 'carried'], ['3', 13950, 3020, 1210, null, 'lost']]);
    expect(parse(text).diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.code])).toEqual([[11, 'sum-differs-from-voters'], [11, 'result-contradicts-counts']]);
    expect(parse(text).diagnostics[0]!.message).toBe("The counts of Résolution 3 add up to 16,970, but the file says 16,907 voted on it (the file's totals count the votes for and against).");
  });

  it('writes a total back with its label, and reads it again the same', () => {
    const read = parse('Resolución 1 – A\nA favor: 280 · En contra: 12 · Votos emitidos: 292');
    expect(read.document.sections[0]!.motions[0]!.total).toEqual({ value: 292, label: 'Votos emitidos', line: 2 });
    const written = writeDocument(read.document);
    expect(written).toContain('Votos emitidos: 292');
    expect(parse(written).document.sections[0]!.motions[0]!.total).toMatchObject({ value: 292, label: 'Votos emitidos' });
  });
});

describe('what stays as it was (found in review)', () => {
  it('a label and a result word in capitals in prose are no result', () => {
    const text = ['Motion 1 – Budget', 'For 40, against 22', 'CARRIED', '', "Treasurer's report: ACCEPTED", 'Action: CARRIED FORWARD to the next meeting'].join('\n');
    expect(motionsOf(text)).toEqual([['1', 40, 22, null, null, 'carried']]);
    expect(parse(text).document.closing.map((line) => line.text)).toEqual(["Treasurer's report: ACCEPTED", 'Action: CARRIED FORWARD to the next meeting']);
  });

  it('a numbered list keeps its numbers where an item names a resolution', () => {
    const text = ['1. That the branch affiliates', '40 for, 2 against', '2. Resolution 13: the NEC to report back', '30 for, 5 against', '3. That the branch donates', '20 for, 1 against'].join('\n');
    expect(motionsOf(text).map(([number]) => number)).toEqual(['1', '2', '3']);
  });

  it('a motion above its amendment is two motions', () => {
    expect(motionsOf('Motion 5\nAmendment 5.1 – Delete paragraph 2\nFor 10, against 30\nLOST').map(([number]) => number)).toEqual(['5', '5.1']);
  });

  it('a bare result ends its motion: a title and counts below it are the next', () => {
    expect(motionsOf('Motion 1 – Budget\nLOST\nEmergency motion: Pay\nFor 30, against 12')).toEqual([['1', null, null, null, null, 'lost'], ['', 30, 12, null, null, null]]);
  });

  it('names with figures under a motion are its counts’ cells only with an election above them', () => {
    const text = 'Motion 2 – Membership growth\nFull Members\n312\nAssociate Members\n45\nCARRIED';
    expect(motionsOf(text)).toEqual([['2', null, null, null, null, 'carried']]);
    expect(parse(text).document.ignored).toEqual([]);
  });

  it('reads a candidate whose party has a slash in it', () => {
    const text = 'Motion 1 – A\nFor 10, against 2\n\nJane Smith (Labour/Co-op) – 1,203 votes – ELECTED\nJohn Brown (Green) – 904 votes';
    expect(parse(text).document.ignored.map((line) => line.reason)).toEqual(['election', 'election']);
  });

  it('a meeting’s valid votes are the counts without the spoilt ballots', () => {
    expect(parse('Valid votes: 400\n\nMotion 1 – A\nFor 300, against 100, spoilt 7').diagnostics).toEqual([]);
  });

  it('a total that counts only for and against, alone among motions without abstentions, is flagged', () => {
    const text = ['Motion 1 – A', 'For 40, against 2, abstentions 3, total 42', '', 'Motion 2 – B', 'For 30, against 2, total 32', '', 'Motion 3 – C', 'For 20, against 2, total 22'].join('\n');
    expect(parse(text).diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([['sum-differs-from-voters', 2]]);
  });
});

describe('an edit that makes a table printed a cell to a line', () => {
  it('is read by the editor’s session exactly as a whole reading reads it', () => {
    const before = ['Results', '', 'Section 1 – Pay', 'Motion 1 – Budget', 'For 40, against 2', '', 'Section 2 – Rules', 'Motion 2 – Rules', 'In Favour', '91', 'Opposed', 'tbc'].join('\n');
    const after = before.replace(/tbc$/, '22');
    const session = createReadingSession();
    session.read(before, defaultSettings());
    expect(session.read(after, defaultSettings())).toEqual(parse(after, defaultSettings()));
    expect(motionsOf(after).at(-1)).toEqual(['2', 91, 22, null, null, null]);
  });
});

describe('a vote counted in parts', () => {
  it('takes the counts from the line of the whole and keeps the parts as notes', () => {
    const text = 'Voorstel 4.1 – Jaarrekening\nzaal: voor 52 | tegen 4 | onthouding 2\nonline: voor 160 | tegen 12 | onthouding 7\ntotaal: voor 212 | tegen 16 | onthouding 9 → aangenomen';
    expect(motionsOf(text)).toEqual([['4.1', 212, 16, 9, null, 'carried']]);
    expect(parse(text).document.sections[0]!.motions[0]!.notes.map((note) => note.line)).toEqual([2, 3]);
    expect(parse(text).diagnostics).toEqual([]);
  });

  it('adds the parts up where no line gives the whole, and says so on the first part', () => {
    const text = 'Voorstel 4.1 – Jaarrekening\nzaal: voor 52 | tegen 4 | onthouding 2\nonline: voor 160 | tegen 12 | onthouding 7';
    expect(motionsOf(text)).toEqual([['4.1', 212, 16, 9, null, null]]);
    expect(parse(text).diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.line, diagnostic.message])).toEqual([
      ['warning', 2, 'No line gives the whole vote of Voorstel 4.1: its counts are its 2 parts added up. Check them, or add the line with the totals.'],
    ]);
  });
});
