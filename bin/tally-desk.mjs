#!/usr/bin/env node
// Runs the command line: the bundle `npm install` builds (out/cli/cli.mjs) while it is newer than
// every source file, else the TypeScript sources directly under tsx, so that an edit is never
// run stale and no build step is ever needed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import v8 from 'node:v8';

// The Word writer makes many short-lived objects: a larger young generation takes a third off a
// 10,000-motion export, and costs nothing on a small one.
v8.setFlagsFromString('--max-semi-space-size=64');

const root = new URL('../', import.meta.url);
const bundle = new URL('out/cli/cli.mjs', root);

function newestSource(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = new URL(entry.name + (entry.isDirectory() ? '/' : ''), folder);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    return ['main/', 'shared/'].every((folder) => newestSource(new URL(folder, root)) < built) && statSync(new URL('package.json', root)).mtimeMs < built;
  } catch {
    return false;
  }
}

let runCli;
if (bundleIsFresh()) ({ runCli } = await import(bundle.href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../main/cli.ts'));
}
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const output = { stdout: (text) => process.stdout.write(`${text}\n`), stderr: (text) => process.stderr.write(`${text}\n`) };
process.exitCode = await runCli(process.argv.slice(2), output, version);
