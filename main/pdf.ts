import { existsSync } from 'node:fs';
import type { PrintPdf } from '../shared/report/pdf';

/** Where the CLI looks for Chromium when CHROME_PATH does not say. */
const knownChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a headless Chromium that must not reach the network or prompt. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | null {
  if (env.CHROME_PATH) return exists(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return knownChromiumPaths.find(exists) ?? null;
}

const noChromium = (env: NodeJS.ProcessEnv) =>
  env.CHROME_PATH
    ? `PDF export needs Chromium, and CHROME_PATH (${env.CHROME_PATH}) does not exist.`
    : 'PDF export needs Chromium: install it (apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.';

/** Ten minutes: a 10,000-motion report takes well under one; past this Chromium is stuck. */
const printTimeout = 600_000;

/** Prints HTML to PDF in headless Chromium, as the CLI and the tests do; the desktop app prints in its own hidden window. */
export const printPdfInChromium: PrintPdf = async (html, options) => {
  const executablePath = findChromium();
  if (!executablePath) return { ok: false, message: noChromium(process.env) };
  let browser;
  try {
    // Loaded here, not at the top: it takes a second, which every other command would pay.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, args: chromiumArgs });
    // The report needs no script; a results file's text must never run as one.
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.setContent(html, { waitUntil: 'load', timeout: printTimeout });
    const bytes = await page.pdf({
      format: options.paper === 'a4' ? 'A4' : 'Letter',
      landscape: options.landscape,
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
    });
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, message: `Chromium could not print the report: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    await browser?.close().catch(() => undefined);
  }
};
