import type { Report } from '../../shared/report/model';

/**
 * The report as the preview draws it: whole up to `limit` motions, else its
 * first `limit` motions (the summary and notes still count them all). Laying
 * out a 10,000-motion report takes the browser seconds, which would freeze
 * the window each time typing paused; the exports always have every motion.
 */
export function previewOf(report: Report, limit: number): { report: Report; shown: number; total: number } {
  const total = report.sections.reduce((sum, section) => sum + section.rows.length, 0);
  if (total <= limit) return { report, shown: total, total };
  let left = limit;
  const sections = [];
  for (const section of report.sections) {
    if (left === 0) break;
    sections.push({ ...section, rows: section.rows.slice(0, left) });
    left -= Math.min(left, section.rows.length);
  }
  return { report: { ...report, sections }, shown: limit, total };
}
