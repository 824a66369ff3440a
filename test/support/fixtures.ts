import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decode, type Encoding } from '../../shared/decode';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Every results file in test/fixtures, with its expected answer where one exists. */
export const fixtureFiles = readdirSync(fixturesDir).filter((name) => name.endsWith('.txt')).sort();
/** More styles, in test/fixtures/styles, named relative to test/fixtures. */
export const styleFiles = readdirSync(`${fixturesDir}styles`).filter((name) => name.endsWith('.txt')).sort().map((name) => `styles/${name}`);

export function readFixture(name: string): { text: string; encoding: Encoding } {
  const decoded = decode(readFileSync(fixturesDir + name));
  if (!decoded.ok) throw new Error(`${name}: ${decoded.message}`);
  return decoded;
}

export type ExpectedMotion = {
  number: string;
  textStart: string;
  for: number | null;
  against: number | null;
  abstain: number | null;
  invalid: number | null;
  statedResult: string | null;
};
export type Expected = {
  encoding: Encoding;
  totalVoters: number | null;
  sections: { number: string | null; title: string | null; motions: ExpectedMotion[] }[];
  mustFlag: { line: number; why: string }[];
};

export const expectedFixtures = fixtureFiles.filter((name) => readdirSync(fixturesDir).includes(`${name}.expected.json`));

export function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(`${fixturesDir}${name}.expected.json`, 'utf8')) as Expected;
}
