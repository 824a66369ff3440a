/**
 * `npm run snapshots [-- --write]`: `parse --json` of every fixture, style file and
 * fuzz seed, beside the copy kept in test/snapshots/parse. The reader is rebuilt
 * under this guard: a move of code must leave every snapshot as it was, and a change
 * that means to alter what is read is committed with the snapshots it alters, so the
 * diff shows what changed. This is a guard for refactoring, not a test of content:
 * what is right is asserted against the files' own answers elsewhere.
 */
import fc from 'fast-check';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decode } from '../../shared/decode';
import { toParseJson } from '../../shared/json';
import { parse } from '../../shared/parse';
import { mutatedFixture, resultsLikeText } from '../support/arbitraries';
import { fixtureFiles, fixturesDir, readFixture, styleFiles } from '../support/fixtures';

const here = fileURLToPath(new URL('./', import.meta.url));
const seedsDir = `${here}fuzz-seeds/`;
const snapshotsDir = `${here}parse/`;
const write = process.argv.includes('--write');

/** The fuzz seeds are kept as files, so that a change to the generators does not change them. */
function fuzzSeeds(): string[] {
  if (!existsSync(seedsDir)) {
    mkdirSync(seedsDir, { recursive: true });
    const texts = fixtureFiles.map((name) => readFixture(name).text);
    const inputs = fc.oneof(resultsLikeText(), mutatedFixture(texts));
    fc.sample(inputs, { numRuns: 40, seed: 20261130 }).forEach((text, index) => {
      writeFileSync(`${seedsDir}seed-${String(index).padStart(2, '0')}.txt`, text);
    });
  }
  return readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
}

const sources: [string, string][] = [
  ...[...fixtureFiles, ...styleFiles].map((name): [string, string] => [name.replace('/', '--'), fixturesDir + name]),
  ...fuzzSeeds().map((name): [string, string] => [`fuzz--${name}`, seedsDir + name]),
];

mkdirSync(snapshotsDir, { recursive: true });
const changed: string[] = [];
for (const [name, path] of sources) {
  const decoded = decode(readFileSync(path));
  const json = decoded.ok ? toParseJson(parse(decoded.text), decoded.encoding) : { refused: decoded.message };
  const text = `${JSON.stringify(json, null, 1)}\n`;
  const file = `${snapshotsDir}${name}.json`;
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (before === text) continue;
  changed.push(name);
  if (write) writeFileSync(file, text);
}
console.log(`${sources.length} snapshots, ${changed.length} ${write ? 'written' : 'differ'}${changed.length ? `: ${changed.join(', ')}` : ''}`);
process.exitCode = !write && changed.length > 0 ? 1 : 0;
