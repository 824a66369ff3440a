import type { MotionChange } from '../../shared/edits';
import type { EditableColumn } from './ResultsTable';

/**
 * What a value typed into a cell changes, or why it cannot: a count is a
 * whole number (separators allowed), or empty for none.
 */
export function cellChange(column: EditableColumn, value: string): MotionChange | string {
  const trimmed = value.trim();
  if (column === 'number') return trimmed ? { number: trimmed } : 'A motion needs a number.';
  if (column === 'text') return { text: trimmed };
  if (trimmed === '') return { [column]: null };
  const digits = trimmed.replace(/[\s,.’']/g, '');
  if (!/^\d{1,12}$/.test(digits)) return `“${trimmed}” is not a count: type a whole number, or leave the cell empty.`;
  return { [column]: Number(digits) };
}
