import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BenchReport, FigureName } from '../bench/figures';

const root = new URL('../../', import.meta.url).pathname;

/** Benchmarks are not tests: this only runs the harness once, at the smallest size, to keep it working. */
it('runs every benchmark once at 76 motions and prints one JSON object with every figure beside its budget', () => {
  const stdout = execFileSync(`${root}node_modules/.bin/tsx`, ['test/bench/run.ts', '--json', '--sizes', '76', '--runs', '1'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  expect(stdout.trim().split('\n')).toHaveLength(1);
  const report = BenchReport.parse(JSON.parse(stdout));
  expect(report.figures.map((figure) => figure.name).sort()).toEqual([...FigureName.options].sort());
  for (const figure of report.figures) {
    // The reader's worst days are one motion in 150,000 lines, whatever the sizes asked for.
    expect(figure.motions).toBe(figure.name === 'parse-prose' || figure.name === 'parse-long-motion' ? 1 : 76);
    expect(figure.min_ms).toBeLessThanOrEqual(figure.median_ms);
    expect(figure.median_ms).toBeLessThanOrEqual(figure.max_ms);
    expect(figure.min_ms, figure.name).toBeGreaterThan(0);
  }
  const budgets = Object.fromEntries(report.figures.map((figure) => [figure.name, figure.budget_ms]));
  expect(budgets).toEqual({ parse: expect.closeTo(0.58, 1), 'parse-prose': expect.closeTo(300, 0), 'parse-long-motion': expect.closeTo(300, 0), 'export-docx': 500, 'export-pdf': 2_000, 'editor-edit-p95': null, 'editor-open': null });
  expect(BenchReport.parse(JSON.parse(readFileSync(`${root}test/artifacts/bench/bench.json`, 'utf8')))).toEqual(report);
}, 300_000);
