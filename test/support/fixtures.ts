import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { decode, Encoding } from '../../shared/decode';
import { ResultWord } from '../../shared/model';

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

/** The answer format of ../shared/fixtures (see test/fixtures/README.md). */
const Count = z.number().int().nullable();
export const Expected = z.object({
  encoding: Encoding,
  totalVoters: Count,
  sections: z.array(
    z.object({
      number: z.string().nullable(),
      title: z.string().nullable(),
      motions: z.array(
        z.object({ number: z.string(), textStart: z.string(), for: Count, against: Count, abstain: Count, invalid: Count, statedResult: ResultWord.nullable() }),
      ),
    }),
  ),
  mustFlag: z.array(z.object({ line: z.number().int().positive(), why: z.string() })),
});
export type Expected = z.infer<typeof Expected>;

export const expectedFixtures = fixtureFiles.filter((name) => readdirSync(fixturesDir).includes(`${name}.expected.json`));

export function readExpected(name: string): Expected {
  return Expected.parse(JSON.parse(readFileSync(`${fixturesDir}${name}.expected.json`, 'utf8')));
}
