import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxPart } from '../support/documents';
import { fixturesDir } from '../support/fixtures';
import { generateResults } from '../support/generate';
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

  it('opens a file whose first heading has only words under it, and shows each later motion with its own counts', async () => {
    const page = await openEditor();
    const path = join(artifacts, 'words-only-heading.txt');
    writeFileSync(path, ['Conference results', '', 'Section 1: Welcome', 'The chair opened the meeting.', '', 'Section 2: Finance', 'Motion 1 – Budget', 'For: 10 Against: 2', '', 'Section 3: Other', 'Motion 2 – Pay', 'For: 30 Against: 4', ''].join('\n'));
    await openFile(page, path);
    await expect.poll(() => page.locator('.status .counts').textContent()).toBe('2 motions in 3 sections');
    const rows = await page.locator('.results-table tbody tr[aria-rowindex]').evaluateAll((cells) => cells.map((row) => row.textContent?.replace(/\s+/g, ' ').trim()));
    expect(rows[0]).toBe('Section 2: Finance');
    expect(rows[1]).toMatch(/^1\s*Budget\s*10\s*2\b.*Carried/);
    expect(rows[3]).toMatch(/^2\s*Pay\s*30\s*4\b.*Carried/);
    // The heading and its words are not lost: the preview prints them where they stood.
    await expect.poll(() => page.frameLocator('iframe[title="Report preview"]').getByText('The chair opened the meeting.').count()).toBe(1);
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

  it('fixes every error of a file, by the source and by the table, then undoes and redoes from the table, and exports the corrected values to Word', async () => {
    const page = await openEditor();
    await openFixture(page, 'a01_renters_network_ballot.txt', '3 problems (3 errors)');

    // Line 59: motion 2.6 has no tally. It is typed into the source below the motion.
    await page.getByRole('button', { name: /line 59/ }).click();
    // End goes to the end of the screen line, then of the wrapped line.
    for (let press = 0; press < 3; press++) await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('44 for; 20 against; 9 abstained');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('2 problems (2 errors)');

    // Line 82 now (80 before): "for 12 against; 6 abstained" has lost its count for, so neither is read.
    // Both are typed into the table, Tab moving from one cell to the next.
    await page.getByRole('button', { name: /line 82/ }).click();
    await page.locator('.results-table .motion-row.selected td.count').first().dblclick();
    await page.getByRole('textbox', { name: /^For, motion 1$/ }).fill('55');
    await page.keyboard.press('Tab');
    await page.getByRole('textbox', { name: /^Against, motion 1$/ }).fill('12');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('1 problem (1 error)');

    // Line 91 now: 69 + 3 + 2 is one more than the 73 who voted.
    await page.getByRole('button', { name: /line 91/ }).click();
    await page.locator('.results-table .motion-row.selected td.count').first().dblclick();
    await page.getByRole('textbox', { name: /^For, motion 5$/ }).fill('68');
    await page.getByRole('textbox', { name: /^For, motion 5$/ }).press('Enter');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('No problems');
    const source = await page.locator('.cm-content').textContent();
    for (const line of ['44 for; 20 against; 9 abstained', '55 for; 12 against; 6 abstained', '68 for; 3 against; 2 abstained']) expect(source).toContain(line);
    await page.screenshot({ path: join(artifacts, 'fixed-a01.png') });

    // The table has the focus: its Ctrl+Z and Ctrl+Shift+Z go through the one history of the text.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('results-table');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('1 problem (1 error)');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('No problems');

    const rows = await exportedWordRows(page);
    expect(rows.find((row) => row[0] === '6' && row[1]!.startsWith('Oppose the sale of council land'))?.slice(2, 5)).toEqual(['44', '20', '9']);
    expect(rows.find((row) => row[0] === '1' && row[1]!.startsWith('Elect the national committee'))?.slice(2, 5)).toEqual(['55', '12', '6']);
    expect(rows.find((row) => row[0] === '5' && row[1]!.startsWith('Publish the network'))?.slice(2, 5)).toEqual(['68', '3', '2']);
    expect(rows.flat().join(' ')).not.toMatch(/draft/i);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('fixes a typo by a quick fix from the keyboard, accepts a warning with a reason, and the acceptance lapses when its motion changes', async () => {
    const page = await openEditor();
    await openFixture(page, 'a03_harbourline_agm_utf8bom.txt', '2 problems (1 error)');

    await page.keyboard.press('F8');
    await page.keyboard.press('Control+.');
    const fix = page.getByRole('group', { name: 'Fixes for this problem' }).getByRole('button', { name: 'Use “39,802,551” for “39,8O2,551”' });
    await expect.poll(() => fix.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('1 problem (0 errors)');
    expect(await page.locator('.cm-content').textContent()).toContain('Votes for 39,802,551');

    await page.keyboard.press('F8');
    await page.getByRole('button', { name: 'Accept with a reason…' }).click();
    await page.getByLabel('Why can this warning stand?').press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Say why the warning can stand: the reason is kept with the document.');
    const reason = 'Shareholders were told before the vote that the board would treat it as passed.';
    await page.getByLabel('Why can this warning stand?').fill(reason);
    await page.getByLabel('Why can this warning stand?').press('Enter');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('No problems, 1 accepted');
    await page.getByText('1 warning accepted').click();
    await expect.poll(() => page.locator('.accepted .reason').textContent()).toBe(`Accepted: ${reason}`);
    await page.screenshot({ path: join(artifacts, 'accepted.png') });

    const rows = await exportedWordRows(page);
    const resolution13 = rows.find((row) => row[0] === '13')!;
    expect(resolution13.join(' ')).toContain(`Accepted: ${reason}`);
    expect(rows.find((row) => row.includes('39,802,551'))).toBeDefined();

    // Undo takes the quick fix back; the acceptance, on another motion, stands.
    await page.locator('.results-table').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('1 problem (1 error), 1 accepted');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('No problems, 1 accepted');

    // Changing resolution 13's text lapses its acceptance: the warning is back.
    expect(await page.getByRole('button', { name: /line 56/ }).count()).toBe(0); // not listed while accepted
    await page.locator('.results-table .motion-row', { hasText: 'To disapply pre-emption rights over a further' }).locator('td.text').dblclick();
    const text = page.getByRole('textbox', { name: /^Motion, motion 13$/ });
    await text.fill((await text.inputValue()).replace('a further 10%', 'a further 5%'));
    await text.press('Enter');
    await expect.poll(() => page.locator('.status .problem-count').textContent()).toBe('1 problem (0 errors)');
    await page.close();
  }, 90_000);

  it('sets a rule for one motion from its result cell, and sets it back to the file’s', async () => {
    const page = await openEditor();
    await openFixture(page, 'a01_renters_network_ballot.txt', '3 problems (3 errors)');
    // Motion 4.4: 33 for and 31 against carries by a simple majority, not by two thirds.
    const row = page.locator('.results-table .motion-row', { hasText: 'Refuse to accept funding' });
    await page.locator('.results-table').evaluate((table) => table.scrollTo(0, table.scrollHeight)); // only rows in view are drawn
    await row.click();
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    await row.locator('td.result').dblclick();
    await page.getByRole('combobox', { name: 'Rule, motion 4' }).selectOption('two-thirds');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('td.result').textContent()).toBe('Lost ⅔ (set for this motion)');
    const preview = page.frameLocator('iframe[title="Report preview"]');
    await expect.poll(() => preview.locator('footer.notes').textContent()).toMatch(/\* Two-thirds majority/);
    await page.screenshot({ path: join(artifacts, 'rule-override.png') });
    // And back from the keyboard: Enter edits the chosen row's first count, Tab goes on to the rule.
    await page.locator('.results-table').focus();
    await page.keyboard.press('Enter');
    for (let press = 0; press < 4; press++) await page.keyboard.press('Tab');
    await page.getByRole('combobox', { name: 'Rule, motion 4' }).selectOption('');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('td.result').textContent()).toBe('Carried');
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
    // The file's own text around the motions is printed, and can be left out.
    await expect.poll(() => preview.locator('.preamble').textContent()).toContain('56 people voted in total.');
    await page.screenshot({ path: join(artifacts, 'settings.png') });
    await page.getByLabel('Preamble, notes and closing from the file').uncheck();
    await expect.poll(() => preview.locator('.preamble').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('opens 10,000 motions, and a cell edit there changes that motion’s result', async () => {
    const generated = generateResults(10_000);
    const large = join(artifacts, 'large.txt');
    writeFileSync(large, generated.text);
    const page = await openEditor();
    await openFile(page, large);
    await expect.poll(() => page.locator('.status .counts').textContent(), { timeout: 20_000 }).toBe(`10,000 motions in ${generated.sections} sections`);
    expect(await page.locator('.status .problem-count').textContent()).toBe(`${generated.planted.length} problems (${generated.planted.length} errors)`);
    expect(await page.locator('.results-table tbody tr[aria-rowindex]').count()).toBeLessThan(100); // only the rows in view are drawn
    // Motion 1: For – 41, Against – 184, Abstentions – 15, LOST.
    const firstRow = page.locator('.results-table .motion-row').first();
    expect(await firstRow.locator('td.result').textContent()).toBe('Lost');
    await firstRow.locator('td.count').first().dblclick();
    const cell = page.getByRole('textbox', { name: /^For, motion 1$/ });
    await cell.fill('200');
    await cell.press('Enter');
    await expect.poll(() => firstRow.locator('td.result').textContent(), { timeout: 20_000 }).toBe('Carried');
    expect(await page.locator('.cm-content').textContent()).toContain('For – 200, Against – 184, Abstentions – 15');
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

/** Exports Word through the toolbar, keeps the download as an artifact, and reads its table rows back, one array of cell texts a row. */
async function exportedWordRows(page: Page): Promise<string[][]> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Word…' }).click();
  const file = join(artifacts, (await download).suggestedFilename());
  await (await download).saveAs(file);
  const xml = await docxPart(new Uint8Array(readFileSync(file)), 'word/document.xml');
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
    [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(' ').trim()),
  );
}
