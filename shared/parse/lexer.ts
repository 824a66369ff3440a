/**
 * One pass over a line, shared by every recogniser that reads it: the line
 * lower-cased once, and whether it has a digit. Each recogniser opens with a
 * quick test on these (`wordFilter` of vocabulary.ts), so that most lines are passed over by most
 * recognisers without running a pattern on them.
 */
export type LexedLine = { text: string; lower: string; hasDigit: boolean };

/**
 * The line last lexed: the recognisers of `recognisers.ts` read the same line
 * one after another, so one entry saves every lexing but the first.
 */
let last: LexedLine = { text: '', lower: '', hasDigit: false };

export function lex(text: string): LexedLine {
  if (last.text !== text) last = { text, lower: text.toLowerCase(), hasDigit: /\d/.test(text) };
  return last;
}
