import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/model';
import { createReadingSession, parse } from '../../shared/parse';
import { classifyFile } from '../../shared/parse/classify';
import { editedLines, linesOf } from '../../shared/parse/edited-lines';
import { rereadLines } from '../../shared/parse/reread-lines';
import { fixtureFiles, readFixture, styleFiles } from '../support/fixtures';
import { generateResults, randomFrom } from '../support/generate';

/**
 * The editor's reading session reads again only what an edit changed; what
 * it returns must be exactly what reading the whole text gives. Random
 * keystrokes on every kind of file, each compared with a whole reading.
 */

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
// A fresh seed every run finds what a fixed one never will; a failure is rerun with FUZZ_SEED=<seed>.
console.log(`reading session edits: seed ${seed} (rerun with FUZZ_SEED=${seed})`);

type Edit = (lines: string[], pick: (n: number) => number) => string[];
const withLine = (lines: string[], index: number, text: string) => lines.map((line, at) => (at === index ? text : line));
/** Keystrokes and the larger edits a user makes: most change one line's words, some its kind, some the number of lines. */
const edits: Edit[] = [
  (lines, pick) => {
    const index = pick(lines.length);
    const line = lines[index]!;
    const at = pick(line.length + 1);
    return withLine(lines, index, line.slice(0, at) + '0123456789 abcCARRIED-'.charAt(pick(22)) + line.slice(at));
  },
  (lines, pick) => {
    const index = pick(lines.length);
    const line = lines[index]!;
    const at = pick(line.length);
    return withLine(lines, index, line.slice(0, at) + line.slice(at + 1));
  },
  (lines, pick) => {
    const digits = lines.flatMap((line, index) => [...line.matchAll(/\d/g)].map((match) => [index, match.index] as const));
    if (digits.length === 0) return lines;
    const [index, at] = digits[pick(digits.length)]!;
    const line = lines[index]!;
    return withLine(lines, index, line.slice(0, at) + String(pick(10)) + line.slice(at + 1));
  },
  (lines, pick) => withLine(lines, pick(lines.length), lines[pick(lines.length)]!),
  (lines, pick) => withLine(lines, pick(lines.length), ''),
  (lines, pick) => {
    const at = pick(lines.length + 1);
    return [...lines.slice(0, at), lines[pick(lines.length)] ?? '', ...lines.slice(at)];
  },
  (lines, pick) => lines.filter((_, index) => index !== pick(lines.length)),
];

function editedTexts(text: string, count: number, next: () => number): string[] {
  const pick = (n: number) => Math.floor(next() * n);
  const texts: string[] = [];
  let lines = text.split('\n');
  for (let step = 0; step < count; step++) {
    // Digits and letters typed are the most common edits by far.
    const edit = edits[next() < 0.6 ? pick(3) : pick(edits.length)]!;
    lines = edit(lines, pick);
    // A text always has a line, if an empty one.
    if (lines.length === 0) lines = [''];
    texts.push(lines.join('\n'));
  }
  return texts;
}

const corpus = new URL('../corpus/languages/', import.meta.url);
const corpusFiles = readdirSync(corpus).filter((name) => name.endsWith('.txt'));
const seeds = new URL('../snapshots/fuzz-seeds/', import.meta.url);
const fuzzFiles = readdirSync(seeds).filter((name) => name.endsWith('.txt'));
const files: [string, () => string][] = [
  ...[...fixtureFiles, ...styleFiles].map((name) => [name, () => readFixture(name).text] as [string, () => string]),
  ...corpusFiles.map((name) => [`corpus/${name}`, () => readFileSync(new URL(name, corpus), 'latin1')] as [string, () => string]),
  ...fuzzFiles.map((name) => [`fuzz/${name}`, () => readFileSync(new URL(name, seeds), 'utf8')] as [string, () => string]),
];

describe.each(files)('%s, edited keystroke by keystroke', (name, load) => {
  it('reads each version exactly as a whole reading does', () => {
    const next = randomFrom(seed ^ [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 0));
    const session = createReadingSession();
    const settings = defaultSettings();
    const text = load();
    expect(session.read(text, settings)).toEqual(parse(text, settings));
    for (const edited of editedTexts(text, 40, next)) expect(session.read(edited, settings)).toEqual(parse(edited, settings));
  });
});

