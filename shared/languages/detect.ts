import { languagePacks } from './index';
import type { LanguagePack } from './pack';

/**
 * Which languages a file is written in, most used first: the packs whose
 * words for counts, results, motions and sections its lines use. A word that
 * two packs share ("motion", "total", "no") tells neither apart and is not
 * counted. A file that uses none matches none, and the writer then writes English.
 * Words are looked up one by one in a map: a pattern of every pack's words
 * tried on every line cost a third of the reader's time.
 */
function signatureWords(pack: LanguagePack): Set<string> {
  const phrases = [...Object.values(pack.counts).flat(), ...Object.values(pack.results).flat(), ...pack.motionWords, ...pack.amendmentWords, ...pack.sectionWords, ...pack.agendaWords, ...pack.resultLabels];
  // Single words only: the words of a phrase ("a" of "a favor") say little on their own.
  return new Set(phrases.map((phrase) => phrase.toLowerCase()).filter((phrase) => /^\p{L}+$/u.test(phrase)));
}

const packsOfWord = new Map<string, string[]>();
for (const pack of languagePacks) for (const word of signatureWords(pack)) packsOfWord.set(word, [...(packsOfWord.get(word) ?? []), pack.code]);
/** Each word that belongs to one pack only, and that pack. */
const packOfWord = new Map([...packsOfWord].filter(([, codes]) => codes.length === 1).map(([word, codes]) => [word, codes[0]!]));

export const mostLinesLookedAt = 2_000;

/** `lines` are the lines the reader gave a meaning (headings, tallies, results), not the prose around them. */
export function languagesIn(lines: string[]): string[] {
  const hits = new Map<string, number>();
  // A file's language shows in its first lines; a file of 10,000 motions need not be read through for it.
  for (const line of lines.slice(0, mostLinesLookedAt)) {
    for (const code of packsNamedBy(line)) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  return [...hits].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/**
 * The pack of each word of a line that belongs to one, in the order of the
 * words. The editor asks at every keystroke about the same lines, so each
 * line's answer is kept (up to a bound, then the store starts afresh).
 */
const packsOfLine = new Map<string, string[]>();
const mostLinesKept = 100_000;

function packsNamedBy(line: string): string[] {
  let codes = packsOfLine.get(line);
  if (!codes) {
    codes = [];
    for (const word of line.toLowerCase().match(/\p{L}+/gu) ?? []) {
      const code = packOfWord.get(word);
      if (code) codes.push(code);
    }
    if (packsOfLine.size >= mostLinesKept) packsOfLine.clear();
    packsOfLine.set(line, codes);
  }
  return codes;
}

/** The pack the writer takes its words from: the file's own language, else English. */
export function writingPack(languages: string[]): LanguagePack {
  return languagePacks.find((pack) => pack.code === languages[0]) ?? languagePacks[0]!;
}
