import { describe, expect, it } from 'vitest';
import { parse } from '../../shared/parse';

/** Styles beyond the fixtures, each written as a secretary would paste it, with what a careful reader takes from it. */
const motionsOf = (text: string) =>
  parse(text).document.sections.flatMap((section) =>
    section.motions.map((motion) => [motion.number, motion.text, motion.for, motion.against, motion.abstain, motion.statedResult]),
  );

describe('styles the fixtures do not show', () => {
  it('a Markdown table', () => {
    const text = [
      '# Branch AGM 2024 – results',
      '',
      'Members present: 41',
      '',
      '| # | Motion | For | Against | Abstain |',
      '|---|--------|-----|---------|---------|',
      '| 1 | Adopt the annual report | 39 | 0 | 2 |',
      '| 2 | Raise subs by £1, from April | 30 | 9 | 2 |',
    ].join('\n');
    expect(motionsOf(text)).toEqual([
      ['1', 'Adopt the annual report', 39, 0, 2, null],
      ['2', 'Raise subs by £1, from April', 30, 9, 2, null],
    ]);
    const { document, diagnostics } = parse(text);
    expect(document.totalVoters).toBe(41);
    expect(diagnostics).toEqual([]);
  });

  it('a CSV export with quoted cells and a result column', () => {
    const text = ['Ref,Title,Yes,No,Abstain,Result', '1,"Approve minutes, as amended",120,3,4,Carried', '2,"Move the AGM ""online only""",40,80,7,Lost'].join('\n');
    expect(motionsOf(text)).toEqual([
      ['1', 'Approve minutes, as amended', 120, 3, 4, 'carried'],
      ['2', 'Move the AGM "online only"', 40, 80, 7, 'lost'],
    ]);
  });

  it('German results with Ja / Nein / Enthaltungen and a two-thirds rule change', () => {
    const text = [
      'Landesparteitag 2024 – Beschlüsse',
      'Abgegebene Stimmen: 212',
      '',
      'Antrag A1: Mietendeckel jetzt',
      'Ja: 180, Nein: 20, Enthaltungen: 12',
      'angenommen',
      '',
      'Antrag A2: Satzungsänderung § 4 (Zweidrittelmehrheit erforderlich)',
      'Ja: 130, Nein: 70, Enthaltungen: 12',
      'angenommen',
    ].join('\n');
    const { document, diagnostics } = parse(text);
    expect(motionsOf(text)).toEqual([
      ['A1', 'Mietendeckel jetzt', 180, 20, 12, 'carried'],
      ['A2', 'Satzungsänderung § 4 (Zweidrittelmehrheit erforderlich)', 130, 70, 12, 'carried'],
    ]);
    expect(document.totalVoters).toBe(212);
    expect(document.sections[0]!.motions[1]!.rule).toBe('two-thirds');
    expect(diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.code])).toEqual([[10, 'result-contradicts-counts']]);
  });

  it('minutes that give results in words', () => {
    const text = [
      'Minutes of the Special General Meeting',
      '',
      'Motion 1: That this branch affiliates to the local trades council.',
      'Carried by 23 votes to 4 with 2 abstentions.',
      '',
      'Motion 2: That branch meetings move to Thursdays.',
      'Lost by 10 votes to 19.',
      '',
      'Motion 3: That the branch donates £200 to the strike fund.',
      'Carried unanimously.',
    ].join('\n');
    expect(motionsOf(text)).toEqual([
      ['1', 'That this branch affiliates to the local trades council.', 23, 4, 2, 'carried'],
      ['2', 'That branch meetings move to Thursdays.', 10, 19, null, 'lost'],
      ['3', 'That the branch donates £200 to the strike fund.', null, null, null, 'carried'],
    ]);
  });

  it('one count per line, and a result word before the counts', () => {
    const text = ['Item 1 – Budget 2025', 'For: 34', 'Against: 2', 'Abstain: 1', 'Agreed', '', 'Item 2 – Parking charges', 'LOST (12 for, 25 against)'].join('\n');
    expect(motionsOf(text)).toEqual([
      ['1', 'Budget 2025', 34, 2, 1, 'carried'],
      ['2', 'Parking charges', 12, 25, null, 'lost'],
    ]);
  });

  it('tallies at the end of the motion line', () => {
    const text = ['Results', '', '1) Free school meals for all primary pupils (45 for, 3 against, 2 abstentions)', '2) A new swimming pool – 20 for, 28 against – LOST'].join('\n');
    expect(motionsOf(text)).toEqual([
      ['1', 'Free school meals for all primary pupils', 45, 3, 2, null],
      ['2', 'A new swimming pool', 20, 28, null, 'lost'],
    ]);
  });

  it('sets an election count aside with its heading and a warning', () => {
    const text = ['1. Adopt the report', '30 for; 1 against', '', 'Election of Treasurer', 'Jane Smith 20', 'John Brown 11'].join('\n');
    const { document, diagnostics } = parse(text);
    expect(document.ignored.map((entry) => [entry.line, entry.reason])).toEqual([[4, 'election'], [5, 'election'], [6, 'election']]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('looks-like-election');
  });

  it('does not take motion text that starts with a result word for a result', () => {
    const text = ['1. Lost jobs must be restored', 'by the council this year.', '30 for; 2 against'].join('\n');
    expect(motionsOf(text)).toEqual([['1', 'Lost jobs must be restored by the council this year.', 30, 2, null, null]]);
  });

  it('reads a voter count after the last motion as the document\'s, not that motion\'s', () => {
    const { document, diagnostics } = parse('1. A\n30 for; 2 against\n\n2. B\n20 for; 10 against\n\n56 people voted in total.\n');
    expect(document.totalVoters).toBe(56);
    expect(diagnostics.map((diagnostic) => diagnostic.line)).toEqual([2, 5]);
  });

  it('takes a majority rule only from words that name one', () => {
    const { document } = parse('1. Cap rent rises at 75% of inflation\n30 for; 20 against\n\n2. Two thirds of our members rent\n30 for; 20 against\n\n3. Amend rule 4 (requires a two-thirds majority)\n30 for; 20 against\n');
    expect(document.sections[0]!.motions.map((motion) => motion.rule)).toEqual([null, null, 'two-thirds']);
  });

  it('keeps a wrapped line that starts with a result word in lower case as text', () => {
    expect(motionsOf('1. Conference notes that jobs were\nlost to automation, and calls for retraining.\n30 for; 2 against\n')).toEqual([
      ['1', 'Conference notes that jobs were lost to automation, and calls for retraining.', 30, 2, null, null],
    ]);
  });

  it('does not judge a result from counts it could not read', () => {
    const { diagnostics } = parse('No.\tMotion\tFor\tAgainst\tResult\n1\tBuses\t10\tn/a\tLost\n');
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['unreadable-number']);
  });

  it('reads a stated total after the counts, and checks it', () => {
    expect(parse('1. A\n40 for, 10 against, 2 abstentions, Total 52\n').diagnostics).toEqual([]);
    expect(parse('1. A\n40 for, 10 against, 2 abstentions, Total 53\n').diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'The counts of Motion 1 add up to 52, but the file states a total of 53.',
    ]);
  });

  it('checks a stated total by the counts the file’s totals cover: for and against, with abstentions, or all', () => {
    const votesCast = (total: number) => `Pour : 60 – Contre : 30 – Abstentions : 10 – Exprimés : ${total}`;
    // Two totals of for and against make that the file's convention; the third, which counts the abstentions, is flagged.
    const file = ['Résolution 1 : A', votesCast(90), '', 'Résolution 2 : B', votesCast(90), '', 'Résolution 3 : C', votesCast(100), ''].join('\n');
    expect(parse(file).diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.message])).toEqual([
      [8, "The counts of Résolution 3 add up to 90, but the file states a total of 100 (the file's totals count the votes for and against)."],
    ]);
  });

  it('asks for counts when one motion gives only a result and the others all have counts', () => {
    const lines = ['A1. One', 'For – 5, Against – 2   CARRIED', '', 'A2. Two', 'For – 6, Against – 1   CARRIED', '', 'A3. Three', 'For – 2, Against – 5   LOST', '', 'A4. Four', 'CARRIED', '', 'A5. Five', 'Carried unanimously'];
    const { diagnostics } = parse(lines.join('\n'));
    expect(diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.code, diagnostic.severity])).toEqual([[10, 'missing-tally', 'warning']]);
  });

  it('checks a printed percentage against the counts', () => {
    const right = 'Resolution 1 – To receive the accounts\nVotes for 41,203,118 (99.21%) / Votes against 328,044 (0.79%) / Votes withheld 1,002,311';
    expect(parse(right).diagnostics).toEqual([]);
    const { diagnostics } = parse(right.replace('99.21%', '92.21%'));
    expect(diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.code, diagnostic.message])).toEqual([
      [2, 'percentage-differs', 'The file prints 92.21% for, but the counts give 99.21% of the votes for and against.'],
    ]);
  });

  it('reads a voter count written in words', () => {
    expect(parse('Minutes\n\nFifty-six members voted.\n\n1. Adopt the report\n50 for; 6 against\n').document.totalVoters).toBe(56);
    expect(parse('Minutes\n\nOne of the members voted by post.\n\n1. Adopt the report\n50 for; 6 against\n').document.totalVoters).toBeNull();
  });
});
