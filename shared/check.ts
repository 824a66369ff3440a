import { defaultSettings, type Diagnostic, type Motion, type ResultsDocument, type Section, type Settings } from './model';
import { computeResult, hasCounts, ruleDefinitions, ruleFor } from './outcome';
import { labelParts } from './parse/structure';
import { votersIn } from './parse/voters';
import { saysUncounted } from './vocabulary';

/**
 * Checks on a parsed document, as an election authority would make them.
 * Errors block a clean export; warnings can be accepted.
 * `known` are the parser's own diagnostics: a tally it could not read is not checked again.
 */
export function check(document: ResultsDocument, settings: Settings = defaultSettings(), known: Diagnostic[] = []): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const add = (code: Diagnostic['code'], severity: Diagnostic['severity'], line: number, message: string) =>
    diagnostics.push({ code, severity, line, message });
  const unreadableLines = new Set(known.filter((d) => d.code === 'unreadable-tally' || d.code === 'unreadable-number').map((d) => d.line));
  const voters = document.totalVoters;
  // Where nearly every motion has counts, a result given without them is a gap worth a look.
  const uncounted = (motion: Motion) => saysUncounted(`${motion.resultText} ${motion.resultRemark ?? ''} ${motion.style.resultPrefix}`);
  const decided = document.sections.flatMap((section) => section.motions).filter((motion) => motion.statedResult !== 'withdrawn' && motion.statedResult !== 'remitted' && !uncounted(motion));
  const countsExpected = decided.length >= 4 && decided.filter(hasCounts).length >= 0.75 * decided.length;

  for (const section of document.sections) {
    for (const motion of section.motions) {
      const name = describe(motion, section);
      const counts = [motion.for, motion.against, motion.abstain, motion.invalid];
      const counted = hasCounts(motion);
      if (motion.text === '' && motion.kind === null) add('motion-without-text', 'warning', motion.lines[0], `${name} has no text.`);
      if (!counted && motion.statedResult === null && !unreadableLines.has(motion.tallyLine ?? 0)) {
        add('missing-tally', 'error', motion.lines[0], `${name} has no tally and no result. Add its counts, or the result that was declared.`);
      } else if (!counted && countsExpected && (motion.statedResult === 'carried' || motion.statedResult === 'lost') && !uncounted(motion)) {
        add('missing-tally', 'warning', motion.lines[0], `${name} gives a result but no counts, unlike the other motions. Add its counts if they were taken.`);
      }
      const tallyLine = motion.tallyLine ?? motion.lines[0];
      // A motion's own turnout ("Votes cast: 58") is checked instead of the document's number of voters.
      const turnout = motion.notes.map((note) => votersIn(note.text)).find((stated) => stated !== null) ?? null;
      const expected = turnout ?? voters;
      if (counted && expected !== null && !unreadableLines.has(tallyLine)) {
        const sum = counts.reduce<number>((total, value) => total + (value ?? 0), 0);
        if (sum !== expected) {
          const said = turnout === null ? `${count(expected)} people voted` : `the file says ${count(expected)} voted on it`;
          add('sum-differs-from-voters', 'error', tallyLine, `The counts of ${name} add up to ${count(sum)}, but ${said}.`);
        }
        const largest = Math.max(...counts.map((value) => value ?? 0));
        if (largest > expected) add('count-exceeds-voters', 'error', tallyLine, `${name} has a count of ${count(largest)}, more than the ${count(expected)} people who voted.`);
      }
      const { rule } = ruleFor(document, section, motion, settings);
      if (rule === 'absolute' && voters === null && counted) {
        add('no-result-computable', 'warning', motion.lines[0], `${name} needs an absolute majority of the voters, but the file does not say how many voted.`);
      }
      // Counts that could not all be read cannot contradict anything.
      const computed = unreadableLines.has(tallyLine) ? null : computeResult(motion, rule, voters);
      if ((motion.statedResult === 'carried' || motion.statedResult === 'lost') && computed && computed !== motion.statedResult) {
        add(
          'result-contradicts-counts', 'warning', motion.resultLine ?? motion.lines[0],
          `The file says “${motion.resultText ?? motion.statedResult}”, but ${count(motion.for)} for and ${count(motion.against)} against means ${computed}. ${ruleDefinitions[rule]}`,
        );
      }
    }
  }
  diagnostics.push(...numberingProblems(document));
  if (document.sections.every((section) => section.motions.length === 0)) {
    add('no-motions', 'error', 1, 'No motions were found. Tally Desk looks for lines such as “1. Text”, “Motion 1 – Title” or “Resolution 3:”, tallies such as “54 for; 2 against”, or a table with For and Against columns.');
  }
  return diagnostics;
}

function describe(motion: Motion, section: Section): string {
  if (!motion.number) return 'This motion';
  // "Motion 5 in section 3" where numbers restart in each section; "Motion C5" says it already.
  const where = section.number !== null && labelParts(motion.number)?.prefix !== section.number.toUpperCase() ? ` in section ${section.number}` : '';
  return `${motion.kind ?? 'Motion'} ${motion.number}${where}`;
}

const count = (value: number | null) => (value ?? 0).toLocaleString('en-GB');

/**
 * Repeated and skipped motion numbers. Numbering may restart in each section
 * (at 1) or run on through the document; letters before the number ("E1",
 * "R2") start sequences of their own, and amendments ("3a") are not counted.
 */
function numberingProblems(document: ResultsDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const last = new Map<string, number>();
  const seen = new Map<string, Set<number>>();
  for (const section of document.sections) {
    const first = section.motions.map((motion) => labelParts(motion.number)).find((parts) => parts !== null);
    if (first?.value === 1) {
      last.clear();
      seen.clear();
    }
    for (const motion of section.motions) {
      const parts = labelParts(motion.number);
      if (!parts || parts.suffix || motion.amends) continue;
      const numbers = seen.get(parts.prefix) ?? new Set<number>();
      seen.set(parts.prefix, numbers);
      const previous = last.get(parts.prefix);
      if (numbers.has(parts.value)) {
        const presumed = previous !== undefined && !numbers.has(previous + 1) ? previous + 1 : null;
        diagnostics.push({
          code: 'repeated-number', severity: 'warning', line: motion.lines[0],
          message: `Motion number ${motion.number} is used twice${presumed !== null ? `; this one is presumably ${parts.prefix}${presumed}` : ''}.`,
          ...(presumed !== null && { suggestion: { find: motion.number, replace: motion.number.replace(/\d+/, String(presumed)) } }),
        });
        if (presumed !== null) {
          numbers.add(presumed);
          last.set(parts.prefix, presumed);
        }
        continue;
      }
      if (previous !== undefined && parts.value > previous + 1) {
        const gap = parts.value - previous - 1;
        diagnostics.push({
          code: 'skipped-number', severity: 'warning', line: motion.lines[0],
          message: gap === 1 ? `Number ${parts.prefix}${previous + 1} is missing before ${motion.number}.` : `Numbers ${parts.prefix}${previous + 1} to ${parts.prefix}${parts.value - 1} are missing before ${motion.number}.`,
        });
      }
      numbers.add(parts.value);
      last.set(parts.prefix, parts.value);
    }
  }
  return diagnostics;
}
