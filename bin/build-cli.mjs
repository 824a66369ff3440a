#!/usr/bin/env node
// Bundles the command line into one file (out/cli/cli.mjs), which starts in a third of the time
// the TypeScript sources take under tsx. bin/tally-desk.mjs uses it while it is newer than every
// source, and the sources otherwise. `npm install` runs this (the "prepare" script).
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../main/cli.ts', import.meta.url).pathname],
  outfile: new URL('../out/cli/cli.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Playwright finds its own files at run time, and is loaded only to print a PDF.
  external: ['playwright-core'],
  logLevel: 'warning',
});
