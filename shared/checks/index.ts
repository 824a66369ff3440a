import { keptPerObject } from '../kept';
import { motionName } from '../motion-name';
import { defaultSettings, type Diagnostic, type Motion, type ResultsDocument, type Section, type Settings } from '../model';
import { computeResult, hasCounts, motionKey, ruleDefinitions, ruleFor } from '../outcome';
import { labelParts } from '../parse/structure';
import { countKeys, saysUncounted } from '../vocabulary';
import { numberingProblems } from './numbering';
import { coverages, ownTurnout, sumOf, totalsConvention } from './stated-totals';

/**
 * Checks on a parsed document, as an election authority would make them: a
 * list of functions beside the reader, which the reader's orchestrator runs
 * after it. Errors block a clean export; warnings can be accepted.
 */

/** What every check may ask about the document, worked out once. */
type Context = {
  document: ResultsDocument;
  settings: Settings;
  /** Lines whose tally the reader could not read: their counts are not checked again. */
  unreadableLines: Set<number>;
  /** Whether nearly every decided motion has counts, so that one without is a gap worth a look. */
  countsExpected: boolean;
  /** Whether the settings set any motion's rule from the table. */
  overridesSet: boolean;
  /** Which counts the file's own stated totals cover (`stated-totals.ts`). */
  totalsConvention: number[];
};

type MotionCheck = (motion: Motion, section: Section, name: string, context: Context) => Diagnostic | null;

const problem = (code: Diagnostic['code'], severity: Diagnostic['severity'], line: number, message: string): Diagnostic => ({ code, severity, line, message });
const count = (value: number | null) => (value ?? 0).toLocaleString('en-GB');
const uncountedMotions = new WeakMap<Motion, boolean>();
/** Whether the result says it was decided without a count ("Carried unanimously"); asked of every motion at every reading, so kept. */
const uncounted = (motion: Motion) => {
  let found = uncountedMotions.get(motion);
  if (found === undefined) uncountedMotions.set(motion, (found = saysUncounted(`${motion.resultText} ${motion.resultRemark ?? ''} ${motion.style.resultPrefix}`)));
  return found;
};

const withoutText: MotionCheck = (motion, _section, name) =>
  motion.text === '' && motion.kind === null ? problem('motion-without-text', 'warning', motion.lines[0], `${name} has no text.`) : null;

const missingTally: MotionCheck = (motion, _section, name, { unreadableLines, countsExpected }) => {
  if (hasCounts(motion)) return null;
  if (motion.statedResult === null && !unreadableLines.has(motion.tallyLine ?? 0)) {
    return problem('missing-tally', 'error', motion.lines[0], `${name} has no tally and no result. Add its counts, or the result that was declared.`);
  }
  if (countsExpected && (motion.statedResult === 'carried' || motion.statedResult === 'lost') && !uncounted(motion)) {
    return problem('missing-tally', 'warning', motion.lines[0], `${name} gives a result but no counts, unlike the other motions. Add its counts if they were taken.`);
  }
  return null;
};

/** The voters a motion's counts must add up to: its own turnout ("Votes cast: 58" under it), else the document's. */
function votersFor(motion: Motion, document: ResultsDocument): { expected: number | null; own: boolean } {
  const turnout = ownTurnout(motion)?.count ?? null;
  return { expected: turnout ?? document.totalVoters, own: turnout !== null };
}

/** A motion's own total is checked against the counts the file's totals cover; the meeting's voters against every count. */
const sumDiffersFromVoters: MotionCheck = (motion, _section, name, { document, unreadableLines, totalsConvention }) => {
  const tallyLine = motion.tallyLine ?? motion.lines[0];
  if (!hasCounts(motion) || unreadableLines.has(tallyLine)) return null;
  const turnout = ownTurnout(motion);
  if (turnout) {
    const covered = totalsConvention.map((index) => coverages[index]!);
    if (covered.some((coverage) => sumOf(motion, coverage.keys) === turnout.count)) return null;
    const [coverage] = covered.length === 1 ? covered : [coverages.at(-1)!];
    const convention = covered.length === 1 && coverage!.keys.length < countKeys.length ? ` (the file's totals count ${coverage!.words})` : '';
    const said = turnout.stated === 'total' ? `the file states a total of ${count(turnout.count)}` : `the file says ${count(turnout.count)} voted on it`;
    return problem('sum-differs-from-voters', 'error', turnout.line, `The counts of ${name} add up to ${count(sumOf(motion, coverage!.keys))}, but ${said}${convention}.`);
  }
  const expected = document.totalVoters;
  if (expected === null) return null;
  const sum = sumOf(motion, countKeys);
  // The meeting's voters are every ballot, or its valid ones ("Valid votes: 400" above "For 300, against 100, spoilt 7").
  if (sum === expected || sumOf(motion, coverages[1]!.keys) === expected) return null;
  return problem('sum-differs-from-voters', 'error', tallyLine, `The counts of ${name} add up to ${count(sum)}, but ${count(expected)} people voted.`);
};

