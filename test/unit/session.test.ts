import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/model';
import { createReadingSession, parse } from '../../shared/parse';
import { editedLines, linesOf } from '../../shared/parse/edited-lines';
import { fixtureFiles, readFixture, styleFiles } from '../support/fixtures';
import { generateResults } from '../support/generate';

/**
 * The editor's reading session reads again only what an edit changed; what
 * it returns must be exactly what reading the whole text gives. Random
 * keystrokes on every kind of file, each compared with a whole reading.
 */

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
// A fresh seed every run finds what a fixed one never will; a failure is rerun with FUZZ_SEED=<seed>.
console.log(`reading session edits: seed ${seed} (rerun with FUZZ_SEED=${seed})`);

/** mulberry32: small, seeded, good enough to choose edits. */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

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
    const next = random(seed ^ [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 0));
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
    const next = random(seed);
    const how: string[] = [];
    for (const edited of editedTexts(text, 60, next)) {
      expect(session.read(edited, settings)).toEqual(parse(edited, settings));
      how.push(session.lastReading);
    }
    expect(how).toContain('changed');
  });
});

describe('the lines of an edited text', () => {
  it('are the lines of the text, and the lines outside the range named changed are the lines as they were', () => {
    const next = random(seed + 1);
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
