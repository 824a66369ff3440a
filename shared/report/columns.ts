import { formatCount } from './format';
import type { Report } from './model';

/** The width that the page leaves for the table, in millimetres: the paper less 15 mm margins each side. */
const textWidths = { a4: { portrait: 180, landscape: 267 }, letter: { portrait: 186, landscape: 249 } };

/** A digit or comma of a count at the table's 10 pt, and a cell's padding, generously measured. */
const characterWidth = 2.0;
const cellPadding = 2.6;

/**
 * Each column's share of the table's width, in the HTML and in Word alike;
 * the motion's text takes what is left. A count column fits the heading
 * "Abstained", and widens for the longest count in the report ("42,390,004"),
 * so that no count runs into its neighbour.
 */
export function columnShares(report: Report): { number: number; count: number; percent: number; result: number } {
  const textWidth = textWidths[report.paper][report.landscape ? 'landscape' : 'portrait'];
  const longest = Math.max(0, ...report.sections.flatMap((section) => section.rows.flatMap((row) => [row.for, row.against, row.abstain, row.invalid].map((count) => formatCount(count).length))));
  const count = Math.max(0.09, (longest * characterWidth + cellPadding) / textWidth);
  return { number: 0.06, count, percent: 0.09, result: 0.12 };
}

export const percentOf = (share: number): string => `${(share * 100).toFixed(1)}%`;
