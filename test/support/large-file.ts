import { readFixture } from './fixtures';

/** A large conference: the seed's sections repeated until there are about `motions` motions, numbered on. */
export function largeFile(motions: number): string {
  const seed = readFixture('seed_results_of_voting.txt').text;
  const body = seed.slice(seed.indexOf('1. Unite'));
  const copies = Math.ceil(motions / 76);
  let section = 0;
  const parts = Array.from({ length: copies }, () => body.replace(/^(\d+)\. (.*) -$|^(\d+)\. (Turn|Hand|Campaign for a just)/gm, (line) => line.replace(/^\d+/, String(++section))));
  return `Results of voting:\n\n56 people voted in total.\n\n${parts.join('\n\n')}`;
}