describe('a long document', () => {
  it('reads a count typed in its first motion again from its first section only, exactly as a whole reading', () => {
    const { text } = generateResults(1_000);
    const session = createReadingSession();
    const settings = defaultSettings();
    session.read(text, settings);
    expect(session.lastReading).toBe('whole');
    const typed = text.replace(/For – (\d+)/, 'For – $11');
    const read = session.read(typed, settings);
    expect(session.lastReading).toBe('changed');
    expect(read).toEqual(parse(typed, settings));
    expect(read.document.sections[0]!.motions[0]!.for).toBe(Number(/For – (\d+)/.exec(text)![1]) * 10 + 1);
    expect(session.read(typed, settings)).toEqual(read);
    expect(session.lastReading).toBe('none');
  });

  it('keeps reading edits of the same document section by section, and the whole file when a line is added', () => {
    const { text } = generateResults(300);
    const session = createReadingSession();
    const settings = defaultSettings();
    session.read(text, settings);
    const next = randomFrom(seed);
    const how: string[] = [];
    for (const edited of editedTexts(text, 60, next)) {
      expect(session.read(edited, settings)).toEqual(parse(edited, settings));
      how.push(session.lastReading);
    }
    expect(how).toContain('changed');
  });
});

describe('an edit under a section heading that reaches the motion above it', () => {
  it.each([
    ['a tally whose counts cannot be read, which then belongs to the motion above',
      ['Annual Conference Results', '', 'Section 1: Finance', 'Motion 1 – Budget approval – CARRIED', '', 'Section 2: Other business', 'Some words about a motion', 'For: 12 Against: -3'], 7, 'For: -12 Against: -3'],
    ['a sentence about the motion just read',
      ['Annual Conference Results', '', 'Section 1: Finance', 'Motion 1 – Budget approval', 'For: 10 Against: 20', '', 'Section 2: Other business', 'Motion as amended carried'], 7, 'The motion was carried'],
    ['a candidate who becomes an election, which leaves the result below to the motion above',
      ['Annual Conference Results', '', 'Section 1: Finance', 'Motion 1 – Budget approval', 'For: 10 Against: 20', '', 'Section 2: Other business', 'Jane Smith 45 votes', 'CARRIED'], 7, 'Jane Smith 45 votes elected'],
  ])('%s: read as a whole reading, and the reading before left as it was', (_case, lines, at, text) => {
    const settings = defaultSettings();
    const session = createReadingSession();
    const before = session.read(lines.join('\n'), settings);
    const kept = JSON.stringify(before);
    const edited = lines.map((line, index) => (index === at ? text : line)).join('\n');
    expect(session.read(edited, settings)).toEqual(parse(edited, settings));
    expect(JSON.stringify(before)).toBe(kept);
  });
});

describe('small files of many sections, each line replaced by lines of every kind', () => {
  /** Lines of every kind the reader tells apart, the ones that reach back across a heading among them. */
  const pool = [
    '', 'Section 2: Other business', 'Motion 3 – Pay rise', 'Motion 3 as amended', 'For: 12 Against: 3', 'For: -12 Against: -3', 'CARRIED', 'LOST',
    'The motion was carried', 'Motion as amended carried', 'Jane Smith 45 votes', 'Jane Smith 45 votes elected', 'Some words about a motion',
    'Notes:', '1. A clause of the motion', 'Delegates voting: 40', 'Mover: North branch', '54 for; 2 against', 'Amendment 1 to Motion 3',
  ];
  it('reads every version exactly as a whole reading, and leaves each reading before as it was', () => {
    const next = randomFrom(seed + 3);
    const pick = (n: number) => Math.floor(next() * n);
    const settings = defaultSettings();
    for (let file = 0; file < 200; file++) {
      let lines = ['Annual Conference Results', '', 'Section 1: Finance', 'Motion 1 – Budget approval', 'For: 10 Against: 20', ''];
      for (let line = 0; line < 14; line++) lines.push(pool[pick(pool.length)]!);
      const session = createReadingSession();
      let before = session.read(lines.join('\n'), settings);
      let kept = JSON.stringify(before);
      for (let edit = 0; edit < 25; edit++) {
        const at = 3 + pick(lines.length - 3);
        lines = lines.map((line, index) => (index === at ? pool[pick(pool.length)]! : line));
        const text = lines.join('\n');
        const read = session.read(text, settings);
        expect(read).toEqual(parse(text, settings));
        expect(JSON.stringify(before)).toBe(kept);
        [before, kept] = [read, JSON.stringify(read)];
      }
    }
  });
});

describe('a long document pasted from a PDF, with running headers and page numbers', () => {
  it('reads edits away from the page furniture section by section, exactly as a whole reading', () => {
    const lines = generateResults(300).text.split('\n');
    const pages: string[] = [];
    for (let start = 0, page = 1; start < lines.length; start += 45, page++) {
      pages.push(...lines.slice(start, start + 45), '', `Page ${page}`, '', 'Delegate Conference 2026 – Record of Votes', '');
    }
    const text = pages.join('\n');
    const session = createReadingSession();
    const settings = defaultSettings();
    const whole = session.read(text, settings);
    expect(whole.document.ignored.filter((line) => line.reason === 'running-header').length).toBeGreaterThan(5);
    const how: string[] = [];
    for (const edited of editedTexts(text, 60, randomFrom(seed + 2))) {
      expect(session.read(edited, settings)).toEqual(parse(edited, settings));
      how.push(session.lastReading);
    }
    expect(how).toContain('changed');
  });

});

