import { formatResult } from './format';
import type { Report } from './model';

const columns = ['Section number', 'Section title', 'Number', 'Text', 'For', 'Against', 'Abstain', 'Invalid', 'Percentage for', 'Stated result', 'Result', 'Result remark', 'Notes'];

/**
 * A field quoted as RFC 4180 asks: in double quotes, with inner quotes
 * doubled, where it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula ("=HYPERLINK(...)", "-2+3") is
 * prefixed with an apostrophe, which Excel and LibreOffice hide.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One row per motion, in UTF-8 with a byte-order mark so that Excel reads
 * the accents, and CRLF line ends as RFC 4180 has them. Counts are plain
 * integers so a spreadsheet can add them up; the percentage is as printed.
 */
export function renderCsv(report: Report): string {
  const rows = report.sections.flatMap((section) =>
    section.rows.map((row) => [
      section.number, section.title, row.number, row.text, row.for, row.against, row.abstain, row.invalid,
      row.percent === null ? null : row.percentText,
      row.statedResult && formatResult(row.statedResult),
      row.result === null ? null : row.resultText,
      row.resultRemark,
      row.notes.length > 0 ? row.notes.join('\n') : null,
    ]),
  );
  return `\uFEFF${[columns, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}
