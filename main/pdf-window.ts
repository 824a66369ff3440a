import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WriteOutcome } from '../shared/api';
import type { PrintPdf } from '../shared/report/pdf';

/**
 * A hidden, sandboxed window without preload or script, holding the report's
 * HTML (from a private temporary file, as a large report is too long for a
 * data: URL), for printing to PDF or to a printer.
 */
async function withReportWindow<T>(html: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'tally-print-'));
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  try {
    const file = join(folder, 'report.html');
    await writeFile(file, html, { mode: 0o600 });
    await window.loadFile(file);
    return await use(window);
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}

export const printPdfInWindow: PrintPdf = async (html, options) => {
  try {
    const bytes = await withReportWindow(html, (window) =>
      window.webContents.printToPDF({
        pageSize: options.paper === 'a4' ? 'A4' : 'Letter',
        landscape: options.landscape,
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      }),
    );
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, message: `The PDF could not be made: ${(error as Error).message}` };
  }
};

/** Opens the system's print dialog on the report; a cancelled dialog is not a failure. */
export async function printInWindow(html: string): Promise<WriteOutcome> {
  return withReportWindow(html, (window) =>
    new Promise((resolve) => {
      window.webContents.print({ silent: false, printBackground: true }, (printed, reason) => {
        if (printed) resolve({ status: 'written', name: 'the printer' });
        // Electron says "Print job canceled" when the user closes the print dialog.
        else if (/cancel/i.test(reason)) resolve({ status: 'cancelled' });
        else resolve({ status: 'failed', message: `The report could not be printed: ${reason}.` });
      });
    }),
  );
}
