import type { Paper } from './model';

/** Paper sizes in millimetres, portrait. */
const paperSizes: Record<Paper, { width: number; height: number }> = { a4: { width: 210, height: 297 }, letter: { width: 215.9, height: 279.4 } };

/** The page margins of every output, in millimetres. */
export const pageMargins = { top: 16, bottom: 18, side: 15 };

/** The page as the report is printed on it, and the width left for the tables, in millimetres. */
export function pageOf(report: { paper: Paper; landscape: boolean }): { width: number; height: number; textWidth: number } {
  const { width, height } = paperSizes[report.paper];
  const [across, down] = report.landscape ? [height, width] : [width, height];
  return { width: across, height: down, textWidth: across - 2 * pageMargins.side };
}

export const twipsOf = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);
