import fc from 'fast-check';

/** Lines of the kinds results files are made of, in any order: the parser's worst day. */
const count = fc.integer({ min: 0, max: 400 });
const words = fc.array(fc.constantFrom('Conference', 'calls', 'for', 'the', 'union', 'to', 'campaign', 'against', 'cuts', 'members', 'rule', 'special', 'resolution', 'notes', 'Yes', 'No', 'votes', 'carried', 'page', '2024', '£15', 'self-', 'employ-', 'ment'), { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));

const line = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 30 }), words).map(([n, text]) => `${n}. ${text}`),
  fc.tuple(fc.integer({ min: 1, max: 30 }), words).map(([n, text]) => `${n}. ${text} -`),
  fc.tuple(fc.constantFrom('Motion', 'Resolution', 'Emergency Motion', 'Proposal'), fc.integer({ min: 1, max: 30 }), words).map(([kind, n, text]) => `${kind} ${n} – ${text}`),
  fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), words).map(([n, m, text]) => `Amendment ${n}a to Motion ${m} – ${text}`),
  fc.tuple(fc.constantFrom('Section', 'PART'), fc.constantFrom('1', '2', 'A', 'B'), words).map(([kind, n, text]) => `${kind} ${n} – ${text}`),
  fc.tuple(count, count, count).map(([a, b, c]) => `${a} for; ${b} against; ${c} abstained`),
  fc.tuple(count, count).map(([a, b]) => `${a} for; ${b} abstained`),
  fc.tuple(count, count, count).map(([a, b, c]) => `For: ${a}  Against: ${b}  Abstentions: ${c}`),
  fc.tuple(count, count, count, fc.constantFrom('', ' – CARRIED', ' – NOT CARRIED')).map(([a, b, c, r]) => `Yes ${a} / No ${b} / Abstain ${c}${r}`),
  fc.tuple(count, count).map(([a, b]) => `For – ${a}, Against – ${b}   LOST`),
  fc.constantFrom('CARRIED', 'LOST', 'Result: Passed', 'REMITTED to the NEC', 'WITHDRAWN', 'Motion 3 as amended – CARRIED'),
  fc.constantFrom('Mover: North West Region', 'Seconder: Wales Region', 'Notes:', 'Page 2 of 5', '56 people voted in total.', 'Voting delegates present: 58', '-----', 'Jane Smith 45', 'John Brown 12'),
  fc.constantFrom('No.\tMotion\tFor\tAgainst\tAbstain', '1\tFree bus travel\t38\t2\t1', '2\t"Quoted ""cell"""\t3\t\t1', '\tA note row\t\t\t'),
  fc.integer({ min: 0, max: 9 }).map((n) => `for ${n} against; O abstained`),
  words,
  fc.constant(''),
);

export function resultsLikeText(): fc.Arbitrary<string> {
  return fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));
}

/** A real file with lines deleted, repeated, swapped, cut short, or given a letter O for a zero. */
export function mutatedFixture(texts: string[]): fc.Arbitrary<string> {
  const mutation = fc.tuple(fc.constantFrom('delete', 'repeat', 'swap', 'truncate', 'letter-o', 'insert'), fc.nat(), fc.nat(), line);
  return fc.tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([text, mutations]) => {
    const lines = text.split('\n');
    for (const [kind, at, cut, extra] of mutations) {
      const index = at % Math.max(lines.length, 1);
      const target = lines[index] ?? '';
      if (kind === 'delete') lines.splice(index, 1);
      else if (kind === 'repeat') lines.splice(index, 0, target);
      else if (kind === 'swap' && index + 1 < lines.length) [lines[index], lines[index + 1]] = [lines[index + 1]!, target];
      else if (kind === 'truncate') lines[index] = target.slice(0, cut % (target.length + 1));
      else if (kind === 'letter-o') lines[index] = target.replace('0', 'O');
      else if (kind === 'insert') lines.splice(index, 0, extra);
    }
    return lines.join('\n');
  });
}
