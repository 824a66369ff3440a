#!/usr/bin/env node
// Runs the TypeScript CLI directly, so that it works right after `npm ci` with no build step.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../main/cli.ts');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const output = { stdout: (text) => process.stdout.write(`${text}\n`), stderr: (text) => process.stderr.write(`${text}\n`) };
process.exitCode = await runCli(process.argv.slice(2), output, version);
