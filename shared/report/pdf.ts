import type { Paper } from './model';

/**
 * Every PDF is Chromium printing the report's HTML: the desktop app in a
 * hidden window, the CLI and the tests in headless Chromium. Both are a
 * function of this type. The HTML's print stylesheet sets the page; the
 * options repeat its size for printers that are asked for one.
 */
export type PdfOptions = { paper: Paper; landscape: boolean };

/** Bytes made, or why they could not be. */
export type Rendered = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export type PrintPdf = (html: string, options: PdfOptions) => Promise<Rendered>;
