import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/documents';

/**
 * The desktop app as far as these machines can take it without the Electron
 * binary: built by electron-vite, packaged by electron-builder around a
 * stand-in Electron, and scanned by electronegativity.
 */
const root = new URL('../../', import.meta.url).pathname;
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const run = (command: string, args: string[], cwd = root) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', timeout: 240_000 });
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

beforeAll(() => {
  run(bin('electron-vite'), ['build']);
}, 240_000);

/** The modules a built file imports or requires. */
const importsOf = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/(?:from\s+|require\()\s*["']([^"']+)["']/g)].map(([, name]) => name!);

describe('npm run build', () => {
  it('builds a preload that requires nothing but electron, as a sandboxed preload must', () => {
    expect([...new Set(importsOf('out/preload/preload.cjs'))]).toEqual(['electron']);
  });

  it('builds a main process that imports only Node, Electron and the declared dependencies', () => {
    const allowed = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'electron', ...Object.keys(packageJson.dependencies)]);
    const imports = importsOf('out/main/index.js');
    expect(imports.length).toBeGreaterThan(3);
    expect(imports.filter((name) => !allowed.has(name))).toEqual([]);
    expect(imports).not.toContain('playwright-core'); // the CLI's printer is not the app's
  });

  it('builds a renderer page whose scripts and styles are all there', () => {
    const html = readFileSync(join(root, 'out/renderer/index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map(([, path]) => path!);
    expect(assets.some((path) => path.endsWith('.js'))).toBe(true);
    for (const asset of assets) expect(existsSync(join(root, 'out/renderer', asset)), asset).toBe(true);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
  });
});

describe('packaging with electron-builder', () => {
  const output = mkdtempSync(join(tmpdir(), 'tally-package-'));
  const unpacked = join(output, 'linux-unpacked');

  beforeAll(() => {
    // A stand-in for the Electron binary that cannot be downloaded here, with the fuse wire of a real one.
    const standIn = mkdtempSync(join(tmpdir(), 'tally-electron-'));
    const wire = Buffer.from('1111001111', 'latin1');
    writeFileSync(join(standIn, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho stand-in\n'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, wire.length]), wire]));
    chmodSync(join(standIn, 'electron'), 0o755);
    run(bin('electron-builder'), ['--dir', '--linux', '--config', 'electron-builder.yml', `-c.electronDist=${standIn}`, `-c.directories.output=${output}`]);
  }, 240_000);

  it('puts the built app, its sample and its dependencies in the asar, and not the command line’s', () => {
    const files = run(bin('asar'), ['list', join(unpacked, 'resources', 'app.asar')]).split('\n').filter(Boolean);
    expect(files).toEqual(expect.arrayContaining([
      '/package.json', '/out/main/index.js', '/out/preload/preload.cjs', '/out/renderer/index.html', '/assets/sample-results.txt',
      '/node_modules/docx/package.json', '/node_modules/zod/package.json',
    ]));
    expect(files.filter((file) => /^\/node_modules\/(playwright-core|tsx|esbuild)\//.test(file))).toEqual([]);
    expect(files.filter((file) => /^\/(shared|main|renderer|test)\//.test(file))).toEqual([]); // sources stay out
  });

  it('names the executable and flips the fuses that would let it run as Node or be inspected', async () => {
    const executable = join(unpacked, 'tally-desk');
    expect(existsSync(executable)).toBe(true);
    const fuses = await getCurrentFuseWire(executable);
    const disabled = 48;
    const enabled = 49;
    expect(fuses[FuseV1Options.RunAsNode]).toBe(disabled);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(disabled);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(disabled);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(enabled);
  });
});

describe('electronegativity', () => {
  it('finds nothing above LOW in the app’s sources that is not explained where it is', () => {
    const staged = mkdtempSync(join(tmpdir(), 'tally-scan-'));
    for (const folder of ['main', 'renderer']) cpSync(join(root, folder), join(staged, folder), { recursive: true });
    cpSync(join(root, 'package.json'), join(staged, 'package.json'));
    mkdirSync(join(staged, 'report'));
    const report = join(staged, 'report', 'findings.csv');
    run(bin('electronegativity'), ['-i', staged, '-o', report, '-r']);
    const [header, ...findings] = parseCsv(readFileSync(report, 'utf8').replace(/\n/g, '\r\n'));
    expect(header?.map((field) => field.trim())).toEqual(['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url']);
    const serious = findings.filter((finding) => finding.length > 1 && finding[1] !== 'LOW' && finding[1] !== 'INFORMATIONAL');
    expect(serious.map((finding) => `${finding[0]} ${finding[1]} ${finding[3]}:${finding[4]}`)).toEqual([]);
  }, 120_000);
});
