import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { ParseJson } from '../../shared/json';
import { fixturesDir, readExpected } from '../support/fixtures';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

async function cli(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await runCli(args, { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) }, '9.9.9');
  return { status, stdout, stderr };
}

describe('tally-desk check', () => {
  it('lists each problem with its line and exits 1 when there are errors', async () => {
    const { status, stdout } = await cli('check', join(fixturesDir, 'a01_renters_network_ballot.txt'));
    expect(status).toBe(1);
    expect(stdout.slice(0, -1).map((line) => line.split(':')[1])).toEqual(['59', '80', '89']);
    expect(stdout[0]).toMatch(/^a01_renters_network_ballot\.txt:59: error: .*\[missing-tally\]$/);
    expect(stdout.at(-1)).toBe('a01_renters_network_ballot.txt: 37 motions in 4 sections, 3 errors, 0 warnings.');
  });

  it('exits 0 for the seed file, which has no problems', async () => {
    const { status, stdout } = await cli('check', join(fixturesDir, 'seed_results_of_voting.txt'));
    expect(status).toBe(0);
    expect(stdout).toEqual(['seed_results_of_voting.txt: 76 motions in 5 sections, 0 errors, 0 warnings.']);
  });

  it('exits 0 when there are only warnings', async () => {
    const { status, stdout } = await cli('check', join(fixturesDir, 'a02_transport_union_conference_cp1252.txt'));
    expect(status).toBe(0);
    expect(stdout.filter((line) => line.includes(': warning: '))).toHaveLength(2);
  });
});

describe('tally-desk parse --json', () => {
  it('prints the JSON the issue asks for, valid against its schema', async () => {
    const name = 'a02_transport_union_conference_cp1252.txt';
    const { status, stdout } = await cli('parse', join(fixturesDir, name), '--json');
    expect(status).toBe(0);
    const json = ParseJson.parse(JSON.parse(stdout.join('\n')));
    const expected = readExpected(name);
    expect(json.encoding).toBe(expected.encoding);
    expect(json.sections.flatMap((section) => section.motions.map((motion) => motion.number))).toEqual(
      expected.sections.flatMap((section) => section.motions.map((motion) => motion.number)),
    );
    const motion7 = json.sections[0]!.motions.find((motion) => motion.number === '7')!;
    expect(motion7).toMatchObject({ statedResult: 'carried', result: 'lost', for: 152880, against: 241306, lines: [46, 50] });
    expect(json.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.code])).toEqual([[50, 'result-contradicts-counts'], [97, 'repeated-number']]);
  });

  it('lists page furniture as ignored, with its line', async () => {
    const { stdout } = await cli('parse', join(fixturesDir, 'a06_green_left_conference_pdf.txt'), '--json');
    const json = ParseJson.parse(JSON.parse(stdout.join('\n')));
    expect(json.ignored.filter((entry) => entry.reason === 'page-number').map((entry) => entry.line)).toEqual([38, 76, 114, 152, 166]);
    expect(json.ignored.filter((entry) => entry.reason === 'running-header').map((entry) => entry.line)).toEqual([39, 77, 115, 153]);
  });
});

describe('files the CLI cannot use', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tally-cli-'));
  const binary = join(folder, 'photo.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const pdf = join(folder, 'results.pdf');
  writeFileSync(pdf, '%PDF-1.7\n');

  it.each([
    ['a missing file', join(folder, 'nope.txt'), /nope\.txt does not exist\./],
    ['a folder', folder, /is a folder, not a results file\./],
    ['a binary file', binary, /not a text file: it looks like a PNG image/],
    ['a PDF', pdf, /PDF document/],
  ])('%s gives one clear line on stderr and exit status 2', async (_what, path, message) => {
    const { status, stdout, stderr } = await cli('check', path);
    expect(status).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(message);
  });

  it.each([
    [['frobnicate', 'x.txt'], 'unknown command “frobnicate”'],
    [[], 'no command given'],
    [['check'], 'check takes one results file, not 0'],
    [['parse', 'a.txt', 'b.txt'], 'parse takes one results file, not 2'],
    [['check', 'a.txt', '--jsn'], 'unknown option “--jsn”'],
    [['check', 'a.txt', '--json'], '--json goes with parse, not check'],
  ])('refuses the command line %j in one line with status 2', async (args, problem) => {
    const { status, stdout, stderr } = await cli(...args);
    expect(status).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr).toEqual([`tally-desk: ${problem}. Run tally-desk --help for usage.`]);
  });
});

describe('the installed command', () => {
  it('runs under plain Node through npx, with no build step', async () => {
    const { stdout } = await run('npx', ['--no-install', 'tally-desk', 'parse', join(fixturesDir, 'seed_results_of_voting.txt'), '--json'], { cwd: root });
    const json = ParseJson.parse(JSON.parse(stdout));
    expect(json.totalVoters).toBe(56);
    expect(json.sections.flatMap((section) => section.motions)).toHaveLength(76);
  });

  it('exits with status 1 on a file with errors and 2 on a missing one', async () => {
    const failing = run('node', ['bin/tally-desk.mjs', 'check', join(fixturesDir, 'a05_food_coop_ballot_yes_no.txt')], { cwd: root });
    await expect(failing).rejects.toMatchObject({ code: 1, stdout: expect.stringContaining('a05_food_coop_ballot_yes_no.txt:51: error:') });
    const missing = run('node', ['bin/tally-desk.mjs', 'check', 'missing.txt'], { cwd: root });
    await expect(missing).rejects.toMatchObject({ code: 2, stderr: 'tally-desk: missing.txt does not exist.\n' });
  });
});
