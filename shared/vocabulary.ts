import { languagePacks, type CountKey, type LanguagePack } from './languages';
import type { MajorityRule, ResultWord } from './model';
import { lex } from './parse/lexer';

export type { CountKey };

/**
 * The words of every language pack, looked up together: a results file may
 * mix languages ("Pour / For: 58"), so every pack is tried on every line.
 * The words themselves live in `languages/`, one file a language.
 */
const all = languagePacks;

/** Every word for one entry, from every language. */
export function wordsFor(pick: (language: LanguagePack) => string[]): string[] {
  return [...new Set(all.flatMap(pick))];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The words longest first, so that "not carried" is tried before "carried". */
export function longestFirst(words: string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** A word as a pattern: any run of spaces where it has a space, and a hyphen, a space or nothing where it has a hyphen. */
export function wordPattern(word: string): string {
  return escapeRegExp(word).replace(/ /g, '\\s+').replace(/-/g, '[-\\s]?');
}

/** An alternation of the words, longest first; with no words, a pattern that matches nothing. */
export function alternation(words: string[]): string {
  return words.length === 0 ? '(?!)' : longestFirst(words).map(wordPattern).join('|');
}

/**
 * A quick test for a list of words and phrases: whether a line holds, in any
 * case, one piece of one of them (the longest piece between spaces and
 * hyphens). Every line a pattern of those words matches passes it, because
 * a word's pattern allows other spaces and hyphens but never other letters;
 * most lines fail it at the cost of one search of the lower-cased line.
 */
export type WordFilter = { mayHold(line: string): boolean };

export function wordFilter(words: string[]): WordFilter {
  const pieces = new Set(words.map((word) => longestFirst(word.toLowerCase().split(/[\s-]+/).filter(Boolean))[0] ?? ''));
  if (pieces.has('')) return { mayHold: () => true };
  // No flags: the pieces are lower case and searched for in the lower-cased line, a plain search V8 runs fastest.
  const search = new RegExp(longestFirst([...pieces]).map((piece) => escapeRegExp(piece)).join('|'));
  return { mayHold: (line) => search.test(lex(line).lower) };
}

/** Letters that count as part of a word, so that "Ja" does not match inside "Jahr". */
export const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
export const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';

export function wholeWords(words: string[]): string {
  return `${WORD_EDGE_BEFORE}(?:${alternation(words)})${WORD_EDGE_AFTER}`;
}

/** The counts of a tally, in the order they are printed. */
export const countKeys: CountKey[] = ['for', 'against', 'abstain', 'invalid'];
const countLookup = new Map<string, CountKey>();
for (const language of all) {
  for (const key of countKeys) for (const word of language.counts[key]) countLookup.set(normaliseWord(word), key);
}
const resultLookup = new Map<string, ResultWord>();
for (const language of all) {
  // The nouns that state a result after a label ("Beschluss: Annahme") map to it too: a table's result column is such a label.
  for (const results of [language.results, language.labelledResults]) {
    for (const [result, words] of Object.entries(results) as [ResultWord, string[]][]) {
      for (const word of words) resultLookup.set(normaliseWord(word), result);
    }
  }
}

export function normaliseWord(text: string): string {
  return text.toLowerCase().replace(/[-\s]+/g, ' ').trim();
}

/** The count a label names; asked of every label of every tally, so each label's answer is kept (up to a bound). */
export function countKeyOf(label: string): CountKey | undefined {
  let key = countKeyOfLabel.get(label);
  if (key === undefined) {
    key = countLookup.get(normaliseWord(label)) ?? null;
    if (countKeyOfLabel.size >= 100_000) countKeyOfLabel.clear();
    countKeyOfLabel.set(label, key);
  }
  return key ?? undefined;
}
const countKeyOfLabel = new Map<string, CountKey | null>();

export function resultOf(word: string): ResultWord | undefined {
  return resultLookup.get(normaliseWord(word));
}

export const countWords = wordsFor((l) => countKeys.flatMap((key) => l.counts[key]));
export const resultWords = wordsFor((l) => Object.values(l.results).flat());

const ruleHintPatterns = (['three-quarters', 'two-thirds', 'absolute', 'simple'] as const).map(
  (rule) => [rule, new RegExp(wholeWords(wordsFor((l) => l.ruleHints[rule])), 'iu')] as const,
);
const ruleHintFilter = wordFilter(wordsFor((l) => Object.values(l.ruleHints).flat()));

/**
 * The rule that a phrase in the file asks for, if it names one ("requires a
 * two-thirds majority", "special resolution"); "two thirds of members rent"
 * names none. The strongest rule named wins.
 */
export function ruleHintIn(text: string): MajorityRule | null {
  if (!ruleHintFilter.mayHold(text)) return null;
  return ruleHintPatterns.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

const ruleChangeWords = wordsFor((l) => l.ruleChangeWords);
const ruleChangePattern = new RegExp(wholeWords(ruleChangeWords), 'iu');
const ruleChangeFilter = wordFilter(ruleChangeWords);

export function mentionsRuleChange(text: string): boolean {
  return ruleChangeFilter.mayHold(text) && ruleChangePattern.test(text);
}

const uncountedPattern = new RegExp(alternation(wordsFor((l) => l.uncountedWords)), 'iu');

/** Whether a result's words say it was decided without a count ("Carried unanimously"). */
export function saysUncounted(text: string): boolean {
  return uncountedPattern.test(text);
}
