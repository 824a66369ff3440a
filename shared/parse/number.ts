/**
 * Reading counts as printed: "1,234,567", "1.234.567", "12 000" with a thin
 * space, and counts spoiled by letters that look like digits ("1O9", "5l").
 */

export type ReadNumber =
  | { kind: 'exact'; value: number }
  /** Letters that look like digits: the likely value, to be confirmed by a person. */
  | { kind: 'lookalike'; value: number }
  | { kind: 'unreadable' };

/** A count as printed, with thousands separators; no decimals. */
export const NUMBER_PATTERN = String.raw`\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+(?![\d])|\d+`;
/** Digits mixed with O, o, I or l, as OCR and tired typists produce. */
export const LOOKALIKE_PATTERN = String.raw`(?=[\dOoIl,.]*\d)(?=[\dOoIl,.]*[OoIl])[\dOoIl](?:[\dOoIl]|[,.](?=[\dOoIl]{3}))*|O`;

const exact = new RegExp(`^(?:${NUMBER_PATTERN})$`);

export function readNumber(raw: string): ReadNumber {
  const text = raw.trim();
  if (exact.test(text)) return { kind: 'exact', value: toInteger(text) };
  const repaired = repairLookalikes(text);
  if (repaired !== text && exact.test(repaired)) return { kind: 'lookalike', value: toInteger(repaired) };
  return { kind: 'unreadable' };
}

/** "1O9" → "109": the letters that look like digits, replaced by those digits. */
export function repairLookalikes(text: string): string {
  return text.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
}

function toInteger(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}
