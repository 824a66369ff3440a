import { z } from 'zod';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import type { Report } from './model';
import type { Rendered, PrintPdf } from './pdf';

export const ExportFormat = z.enum(['docx', 'pdf', 'csv', 'json', 'html']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/**
 * The report's bytes in one format. The PDF fails when no Chromium can print
 * it; any other failure is a bug, but it is still said in a line and does not
 * stop the other formats being written.
 */
export async function renderExport(report: Report, format: ExportFormat, printPdf: PrintPdf): Promise<Rendered> {
  try {
    return await render(report, format, printPdf);
  } catch (error) {
    return { ok: false, message: `the ${format.toUpperCase()} report could not be made: ${(error as Error).message}` };
  }
}

async function render(report: Report, format: ExportFormat, printPdf: PrintPdf): Promise<Rendered> {
  const encode = (text: string) => ({ ok: true as const, bytes: new TextEncoder().encode(text) });
  switch (format) {
    case 'docx': {
      // The Word writer is a large library, loaded only when a Word report is made.
      const { renderDocx } = await import('./docx');
      return { ok: true, bytes: await renderDocx(report) };
    }
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
