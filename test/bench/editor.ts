import type { Page } from 'playwright-core';
import { startWebApp } from '../support/web-app';
import type { Generated } from '../support/generate';
import { percentile, summarise, type Timing } from './measure';

/**
 * The editor in Chromium, as a user meets it in the web build: how long a
 * dropped file takes to its first full paint, and how long a keystroke in the
 * source takes to the updated table and problem list. Times are the page's
 * own clock, from the event to the animation frame that shows the result.
 */
export async function measureEditor(documents: Generated[], { runs, keystrokes }: { runs: number; keystrokes: number }) {
  const app = await startWebApp();
  try {
    const figures: { motions: number; open: Timing; edit: Timing & { p95: number } }[] = [];
    for (const document of documents) {
      const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(app.url);
      await page.getByRole('status').getByText(/motions? in/).waitFor();
      const opens: number[] = [];
      // The first open warms the page up and is not counted.
      for (let run = 0; run <= runs; run++) {
        const time = await openByDrop(page, document);
        if (run > 0) opens.push(time);
      }
      const edits = await typeInFirstTally(page, keystrokes);
      figures.push({ motions: document.motions, open: summarise(opens), edit: { ...summarise(edits), p95: percentile(edits, 0.95) } });
      await page.close();
    }
    return figures;
  } finally {
    await app.stop();
  }
}

/** Drops the document on the window and waits for the status bar to count its motions. */
async function openByDrop(page: Page, document: Generated): Promise<number> {
  const counted = `${document.motions.toLocaleString('en-GB')} motions`;
  // No named functions inside the page's code: tsx would wrap them in a helper the page does not have.
  // Each drop has a name of its own, so that the status of the document before is never taken for this one's.
  const name = `generated-${document.motions}-${performance.now()}.txt`;
  const started = await page.evaluate(({ text, name }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'text/plain' }));
    const at = performance.now();
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    return at;
  }, { text: document.text, name });
  const painted = await page.waitForFunction(
    ({ counted, name }) =>
      window.document.querySelector('.toolbar .name')?.textContent === name && window.document.querySelector('.status .counts')?.textContent?.startsWith(counted) && performance.now(),
    { counted, name },
    { polling: 'raf', timeout: 120_000 },
  );
  return ((await painted.jsonValue()) as number) - started;
}

/** Types a digit after the first For count in the source and takes it away again, timing each keystroke to the table showing it. */
async function typeInFirstTally(page: Page, keystrokes: number): Promise<number[]> {
  const firstFor = page.locator('.results-table .motion-row td.count').first();
  const count = (await firstFor.textContent())!.replace(/,/g, '');
  await page.evaluate(() => window.addEventListener('keydown', () => ((window as unknown as { keyAt: number }).keyAt = performance.now()), true));
  // The first tally line of the generated document is "For – N, Against – …" or "N for; …": the cursor goes after N.
  await page.locator('.cm-content').evaluate((content, value) => {
    const line = [...content.querySelectorAll('.cm-line')].find((element) => /^(?:For – |\d)/.test(element.textContent ?? '') && element.textContent!.includes(value))!;
    const text = line.firstChild!;
    const at = text.textContent!.indexOf(value) + value.length;
    const range = window.document.createRange();
    range.setStart(text, at);
    range.collapse(true);
    (content as HTMLElement).focus();
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  }, count);
  const times: number[] = [];
  for (let stroke = 0; stroke < keystrokes; stroke++) {
    const expected = stroke % 2 === 0 ? `${count}1` : count;
    await page.keyboard.press(stroke % 2 === 0 ? '1' : 'Backspace');
    const shownAt = await page.waitForFunction((value) => {
      const cell = window.document.querySelector('.results-table .motion-row td.count');
      return cell?.textContent?.replace(/,/g, '') === value && performance.now();
    }, expected, { polling: 'raf' });
    times.push((await shownAt.jsonValue()) as number - (await page.evaluate(() => (window as unknown as { keyAt: number }).keyAt)));
  }
  return times;
}