describe('reading again only the lines an edit changed, in a file with page numbers', () => {
  /**
   * Two pages: on the first, a header line beside the page number that the
   * second page repeats away from its own; on each, a line of its own beside
   * the page number; motions between.
   */
  const pages = () => {
    const lines = ['Conference results', '', 'Motion 1 – Pay', 'For 10, Against 2', ''];
    for (let page = 1; page <= 2; page++) {
      if (page === 1) lines.push('Delegate Conference 2026 – Record of Votes');
      lines.push(`Only on page ${page}, this line`, '', `Page ${page}`, '');
      for (let motion = 0; motion < 4; motion++) lines.push(`Motion ${page * 10 + motion} – Item ${motion}`, 'Text of the motion', `For ${motion + 3}, Against 1`, '');
      if (page === 2) lines.push('Delegate Conference 2026 – Record of Votes', '');
    }
    return lines;
  };
  const changedAt = (lines: string[], index: number, text: string) => lines.map((line, at) => (at === index ? text : line));

  it.each([
    ['a line of its own made to repeat one beside a page number, which makes that one a running header', (lines: string[]) => changedAt(lines, lines.indexOf('Motion 12 – Item 2'), 'Only on page 2, this line')],
    ['a line that repeats a running header made to differ, which leaves the header a line of its own', (lines: string[]) => changedAt(lines, lines.lastIndexOf('Delegate Conference 2026 – Record of Votes'), 'Delegate Conference 2026 – Record of Vote')],
    ['a blank line between a header and its page number given words, which takes the header away from it', (lines: string[]) => changedAt(lines, lines.indexOf('Page 1') - 1, 'More text here')],
    ['a page number given words, which takes the header beside it away from it', (lines: string[]) => changedAt(lines, lines.indexOf('Page 1'), 'Page 1 of the minutes, as read')],
    ['a running header given other words', (lines: string[]) => changedAt(lines, lines.indexOf('Delegate Conference 2026 – Record of Votes'), 'Delegate Conference 2026 – Votes')],
  ])('%s: not read line by line, or read as a whole reading reads it', (_case, edit) => {
    const before = pages();
    const after = edit(before);
    const readings = new Map();
    const whole = classifyFile(after, readings);
    // The edit does change which lines are page furniture: reading only its line would miss that.
    expect(whole.furniture).not.toEqual(classifyFile(before, readings).furniture);
    const { changed } = editedLines(linesOf(before.join('\n')), after.join('\n'));
    const reread = rereadLines(classifyFile(before, readings), after, changed!, readings);
    if (reread) expect({ ...reread, repeats: null }).toEqual({ ...whole, repeats: null });
  });

  it('reads a line of its own given other words line by line, as a whole reading reads it', () => {
    const before = pages();
    const after = changedAt(before, before.indexOf('Motion 21 – Item 1'), 'Motion 21 – Item one');
    const readings = new Map();
    const { changed } = editedLines(linesOf(before.join('\n')), after.join('\n'));
    const reread = rereadLines(classifyFile(before, readings), after, changed!, readings);
    const whole = classifyFile(after, readings);
    expect(reread).not.toBeNull();
    expect(reread).toEqual(whole);
  });
});

describe('the lines of an edited text', () => {
  it('are the lines of the text, and the lines outside the range named changed are the lines as they were', () => {
    const next = randomFrom(seed + 1);
    const pick = (n: number) => Math.floor(next() * n);
    const pieces = ['', 'a', 'For 12', '\n', '\n\n', 'Motion 1 – x', ' ', '7'];
    for (let run = 0; run < 2_000; run++) {
      const before = Array.from({ length: pick(8) }, () => pieces[pick(pieces.length)]).join('');
      const at = pick(before.length + 1);
      const removed = pick(Math.min(4, before.length - at) + 1);
      const after = before.slice(0, at) + Array.from({ length: pick(3) }, () => pieces[pick(pieces.length)]).join('') + before.slice(at + removed);
      const old = linesOf(before);
      const { after: read, changed } = editedLines(old, after);
      expect(read).toEqual(linesOf(after));
      if (changed === null) {
        expect(after).toBe(before);
        continue;
      }
      const tail = old.lines.length - 1 - changed.to;
      expect(read.lines.slice(0, changed.from)).toEqual(old.lines.slice(0, changed.from));
      expect(read.lines.slice(read.lines.length - tail)).toEqual(old.lines.slice(changed.to + 1));
    }
  });
});
