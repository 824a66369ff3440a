import { bench, describe } from 'vitest';
import { check } from '../../shared/check';
import { decode } from '../../shared/decode';
import { parse } from '../../shared/parse';
import { writeDocument } from '../../shared/serialize';
import { readFixture } from '../support/fixtures';
import { largeFile } from '../support/large-file';

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
