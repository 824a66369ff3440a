import type { DiagnosticCode } from '../../shared/model';

/**
 * Results documents of any size for the benchmarks and the large-file tests:
 * deterministic (the same size and seed give the same text), written the ways
 * the sample files write them, section by section, with a few errors planted
 * where a reader would have to find them.
 */
export type Generated = { text: string; motions: number; sections: number; planted: { line: number; code: DiagnosticCode }[] };

const voters = 240;
const wordList = (
  'conference calls for the public ownership of water energy and rail with workers and service users represented on every board ' +
  'branch members campaign against cuts to local services and demand a fair pay rise for all staff in the sector including agency ' +
  'workers the national executive shall publish its accounts every six months and consult members on any change to subscriptions ' +
  'housing repairs rents evictions tenants councils landlords transport safety equality training pensions sick pay holidays'
).split(' ');

/** A small fast generator of pseudo-random numbers (mulberry32), so that every run writes the same document. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Counts = { for: number; against: number; abstain: number };
/** How a section writes its motions: a tally and result, text wrapped or on one line, a blank line after each or none. */
type Style = { tally(counts: Counts, result: string): string[]; wraps: boolean; spaced: boolean };

/** The ways the sample files write their motions: the seed's, a06's, a05's and a02's. */
const styles: Style[] = [
  { tally: (c) => [`${c.for} for; ${c.against} against; ${c.abstain} abstained`], wraps: false, spaced: false },
  { tally: (c, result) => [`For – ${c.for}, Against – ${c.against}, Abstentions – ${c.abstain}   ${result}`], wraps: true, spaced: true },
  { tally: (c, result) => [`Yes ${c.for} / No ${c.against} / Abstain ${c.abstain} – ${result}`], wraps: false, spaced: true },
  { tally: (c, result) => [`For: ${c.for}  Against: ${c.against}  Abstentions: ${c.abstain}`, result], wraps: false, spaced: false },
];

export function generateResults(motions: number, seed = 1): Generated {
  const random = randomFrom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const lines: string[] = ['Annual Delegate Conference – Results of Voting', '', `Delegates voting: ${voters}`, ''];
  const planted: Generated['planted'] = [];
  let written = 0;
  let section = 0;
  while (written < motions) {
    section += 1;
    const style = styles[section % styles.length]!;
    lines.push(`Section ${section} – ${capitalise(sentence(pick, 3))}`, '');
    const size = Math.min(motions - written, 8 + Math.floor(random() * 12));
    for (let index = 0; index < size; index++) {
      written += 1;
      const text = `${capitalise(sentence(pick, 3))}. ${capitalise(sentence(pick, 8 + Math.floor(random() * 24)))}.`;
      // Copies from a PDF break the text into short lines; the other styles keep a motion on one line.
      const heading = lines.length + 1;
      lines.push(...(style.wraps ? wrap(`Motion ${written} – ${text}`, 72) : [`Motion ${written} – ${text}`]));
      if (random() < 0.15) lines.push(`Mover: ${capitalise(pick(wordList))} branch`);
      const counts = countsOf(random);
      const planting = written % 97 === 50 ? pick(['sum', 'letter-o', 'no-tally'] as const) : null;
      // A letter O can only stand for a zero the count has.
      const error = planting === 'letter-o' && !String(counts.for).includes('0') ? 'sum' : planting;
      if (error === 'no-tally') {
        planted.push({ line: heading, code: 'missing-tally' });
        lines.push('');
        continue;
      }
      if (error === 'sum') counts.for += 1;
      const tally = style.tally(counts, counts.for > counts.against ? 'CARRIED' : 'LOST');
      if (error === 'letter-o') tally[0] = tally[0]!.replace(String(counts.for), String(counts.for).replace('0', 'O'));
      if (error) planted.push({ line: lines.length + 1, code: error === 'sum' ? 'sum-differs-from-voters' : 'unreadable-number' });
      lines.push(...tally);
      if (style.spaced) lines.push('');
    }
  }
  return { text: `${lines.join('\n')}\n`, motions: written, sections: section, planted };
}

/** Counts that add up to the voters, mostly carried, sometimes lost. */
function countsOf(random: () => number): Counts {
  const abstain = Math.floor(random() * 20);
  const share = random() < 0.85 ? 0.55 + random() * 0.44 : 0.1 + random() * 0.35;
  const votesFor = Math.round((voters - abstain) * share);
  return { for: votesFor, against: voters - abstain - votesFor, abstain };
}

function sentence(pick: (items: readonly string[]) => string, words: number): string {
  return Array.from({ length: words }, () => pick(wordList)).join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text broken into lines of at most `width` characters, as a copy from a PDF or an email breaks it. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** Prose the reader cannot place, `lines` of it, before and after one motion: a minute book pasted whole. */
export function proseAroundOneMotion(lines: number): Generated {
  const random = randomFrom(lines);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const prose = (count: number) => Array.from({ length: count }, () => sentence(pick, 12));
  const text = ['Minutes of the annual meeting', '', ...prose(lines / 2), '', 'Motion 1 – Adopt the annual report', '40 for; 2 against; 1 abstained', '', ...prose(lines / 2)].join('\n');
  return { text: `${text}\n`, motions: 1, sections: 0, planted: [] };
}

/** One motion whose text runs to `lines` lines before its tally: a whole policy document under one heading. */
export function oneLongMotion(lines: number): Generated {
  const random = randomFrom(lines + 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const body = Array.from({ length: lines }, () => sentence(pick, 10));
  const text = ['Results of the ballot', '', 'Motion 1 – The policy platform', ...body, '40 for; 2 against; 1 abstained'].join('\n');
  return { text: `${text}\n`, motions: 1, sections: 0, planted: [] };
}

