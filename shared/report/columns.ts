import { formatCount } from './format';
import type { Report } from './model';
import { pageOf } from './page';

/** A digit or comma of a count at the table's 10 pt, and a cell's padding, generously measured. */
const characterWidth = 2.0;
const cellPadding = 2.6;

/**
 * Each column's share of the table's width, in the HTML and in Word alike;
 * the motion's text takes what is left. A count column fits the heading
 * "Abstained", and widens for the longest count in the report ("42,390,004"),
 * so that no count runs into its neighbour; `countScale` is the size the
 * counts are printed at where even that is not enough.
 */
export function columnShares(report: Report): { number: number; count: number; percent: number; result: number; countScale: number } {
  const { textWidth } = pageOf(report);
  const longest = Math.max(0, ...report.sections.flatMap((section) => section.rows.flatMap((row) => [row.for, row.against, row.abstain, row.invalid].map((count) => formatCount(count).length))));
  const fixed = { number: 0.06, percent: 0.09, result: 0.12 };
  const countColumns = report.showInvalid ? 4 : 3;
  // Past this width the motion's text would have less than a quarter of the table; a longer count wraps instead.
  const widest = (1 - 0.25 - fixed.number - fixed.percent - fixed.result) / countColumns;
  const wanted = Math.max(0.09, (longest * characterWidth + cellPadding) / textWidth);
  const count = Math.min(widest, wanted);
  // Past that width the counts are printed smaller, down to half size, so that a number never breaks across lines.
  const countScale = Math.max(0.5, Math.min(1, (count * textWidth - cellPadding) / (wanted * textWidth - cellPadding)));
  return { ...fixed, count, countScale };
}

/** A share as a CSS width. */
export const cssPercent = (share: number): string => `${(share * 100).toFixed(1)}%`;
