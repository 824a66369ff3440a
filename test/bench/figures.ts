import { z } from 'zod';

/** What `npm run bench -- --json` prints: one figure per measurement and size, beside its budget. */
/** `parse-prose` and `parse-long-motion` read 150,000 lines of prose around one motion, and one motion of 150,000 lines: the reader stays linear. */
export const FigureName = z.enum(['parse', 'parse-prose', 'parse-long-motion', 'export-docx', 'export-pdf', 'editor-edit-p95', 'editor-open']);
export type FigureName = z.infer<typeof FigureName>;

export const Figure = z.object({
  name: FigureName,
  motions: z.number().int().positive(),
  median_ms: z.number().nonnegative(),
  min_ms: z.number().nonnegative(),
  max_ms: z.number().nonnegative(),
  /** The budget of issue #6 for this size, or null where it sets none. */
  budget_ms: z.number().positive().nullable(),
});
export type Figure = z.infer<typeof Figure>;

/** The same content through a tool a user could pick instead, where it is on the machine. */
export const Alternative = z.object({ name: z.string(), motions: z.number().int().positive(), median_ms: z.number().nonnegative(), ours: FigureName, ratio: z.number().nullable() });
export type Alternative = z.infer<typeof Alternative>;

export const BenchReport = z.object({ figures: z.array(Figure), alternatives: z.array(Alternative) });
export type BenchReport = z.infer<typeof BenchReport>;

export const sizes = [76, 1_000, 10_000] as const;

/** The budgets of issue #6 (medians on these machines, 2 cores). */
const budgets: Record<FigureName, Partial<Record<(typeof sizes)[number], number>>> = {
  parse: { 10_000: 50 },
  'parse-prose': {},
  'parse-long-motion': {},
  'export-docx': { 76: 500, 10_000: 3_000 },
  'export-pdf': { 76: 2_000, 1_000: 4_000, 10_000: 25_000 },
  'editor-edit-p95': { 1_000: 50, 10_000: 100 },
  'editor-open': { 10_000: 1_000 },
};

/** Parsing is budgeted by the line: 2 ms per 1,000 lines, and 50 ms for 10,000 motions. */
export function budgetFor(name: FigureName, motions: number, lines: number): number | null {
  const stated = budgets[name][motions as (typeof sizes)[number]];
  if (name === 'parse' || name === 'parse-prose' || name === 'parse-long-motion') return Math.min(stated ?? Infinity, (2 * lines) / 1_000);
  return stated ?? null;
}
