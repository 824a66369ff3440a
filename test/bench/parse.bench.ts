import { bench, describe } from 'vitest';
import { check } from '../../shared/check';
import { decode } from '../../shared/decode';
import { parse } from '../../shared/parse';
import { writeDocument } from '../../shared/serialize';
import { readFixture } from '../support/fixtures';

/** A large conference: the seed's sections repeated until there are about `motions` motions, numbered on. */
function largeFile(motions: number): string {
  const seed = readFixture('seed_results_of_voting.txt').text;
  const body = seed.slice(seed.indexOf('1. Unite'));
  const copies = Math.ceil(motions / 76);
  let section = 0;
  const parts = Array.from({ length: copies }, () => body.replace(/^(\d+)\. (.*) -$|^(\d+)\. (Turn|Hand|Campaign for a just)/gm, (line) => line.replace(/^\d+/, String(++section))));
  return `Results of voting:\n\n56 people voted in total.\n\n${parts.join('\n\n')}`;
}

const seed = readFixture('seed_results_of_voting.txt').text;
const large = largeFile(10_000);
const largeDocument = parse(large).document;
const largeBytes = Buffer.from(large, 'utf8');

describe('parser', () => {
  bench('parse the seed file (76 motions)', () => {
    parse(seed);
  });
  bench('parse 10,000 motions', () => {
    parse(large);
  }, { iterations: 5 });
  bench('decode 10,000 motions (UTF-8 bytes)', () => {
    decode(largeBytes);
  }, { iterations: 5 });
  bench('check 10,000 motions', () => {
    check(largeDocument);
  }, { iterations: 5 });
  bench('write 10,000 motions back to text', () => {
    writeDocument(largeDocument);
  }, { iterations: 5 });
});