const countExceedsVoters: MotionCheck = (motion, _section, name, { document, unreadableLines }) => {
  const tallyLine = motion.tallyLine ?? motion.lines[0];
  const { expected } = votersFor(motion, document);
  if (!hasCounts(motion) || expected === null || unreadableLines.has(tallyLine)) return null;
  const largest = Math.max(...[motion.for, motion.against, motion.abstain, motion.invalid].map((value) => value ?? 0));
  return largest > expected ? problem('count-exceeds-voters', 'error', tallyLine, `${name} has a count of ${count(largest)}, more than the ${count(expected)} people who voted.`) : null;
};

const absoluteWithoutVoters: MotionCheck = (motion, section, name, { document, settings }) => {
  const { rule } = ruleFor(document, section, motion, settings);
  if (rule !== 'absolute' || document.totalVoters !== null || !hasCounts(motion)) return null;
  return problem('no-result-computable', 'warning', motion.lines[0], `${name} needs an absolute majority of the voters, but the file does not say how many voted.`);
};

const resultContradictsCounts: MotionCheck = (motion, section, _name, { document, settings, unreadableLines }) => {
  const { rule } = ruleFor(document, section, motion, settings);
  // Counts that could not all be read cannot contradict anything.
  const computed = unreadableLines.has(motion.tallyLine ?? motion.lines[0]) ? null : computeResult(motion, rule, document.totalVoters);
  if ((motion.statedResult !== 'carried' && motion.statedResult !== 'lost') || !computed || computed === motion.statedResult) return null;
  return problem(
    'result-contradicts-counts', 'warning', motion.resultLine ?? motion.lines[0],
    `The file says “${motion.resultText ?? motion.statedResult}”, but ${count(motion.for)} for and ${count(motion.against)} against means ${computed}. ${ruleDefinitions[rule]}`,
  );
};

/**
 * The checks of each motion, in the order their problems are listed for it:
 * what is missing first, then the arithmetic, then the result.
 */
const motionChecks: MotionCheck[] = [withoutText, missingTally, sumDiffersFromVoters, countExceedsVoters, absoluteWithoutVoters, resultContradictsCounts];

/** The checks of the document as a whole, after the motions': their numbering, and whether any motion was found at all. */
const documentChecks: ((document: ResultsDocument) => Diagnostic[])[] = [
  numberingProblems,
  (document) => (document.sections.every((section) => section.motions.length === 0)
    ? [problem('no-motions', 'error', 1, 'No motions were found. Tally Desk looks for lines such as “1. Text”, “Motion 1 – Title” or “Resolution 3:”, tallies such as “54 for; 2 against”, or a table with For and Against columns.')]
    : []),
];

/** `known` are the reader's own diagnostics: a tally it could not read is not checked again. */
export function check(document: ResultsDocument, settings: Settings = defaultSettings(), known: Diagnostic[] = []): Diagnostic[] {
  // Counted in one pass, without lists: this runs over every motion at every keystroke.
  let decided = 0;
  let decidedWithCounts = 0;
  for (const section of document.sections) {
    for (const motion of section.motions) {
      if (motion.statedResult === 'withdrawn' || motion.statedResult === 'remitted' || uncounted(motion)) continue;
      decided++;
      if (hasCounts(motion)) decidedWithCounts++;
    }
  }
  const context: Context = {
    document,
    settings,
    unreadableLines: new Set(known.filter((d) => d.code === 'unreadable-tally' || d.code === 'unreadable-number').map((d) => d.line)),
    countsExpected: decided >= 4 && decidedWithCounts >= 0.75 * decided,
    overridesSet: Object.keys(settings.ruleOverrides).length > 0,
    totalsConvention: totalsConvention(document),
  };
  const diagnostics: Diagnostic[] = [];
  for (const section of document.sections) for (const found of checkSection(section, context)) diagnostics.push(found);
  for (const documentCheck of documentChecks) for (const found of documentCheck(document)) diagnostics.push(found);
  return diagnostics;
}

/** Each section's problems, kept while nothing they looked at changes. */
const checkedSections = keptPerObject<Section, Diagnostic[]>();

function checkSection(section: Section, context: Context): Diagnostic[] {
  const { document, settings, unreadableLines, countsExpected, overridesSet } = context;
  const inputs: unknown[] = [settings, document.totalVoters, document.ruleChangeRule, countsExpected, context.totalsConvention.join()];
  for (const motion of section.motions) {
    // Whether the reader could not read the motion's tally line, or its first line where it has none.
    inputs.push(unreadableLines.has(motion.tallyLine ?? 0), unreadableLines.has(motion.tallyLine ?? motion.lines[0]));
    // A rule set from the table is found by the motion's place among those of its number.
    if (overridesSet) inputs.push(motionKey(document, motion));
  }
  return checkedSections(section, inputs, () => {
    const found: Diagnostic[] = [];
    for (const motion of section.motions) {
      const name = describe(motion, section);
      for (const motionCheck of motionChecks) {
        const problem = motionCheck(motion, section, name, context);
        if (problem) found.push(problem);
      }
    }
    return found;
  });
}

function describe(motion: Motion, section: Section): string {
  const name = motionName(motion);
  if (!name) return 'This motion';
  // "Motion 5 in section 3" where numbers restart in each section; "Motion C5" says it already.
  const where = section.number !== null && labelParts(motion.number)?.prefix !== section.number.toUpperCase() ? ` in section ${section.number}` : '';
  return `${name}${where}`;
}
