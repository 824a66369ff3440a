import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../shared/parse';
import { fixturesDir } from '../support/fixtures';
import { largeFile } from '../support/large-file';
import { startWebApp } from '../support/web-app';

/** The editor in Chromium, through the browser's API, as a user meets it; each test leaves a screenshot to look at. */
const artifacts = new URL('../artifacts/editor/', import.meta.url).pathname;
let app: Awaited<ReturnType<typeof startWebApp>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  app = await startWebApp();
  browser = app.browser;
}, 180_000);
afterAll(async () => app?.stop());

async function openEditor(options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, ...options });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(app.url);
  await page.getByRole('status').getByText(/motions? in/).waitFor();
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

/** Opens a file through the Open button and the browser's file picker. */
async function openFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(path);
}

/** Opens a fixture and waits for its problems. */
async function openFixture(page: Page, name: string, problems: string): Promise<void> {
  await openFile(page, join(fixturesDir, name));
  await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe(problems);
}

describe('the editor', () => {
  it('opens on the seed: 5 sections, 76 motions, no problems', async () => {
    const page = await openEditor();
    await expect.poll(() => page.locator('.status .counts').textContent()).toBe('76 motions in 5 sections');
    expect(await page.locator('.status .problem-count').textContent()).toBe('No problems');
    expect(await page.getByRole('table', { name: 'Results: 76 motions' }).count()).toBe(1);
    // 76 motions, 5 section headings and the header row, of which only those in view are drawn.
    expect(await page.getByRole('table').getAttribute('aria-rowcount')).toBe('82');
    expect(await page.locator('.results-table tbody tr[aria-rowindex]').count()).toBeLessThan(82);
    const preview = page.frameLocator('iframe[title="Report preview"]');
    await expect.poll(() => preview.locator('h1').textContent()).toBe('Results of voting');
    await page.screenshot({ path: join(artifacts, 'seed.png') });
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('opens a file with errors, lists them, and takes F8 to each in the text and the table', async () => {
    const page = await openEditor();
    await openFixture(page, 'a01_renters_network_ballot.txt', '3 problems (3 errors)');
    await expect.poll(() => page.frameLocator('iframe[title="Report preview"]').locator('h1').textContent()).toBe('Results of the strategy ballot');
    expect(await page.getByRole('list', { name: 'Problems' }).getByRole('listitem').count()).toBe(3);
    await page.keyboard.press('F8');
    await expect.poll(() => page.locator('.cm-lineNumbers .cm-activeLineGutter').textContent()).toBe('59');
    expect(await page.locator('.results-table .motion-row.selected th').textContent()).toMatch(/^6/);
    await page.keyboard.press('F8');
    await expect.poll(() => page.locator('.cm-lineNumbers .cm-activeLineGutter').textContent()).toBe('80');
    await expect.poll(() => page.locator('.results-table .motion-row.selected').count()).toBe(1); // scrolled into view in the table too
    await page.screenshot({ path: join(artifacts, 'problems.png') });
    await page.close();
  }, 60_000);

  it('fixes a count in the table, as an edit of the text that undo and redo take back and forth', async () => {
    const page = await openEditor();
    await openFixture(page, 'a01_renters_network_ballot.txt', '3 problems (3 errors)');
    // Line 89: "69 for; 3 against; 2 abstained" adds up to 74, but 73 people voted.
    await page.getByRole('button', { name: /line 89/ }).click();
    await page.locator('.results-table .motion-row.selected td.count').first().dblclick();
    const cell = page.getByRole('textbox', { name: /^For, motion 5$/ });
    await cell.fill('68');
    await cell.press('Enter');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('2 problems (2 errors)');
    expect(await page.locator('.cm-content').textContent()).toContain('68 for; 3 against; 2 abstained');
    expect(await page.locator('.results-table .motion-row.selected td.count').first().textContent()).toBe('68');
    await page.screenshot({ path: join(artifacts, 'table-edit.png') });

    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('3 problems (3 errors)');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('2 problems (2 errors)');

    const refused = page.locator('.results-table .motion-row.selected td.count').nth(1);
    await refused.dblclick();
    await page.getByRole('textbox', { name: /^Against, motion 5$/ }).fill('three');
    await page.getByRole('textbox', { name: /^Against, motion 5$/ }).press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('“three” is not a count');
    await page.close();
  }, 60_000);

  it('takes the report’s title and rules from the settings panel, into the table and the preview', async () => {
    const page = await openEditor();
    await page.getByRole('button', { name: 'Settings…' }).click();
    await page.getByLabel('Title (instead of the file’s)').fill('Momentum policy ballot 2020');
    await page.getByLabel('Decimal places').selectOption('2');
    await page.getByLabel('Percentages of').selectOption('voters');
    const preview = page.frameLocator('iframe[title="Report preview"]');
    await expect.poll(() => preview.locator('h1').textContent()).toBe('Momentum policy ballot 2020');
    // Motion 1: 54 of the 56 voters.
    await expect.poll(() => page.locator('.results-table .motion-row td.count').nth(4).textContent()).toBe('96.43%');
    expect(await page.locator('.toolbar .name').textContent()).toBe('Sample results •');
    await page.screenshot({ path: join(artifacts, 'settings.png') });
    await page.close();
  }, 60_000);

  it('opens 10,000 motions, and a cell edit there changes that motion’s result', async () => {
    const text = largeFile(10_000);
    const { sections } = parse(text).document;
    const motions = sections.reduce((total, section) => total + section.motions.length, 0);
    expect(motions).toBeGreaterThanOrEqual(10_000);
    const large = join(artifacts, 'large.txt');
    writeFileSync(large, text);
    const page = await openEditor();
    await openFile(page, large);
    await expect.poll(() => page.locator('.status .counts').textContent(), { timeout: 20_000 }).toBe(`${motions} motions in ${sections.filter((section) => section.number !== null).length} sections`);
    expect(await page.locator('.results-table tbody tr[aria-rowindex]').count()).toBeLessThan(100); // only the rows in view are drawn
    const firstRow = page.locator('.results-table .motion-row').first();
    await firstRow.locator('td.count').nth(1).dblclick();
    const cell = page.getByRole('textbox', { name: /^Against, motion 1$/ });
    await cell.fill('60');
    await cell.press('Enter');
    await expect.poll(() => firstRow.locator('td.result').textContent(), { timeout: 20_000 }).toBe('Lost');
    expect(await page.locator('.cm-content').textContent()).toContain('54 for; 60 against; 2 abstained');
    await page.screenshot({ path: join(artifacts, 'large.png') });
    await page.close();
  }, 120_000);

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    // The page's own policy forbids injected scripts, so this one page lets axe in.
    const page = await openEditor({ bypassCSP: true });
    await page.addScriptTag({ content: readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8') });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, where: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')) }));
    });
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
    await page.close();
  }, 60_000);
});
