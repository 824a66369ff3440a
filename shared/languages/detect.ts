import { alternation } from '../vocabulary';
import { languagePacks } from './index';
import type { LanguagePack } from './pack';

/**
 * Which languages a file is written in, most used first: the packs whose
 * words for counts, results, motions and sections its lines use. A word that
 * two packs share ("motion", "total") tells neither apart and is not counted.
 * A file that uses none matches none, and the writer then writes English.
 */
function signatureWords(pack: LanguagePack): string[] {
  return [...Object.values(pack.counts).flat(), ...Object.values(pack.results).flat(), ...pack.motionWords, ...pack.amendmentWords, ...pack.sectionWords, ...pack.resultLabels]
    .map((word) => word.toLowerCase());
}

const packsOfWord = new Map<string, number>();
for (const pack of languagePacks) for (const word of new Set(signatureWords(pack))) packsOfWord.set(word, (packsOfWord.get(word) ?? 0) + 1);

const patterns = languagePacks.map((pack) => ({
  code: pack.code,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(signatureWords(pack).filter((word) => packsOfWord.get(word) === 1))})(?![\\p{L}\\p{N}])`, 'giu'),
}));

/** `lines` are the lines the reader gave a meaning (headings, tallies, results), not the prose around them. */
export function languagesIn(lines: string[]): string[] {
  const hits = new Map<string, number>();
  for (const line of lines) {
    for (const { code, pattern } of patterns) {
      pattern.lastIndex = 0;
      const found = line.match(pattern)?.length ?? 0;
      if (found > 0) hits.set(code, (hits.get(code) ?? 0) + found);
    }
  }
  return [...hits].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/** The pack the writer takes its words from: the file's own language, else English. */
export function writingPack(languages: string[]): LanguagePack {
  return languagePacks.find((pack) => pack.code === languages[0]) ?? languagePacks[0]!;
}
