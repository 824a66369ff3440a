/**
 * `npm run fuzz [cases]`: the parser's properties on fresh random and mutated
 * files, many more than the test suite runs. Prints the first counterexample
 * with what differs, and exits 1; exits 0 when every case holds.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { parse } from '../../shared/parse';
import { writeDocument } from '../../shared/serialize';
import { unaccountedLines } from '../support/accounting';
import { mutatedFixture, resultsLikeText } from '../support/arbitraries';
import { contentOf } from '../support/content';
import { editProblems } from '../support/edit-property';
import { fixtureFiles, readFixture } from '../support/fixtures';

const numRuns = Number(process.argv[2] ?? 5000);
const inputs = fc.oneof(resultsLikeText(), mutatedFixture(fixtureFiles.map((name) => readFixture(name).text)), fc.string({ unit: 'grapheme', maxLength: 400 }));

const properties: [string, (text: string) => unknown][] = [
  ['nothing is lost', (text) => unaccountedLines(text, parse(text))],
  ['a table edit changes only its value', editProblems],
  ['round trip', (text) => {
    const first = contentOf(parse(text).document, { layout: false });
    const second = contentOf(parse(writeDocument(parse(text).document)).document, { layout: false });
    return isDeepStrictEqual(first, second) ? [] : [{ first, second }];
  }],
];

let failed = false;
for (const [name, problemsOf] of properties) {
  const result = fc.check(fc.property(inputs, (text) => (problemsOf(text) as unknown[]).length === 0), { numRuns });
  if (!result.failed) {
    console.log(`${name}: ${numRuns} cases hold`);
    continue;
  }
  failed = true;
  const text = result.counterexample![0];
  console.log(`${name}: fails (seed ${result.seed}) on\n${JSON.stringify(text)}\n${JSON.stringify(problemsOf(text), null, 1).slice(0, 3000)}`);
}
process.exitCode = failed ? 1 : 0;
