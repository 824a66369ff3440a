#!/usr/bin/env node
// `npm start`: launches the built app in Electron, on the file named after `--`, or on the bundled sample.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const electronFolder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const binary = () => {
  const pathFile = join(electronFolder, 'path.txt');
  const path = existsSync(pathFile) && join(electronFolder, 'dist', readFileSync(pathFile, 'utf8'));
  return path && existsSync(path) ? path : null;
};

if (!binary()) {
  // npm may have skipped Electron's download at install; try it once, quietly.
  console.log('tally-desk: downloading Electron…');
  spawnSync(process.execPath, [join(electronFolder, 'install.js')], { stdio: 'ignore' });
}
const electron = binary();
if (!electron) {
  console.error('tally-desk: the Electron binary is not installed and could not be downloaded; with network access, run `node node_modules/electron/install.js`, then `npm start` again.');
  process.exit(1);
}
const child = spawn(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
