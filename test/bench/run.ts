import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { parse } from '../../shared/parse';
import { generateResults, oneLongMotion, proseAroundOneMotion, type Generated } from '../support/generate';
import { measureLexingAlone, measureLibreOffice, measurePandoc, onPath } from './alternatives';
import { measureExport } from './command-line';
import { measureEditor } from './editor';
import { BenchReport, budgetFor, FigureName, sizes, type Alternative, type Figure } from './figures';
import { measure, type Timing } from './measure';

/**
 * `npm run bench`: every figure of issue #6 at 76, 1,000 and 10,000
 * generated motions, beside its budget, as a table and as JSON
 * (test/artifacts/bench/bench.json). `-- --json` prints only the JSON;
 * `--sizes 76` and `--runs 1` make a quick run (what `npm test` does).
 */
const { values: options } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: sizes.join(',') },
    runs: { type: 'string', default: '5' },
    only: { type: 'string', default: FigureName.options.join(',') },
  },
});
const chosenSizes = options.sizes.split(',').map(Number);
const runs = Number(options.runs);
const only = new Set(options.only.split(','));
const log = (line: string) => options.json || process.stderr.write(`${line}\n`);

const folder = mkdtempSync(join(tmpdir(), 'tally-bench-'));
// The generated files and the exports are many megabytes: they go when the run ends, however it ends.
process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
const shippedParse = await bundledParse(folder);
// The command line as `npm install` leaves it: bundled, and the bundle newer than every source.
execFileSync(process.execPath, [new URL('../../bin/build-cli.mjs', import.meta.url).pathname], { stdio: 'pipe' });
const documents = chosenSizes.map((motions) => generateResults(motions));
const figures: Figure[] = [];
const alternatives: Alternative[] = [];
const add = (name: FigureName, document: Generated, timing: Timing | { median: number; min: number; max: number }) =>
  figures.push({ name, motions: document.motions, median_ms: round(timing.median), min_ms: round(timing.min), max_ms: round(timing.max), budget_ms: budgetFor(name, document.motions, document.text.split('\n').length) });

for (const document of documents) {
  const input = join(folder, `results-${document.motions}.txt`);
  writeFileSync(input, document.text);
  if (only.has('parse')) {
    log(`parse, ${document.motions} motions…`);
    add('parse', document, await measure(() => shippedParse(document.text), { warmups: 3, runs: Math.max(runs, 10) }));
    alternatives.push(alternative('lexing alone: lines, lower case, words looked up, nothing read', document, await measureLexingAlone(document.text, runs), 'parse'));
  }
  const docx = join(folder, `results-${document.motions}.docx`);
  if (only.has('export-docx')) {
    log(`export --docx, ${document.motions} motions…`);
    add('export-docx', document, await measureExport(input, 'docx', docx, runs));
    if (onPath('pandoc')) {
      log(`pandoc, ${document.motions} motions…`);
      alternatives.push(alternative('pandoc Markdown → .docx', document, await measurePandoc(markdownOf(document), folder, runs), 'export-docx'));
    }
  }
  if (only.has('export-pdf')) {
    log(`export --pdf, ${document.motions} motions…`);
    add('export-pdf', document, await measureExport(input, 'pdf', join(folder, `results-${document.motions}.pdf`), runs));
    if (onPath('libreoffice') && only.has('export-docx')) {
      log(`libreoffice, ${document.motions} motions…`);
      alternatives.push(alternative('LibreOffice .docx → PDF', document, await measureLibreOffice(docx, folder, runs), 'export-pdf'));
    }
  }
}
// The reader's worst days: text it cannot place, and one motion that never ends. Linear means 2 ms per 1,000 lines here too.
for (const [name, generated] of [['parse-prose', proseAroundOneMotion(150_000)], ['parse-long-motion', oneLongMotion(150_000)]] as const) {
  if (!only.has(name)) continue;
  log(`${name}, ${generated.text.split('\n').length.toLocaleString('en-GB')} lines…`);
  add(name, generated, await measure(() => shippedParse(generated.text), { warmups: 1, runs }));
}
if (only.has('editor-open') || only.has('editor-edit-p95')) {
  log('the editor in Chromium…');
  for (const { motions, open, edit } of await measureEditor(documents, { runs, keystrokes: Math.max(20, runs * 4) })) {
    const document = documents.find((candidate) => candidate.motions === motions)!;
    if (only.has('editor-edit-p95')) add('editor-edit-p95', document, { median: edit.p95, min: edit.min, max: edit.max });
    if (only.has('editor-open')) add('editor-open', document, open);
  }
}

const report = BenchReport.parse({ figures, alternatives });
const artifacts = new URL('../artifacts/bench/', import.meta.url).pathname;
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(artifacts, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
else process.stdout.write(table(report));

/**
 * The parser as the app and the command line ship it, bundled by esbuild: run
 * from its sources under tsx, every function made in a loop is wrapped to keep
 * its name, which costs a third again and is not what users run.
 */
async function bundledParse(folder: string): Promise<typeof parse> {
  const outfile = join(folder, 'parse.mjs');
  await build({ entryPoints: [new URL('../../shared/parse/index.ts', import.meta.url).pathname], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  return ((await import(outfile)) as { parse: typeof parse }).parse;
}

function alternative(name: string, document: Generated, timing: Timing, ours: FigureName): Alternative {
  const own = figures.find((figure) => figure.name === ours && figure.motions === document.motions);
  return { name, motions: document.motions, median_ms: round(timing.median), ours, ratio: own ? Math.round((100 * own.median_ms) / timing.median) / 100 : null };
}

/** The generated results as Markdown, one table a section: the same content, for pandoc. */
function markdownOf(document: Generated): string {
  const { sections } = parse(document.text).document;
  const cell = (value: number | null) => (value === null ? '' : String(value));
  return sections
    .map((section) => [`## ${section.number ?? ''} ${section.title ?? ''}`, '', '| No. | Motion | For | Against | Abstained |', '|---|---|--:|--:|--:|',
      ...section.motions.map((motion) => `| ${motion.number} | ${motion.text.replace(/\|/g, '\\|')} | ${cell(motion.for)} | ${cell(motion.against)} | ${cell(motion.abstain)} |`), ''].join('\n'))
    .join('\n');
}

function table({ figures, alternatives }: BenchReport): string {
  const ms = (value: number) => (value >= 1_000 ? `${(value / 1_000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`);
  const rows = figures.map((figure) => [figure.name, figure.motions.toLocaleString('en-GB'), ms(figure.median_ms), ms(figure.min_ms), ms(figure.max_ms),
    figure.budget_ms === null ? '—' : ms(figure.budget_ms), figure.budget_ms === null ? '' : figure.median_ms <= figure.budget_ms ? 'within' : `OVER ×${(figure.median_ms / figure.budget_ms).toFixed(1)}`]);
  const header = ['figure', 'motions', 'median', 'min', 'max', 'budget', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((text, column) => (column <= 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!))).join('  ').trimEnd();
  const lines = [line(header), ...rows.map(line)];
  if (alternatives.length > 0) {
    lines.push('', 'Beside the tools a user could pick instead, and the least the work could cost (ratio: ours ÷ theirs):');
    for (const alt of alternatives) lines.push(`  ${alt.name}, ${alt.motions.toLocaleString('en-GB')} motions: ${ms(alt.median_ms)}${alt.ratio === null ? '' : `, ratio ${alt.ratio}`}`);
  } else if (!onPath('pandoc') && !onPath('libreoffice')) lines.push('', 'Neither pandoc nor LibreOffice is on this machine: nothing to set beside.');
  return `${lines.join('\n')}\n`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
