/**
 * Reading counts as printed: "1,234,567", "1.234.567", "12 000" with a thin
 * space, and counts spoiled by letters that look like digits ("1O9", "5l").
 */

export type ReadNumber =
  | { kind: 'exact'; value: number }
  /** Letters that look like digits: the likely value, to be confirmed by a person. */
  | { kind: 'lookalike'; value: number }
  | { kind: 'unreadable'; why: Unreadable };

/** Why a count cannot be used: not a number at all, below nought, or too large to count exactly. */
export type Unreadable = 'not-a-number' | 'negative' | 'too-large';

/** A count as printed, with thousands separators; no decimals. */
export const NUMBER_PATTERN = String.raw`\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+(?![\d])|\d+`;
/** Digits mixed with O, o, I or l, as OCR and tired typists produce, also in groups of three after a space ("2 1O1"). */
export const LOOKALIKE_PATTERN = String.raw`(?=\d{1,3}(?:[ \u00a0\u202f][\dOoIl]{3})*[ \u00a0\u202f][\dOoIl]{0,2}[OoIl])\d{1,3}(?:[ \u00a0\u202f][\dOoIl]{3})+(?![\p{L}\p{N}])|(?=[\dOoIl,.]*\d)(?=[\dOoIl,.]*[OoIl])[\dOoIl](?:[\dOoIl]|[,.](?=[\dOoIl]{3}))*|O`;
/** A minus sign, the hyphen or U+2212, standing right before a count: "-20 against", "−7". */
export const MINUS = '[-\u2212]';

const exact = new RegExp(`^(?:${NUMBER_PATTERN})$`);
const negative = new RegExp(`^${MINUS}\\s?(?:${NUMBER_PATTERN})$`);

export function readNumber(raw: string): ReadNumber {
  const text = raw.trim();
  if (exact.test(text)) return exactOrTooLarge(text, 'exact');
  if (negative.test(text)) return { kind: 'unreadable', why: 'negative' };
  const repaired = repairLookalikes(text);
  if (repaired !== text && exact.test(repaired)) return exactOrTooLarge(repaired, 'lookalike');
  return { kind: 'unreadable', why: 'not-a-number' };
}

/** "1O9" → "109": the letters that look like digits, replaced by those digits. */
export function repairLookalikes(text: string): string {
  return text.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
}

/** Counts are exact integers: a figure past 2^53 − 1 would be rounded, so it is refused rather than misread. */
function exactOrTooLarge(text: string, kind: 'exact' | 'lookalike'): ReadNumber {
  const value = Number(text.replace(/[^\d]/g, ''));
  return Number.isSafeInteger(value) ? { kind, value } : { kind: 'unreadable', why: 'too-large' };
}

/** What to tell the user about a count that cannot be used, in a sentence. */
export function unreadableCount(key: string, raw: string, why: Unreadable): string {
  switch (why) {
    case 'negative':
      return `The ${key} count “${raw}” has a minus sign: no count of votes is below nought. Check the figure and remove the sign.`;
    case 'too-large':
      return `The ${key} count “${raw}” is larger than any count of votes Tally Desk can add up exactly (${Number.MAX_SAFE_INTEGER.toLocaleString('en-GB')}). Check the figure.`;
    default:
      return `The ${key} count “${visible(raw)}” is not a number.`;
  }
}

/** Characters no one can see, written so that they can: "\u0001" rather than nothing between the quotes. */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
