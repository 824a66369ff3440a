import { z } from 'zod';
import { renderCsv } from './csv';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import type { Report } from './model';
import type { Rendered, PrintPdf } from './pdf';

export const ExportFormat = z.enum(['docx', 'pdf', 'csv', 'json', 'html']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** The report's bytes in one format. Only the PDF can fail, when no Chromium can print it. */
export async function renderExport(report: Report, format: ExportFormat, printPdf: PrintPdf): Promise<Rendered> {
  const encode = (text: string) => ({ ok: true as const, bytes: new TextEncoder().encode(text) });
  switch (format) {
    case 'docx':
      return { ok: true, bytes: await renderDocx(report) };
    case 'pdf':
      return printPdf(renderHtml(report), { paper: report.paper, landscape: report.landscape });
    case 'csv':
      return encode(renderCsv(report));
    case 'json':
      return encode(`${JSON.stringify(report, null, 2)}\n`);
    case 'html':
      return encode(renderHtml(report));
  }
}
