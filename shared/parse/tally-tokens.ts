import { countWords, longestFirst, resultWords, WORD_EDGE_AFTER, wordPattern, wordsFor } from '../vocabulary';
import { LOOKALIKE_PATTERN, MINUS, NUMBER_PATTERN } from './number';

/**
 * The tokens of a tally line: counts, their labels, a total, a result word,
 * percentages, separators strong (";", "/", two spaces) and weak (":", "–",
 * a space), and anything else. Read a token at a time from where the last one
 * ended. A line's words are looked up by their letters, so that only the few
 * vocabulary words that could match are tried; trying every word at every
 * position, as one pattern would, made this most of the parser's time.
 */
export type TokenType = 'label' | 'total' | 'result' | 'number' | 'lookalike' | 'garbled' | 'zero' | 'percent' | 'whole' | 'filler' | 'strong' | 'weak' | 'other';
export type Token = { type: TokenType; text: string; start: number; end: number };

/** The tokens that stand for a count: digits, digits spoiled by letters, and words for nought. */
export const countTokenTypes: TokenType[] = ['number', 'lookalike', 'garbled', 'zero'];

/** Every token of a line from `from` on, in order. */
export function tokensOf(line: string, from = 0): Token[] {
  const tokens: Token[] = [];
  for (let at = from; at < line.length; ) {
    const token = tokenAt(line, at);
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}

/**
 * The counts of a line in the order they are printed, each with where it
 * stands, from `from` on: the editor finds the count it changes by its place
 * among them, as the tally reader numbered it.
 */
export function countTokensOf(line: string, from = 0): Token[] {
  return tokensOf(line, from).filter((token) => countTokenTypes.includes(token.type));
}

/** The labels of counts a line prints ("for", "Against"), in order. */
export function countLabelsOf(line: string): string[] {
  return tokensOf(line).filter((token) => token.type === 'label').map((token) => token.text);
}

export const fillerWords = wordsFor((l) => l.tallyFiller);
export const totalWords = wordsFor((l) => l.totals);
export const zeroWords = wordsFor((l) => l.zeroWords);

const sticky = (pattern: string) => new RegExp(pattern, 'iuy');
const percent = sticky(String.raw`\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?`);
/** The whole a count is out of, as poll reports print it: the "/47)" of "Yes (39/47) 83%". */
const whole = sticky(String.raw`/\s*\d+\s*\)`);
const countInBracket = /\(\s*[\dOoIl.,]+\s*$/;
const strong = sticky(String.raw`[;/|\t()·•]|,|\.(?=\s)|\s{2,}`);
const weak = sticky(String.raw`[:=–—→-]|\s`);
const letters = new RegExp(String.raw`\p{L}+`, 'uy');
/** Counts and what stands for them, tried in this order where a word begins. */
const countForms: [TokenType, RegExp][] = [
  ['lookalike', sticky(`(?:${LOOKALIKE_PATTERN})${WORD_EDGE_AFTER}`)],
  ['number', sticky(`(?:${NUMBER_PATTERN})${WORD_EDGE_AFTER}`)],
  ['garbled', sticky(String.raw`(?=[\p{L}\p{N}]*\d)[\p{L}\p{N}][\p{L}\p{N},.]*${WORD_EDGE_AFTER}`)],
];
/** A count with a minus sign before it ("-20", "−7"), read as a count so that it can be refused by name. */
const signedNumber = sticky(`${MINUS}(?:${NUMBER_PATTERN})${WORD_EDGE_AFTER}`);
const other = sticky(String.raw`[^\s;/|,:=–—→()·•\-]+|.`);
const letterOrDigitBefore = /[\p{L}\p{N}]$/u;

/**
 * The vocabulary's words by the letters they start with (lower-cased): the
 * first run of letters, and where a hyphen may be left out ("Ja-Stimmen",
 * "Jastimmen") the first two runs together. Each keeps its place in the order
 * the words are tried: labels, totals, results, fillers, zeros, each longest first.
 */
const wordsByLetters = new Map<string, { type: TokenType; pattern: RegExp }[]>();
for (const [type, words] of [['label', countWords], ['total', totalWords], ['result', resultWords], ['filler', fillerWords], ['zero', zeroWords]] as const) {
  for (const word of longestFirst(words)) {
    const lower = word.toLowerCase();
    const [first = '', second = ''] = lower.match(/\p{L}+/gu) ?? [];
    if (!lower.startsWith(first)) throw new Error(`A tally word must start with a letter: “${word}”.`);
    const keys = lower.charAt(first.length) === '-' ? [first, first + second] : [first];
    for (const key of keys) {
      const entries = wordsByLetters.get(key) ?? [];
      entries.push({ type, pattern: sticky(`(?:${wordPattern(word)})${WORD_EDGE_AFTER}`) });
      wordsByLetters.set(key, entries);
    }
  }
}

function matchAt(pattern: RegExp, line: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(line) ? pattern.lastIndex : -1;
}

const isSpace = (char: string) => char === ' ' || char === '\t' || (char > '~' && /\s/.test(char));

/** Whether a letter or digit stands right before `at`: a word token starts only where none does. ASCII is told without a pattern. */
function letterOrDigitAt(line: string, at: number): boolean {
  if (at === 0) return false;
  const code = line.charCodeAt(at - 1);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return letterOrDigitBefore.test(line.slice(Math.max(0, at - 2), at));
}

/** Where the line's last "%" stands, kept for the line being read: every token asks whether a percentage may follow. */
let percentLine = '';
let lastPercent = -1;
function percentFrom(line: string, at: number): boolean {
  if (line !== percentLine) {
    percentLine = line;
    lastPercent = line.lastIndexOf('%');
  }
  return lastPercent >= at;
}

/** The token that starts at `at`. The quick tests of single characters stand for the patterns that most positions fail. */
export function tokenAt(line: string, at: number): Token {
  const token = (type: TokenType, end: number): Token => ({ type, text: line.slice(at, end), start: at, end });
  const char = line.charAt(at);
  const space = isSpace(char);
  let end = (space || char === '(' || (char >= '0' && char <= '9')) && percentFrom(line, at) ? matchAt(percent, line, at) : -1;
  if (end > at) return token('percent', end);
  if (char === '/' && countInBracket.test(line.slice(Math.max(0, at - 12), at)) && (end = matchAt(whole, line, at)) > at) return token('whole', end);
  if (space || ';/|(),.·•'.includes(char)) {
    if ((end = matchAt(strong, line, at)) > at) return token('strong', end);
  }
  // A minus sign, not a dash: it stands right before a digit, and not between two ("2023-24").
  if ((char === '-' || char === '\u2212') && /\d/.test(line.charAt(at + 1)) && !letterOrDigitAt(line, at)) {
    if ((end = matchAt(signedNumber, line, at)) > at) return token('number', end);
  }
  if (space || ':=–—→-'.includes(char)) {
    if ((end = matchAt(weak, line, at)) > at) return token('weak', end);
  }
  if (!letterOrDigitAt(line, at)) {
    const run = matchAt(letters, line, at);
    for (const { type, pattern } of run > at ? (wordsByLetters.get(line.slice(at, run).toLowerCase()) ?? []) : []) {
      if ((end = matchAt(pattern, line, at)) > at) return token(type, end);
    }
    for (const [type, pattern] of countForms) if ((end = matchAt(pattern, line, at)) > at) return token(type, end);
  }
  return token('other', matchAt(other, line, at));
}
