import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { Report } from '../../shared/report/model';
import { docxPartNames } from '../support/documents';
import { fixturesDir } from '../support/fixtures';
import { encodePng } from '../../shared/report/png';

async function cli(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await runCli(args, { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) }, '0.0.0');
  return { status, stdout, stderr };
}
const seed = join(fixturesDir, 'seed_results_of_voting.txt');
const withErrors = join(fixturesDir, 'a01_renters_network_ballot.txt');
const folder = () => mkdtempSync(join(tmpdir(), 'tally-export-'));

describe('tally-desk export', () => {
  it('writes each output it is given and names it', async () => {
    const dir = folder();
    const { status, stdout, stderr } = await cli('export', seed, '--csv', join(dir, 'r.csv'), '--json', join(dir, 'r.json'), '--decimals', '2', '--base', 'cast', '--title', 'Policy ballot');
    expect([status, stderr]).toEqual([0, []]);
    expect(stdout).toEqual([`Wrote ${join(dir, 'r.csv')}`, `Wrote ${join(dir, 'r.json')}`]);
    const report = Report.parse(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')));
    expect(report).toMatchObject({ title: 'Policy ballot', base: 'cast', decimals: 2 });
    expect(report.sections[0]!.rows[1]!.percentText).toBe('87.50%'); // 49 of 56 cast
  });

  it('refuses a file with errors, listing them, and writes nothing', async () => {
    const dir = folder();
    const { status, stdout, stderr } = await cli('export', withErrors, '--csv', join(dir, 'r.csv'));
    expect(status).toBe(1);
    expect(stdout).toEqual([]);
    expect(stderr).toHaveLength(4);
    expect(stderr[0]).toMatch(/^a01_renters_network_ballot\.txt:59: error: .*\[missing-tally\]$/);
    expect(stderr[3]).toBe('tally-desk: a01_renters_network_ballot.txt has 3 errors; fix them, or export with --draft to mark the report Draft.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exports a file with errors as a draft when asked', async () => {
    const dir = folder();
    const { status } = await cli('export', withErrors, '--json', join(dir, 'r.json'), '--draft');
    expect(status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).draft).toBe('Draft: 3 errors in the results file are not yet resolved.');
  });

  it('gives one line and status 2 for an output it cannot write, and still writes the others', async () => {
    const dir = folder();
    const { status, stdout, stderr } = await cli('export', seed, '--csv', join(dir, 'missing', 'r.csv'), '--json', join(dir, 'r.json'));
    expect(status).toBe(2);
    expect(stderr).toEqual([`tally-desk: ${join(dir, 'missing', 'r.csv')} cannot be written: the folder ${join(dir, 'missing')} does not exist.`]);
    expect(stdout).toEqual([`Wrote ${join(dir, 'r.json')}`]);
    expect(readdirSync(dir)).toEqual(['r.json']);
  });

  it('refuses to write over the results file, or two outputs to one file', async () => {
    const dir = folder();
    const source = join(dir, 'results.txt');
    writeFileSync(source, readFileSync(seed));
    expect((await cli('export', source, '--csv', source)).stderr).toEqual([`tally-desk: --csv ${source} would overwrite the results file itself.`]);
    expect((await cli('export', source, '--csv', join(dir, 'x'), '--json', join(dir, 'x'))).stderr).toEqual([`tally-desk: --csv and --json both name ${join(dir, 'x')}.`]);
    expect(readFileSync(source)).toEqual(readFileSync(seed));
  });

  describe('without Chromium', () => {
    const saved = process.env.CHROME_PATH;
    afterEach(() => {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    });
    it('says how to get it, and leaves an earlier PDF as it was', async () => {
      const dir = folder();
      const target = join(dir, 'r.pdf');
      writeFileSync(target, 'an earlier report');
      process.env.CHROME_PATH = join(dir, 'no-chromium');
      const { status, stderr } = await cli('export', seed, '--pdf', target);
      expect(status).toBe(2);
      expect(stderr).toEqual([`tally-desk: PDF export needs Chromium, and CHROME_PATH (${join(dir, 'no-chromium')}) does not exist.`]);
      expect(readFileSync(target, 'utf8')).toBe('an earlier report');
    });
  });

  it('puts a PNG logo in the Word file and the HTML, and refuses what is not an image', async () => {
    const dir = folder();
    const logo = join(dir, 'logo.png');
    writeFileSync(logo, encodePng(40, 20, () => [31, 58, 95]));
    const { status } = await cli('export', seed, '--docx', join(dir, 'r.docx'), '--html', join(dir, 'r.html'), '--logo', logo);
    expect(status).toBe(0);
    expect((await docxPartNames(readFileSync(join(dir, 'r.docx')))).some((part) => /^word\/media\/.+\.png$/.test(part))).toBe(true);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain(`<img class="logo" alt="" src="data:image/png;base64,${readFileSync(logo).toString('base64')}">`);

    const notImage = join(dir, 'logo.txt');
    writeFileSync(notImage, 'not a picture');
    const refused = await cli('export', seed, '--docx', join(dir, 'other.docx'), '--logo', notImage);
    expect([refused.status, refused.stderr]).toEqual([2, [`tally-desk: the logo ${notImage} is not a PNG or JPEG image.`]]);
    expect(existsSync(join(dir, 'other.docx'))).toBe(false);
  });

  it.each([
    [['export', 'a.txt'], 'export needs at least one output: --docx, --pdf, --csv, --json, --html'],
    [['export', 'a.txt', '--docx'], '--docx needs a value'],
    [['export', 'a.txt', '--csv', 'x', '--decimals', '3'], '--decimals must be 0, 1 or 2, not “3”'],
    [['export', 'a.txt', '--csv', 'x', '--rule', 'majority'], '--rule must be one of simple, two-thirds, three-quarters, absolute, not “majority”'],
    [['export', 'a.txt', '--csv', 'x', '--base=all'], '--base must be one of for-against, cast, voters, not “all”'],
    [['export', 'a.txt', '--csv', 'x', '--date', '2024-02-30'], '--date must be a real date written YYYY-MM-DD, not “2024-02-30”'],
    [['export', 'a.txt', '--csv', 'x', '--paper', 'a3'], '--paper must be one of a4, letter, not “a3”'],
    [['export', 'a.txt', '--csv', 'x', '--landscape=yes'], '--landscape takes no value'],
    [['export', 'a.txt', 'b.txt', '--csv', 'x'], 'export takes one results file, not 2'],
    [['check', 'a.txt', '--docx', 'x'], '--docx goes with export, not check'],
    [['export', 'a.txt', '--csv', 'x', '-d'], 'unknown option “-d”'],
    [['export', 'a.txt', '--title', '--draft', '--csv', 'x'], '--title needs a value'],
    [['export', 'a.txt', '--title', '   ', '--csv', 'x'], '--title needs a value'],
    [['export', 'a.txt', '--csv', 'x', '--csv', 'y'], '--csv is given twice'],
    [['export', 'a.txt', '--csv', 'x', '--draft', '--draft'], '--draft is given twice'],
  ])('refuses %j in one line with status 2', async (args, problem) => {
    const { status, stdout, stderr } = await cli(...args);
    expect([status, stdout, stderr]).toEqual([2, [], [`tally-desk: ${problem}. Run tally-desk --help for usage.`]]);
  });
});

describe('tally-desk export, outputs that are not plain files', () => {
  it('refuses a folder name and standard output as an output', async () => {
    const dir = folder();
    expect((await cli('export', seed, '--csv', `${dir}/`)).stderr).toEqual([`tally-desk: ${dir}/ names a folder, not a file: add the file's name.`]);
    expect((await cli('export', seed, '--pdf', '-')).stderr).toEqual(['tally-desk: --pdf needs a file name; writing to standard output is not supported. Run tally-desk --help for usage.']);
  });

  it('sees two outputs through a link to their folder as one file', async () => {
    const dir = folder();
    symlinkSync(dir, join(dir, 'link'));
    const { status, stderr } = await cli('export', seed, '--csv', join(dir, 'link', 'same.out'), '--html', join(dir, 'same.out'));
    expect(status).toBe(2);
    expect(stderr).toEqual([`tally-desk: --csv and --html both name ${join(dir, 'same.out')}.`]);
  });

  it('keeps the spaces of a file name', async () => {
    const dir = folder();
    const { status } = await cli('export', seed, '--csv', join(dir, ' spaced .csv'));
    expect(status).toBe(0);
    expect(readdirSync(dir)).toEqual([' spaced .csv']);
  });
});
