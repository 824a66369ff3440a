import type { MajorityRule, Motion, PercentBase, ResultsDocument, ResultWord, Section, Settings } from './model';
import { mentionsRuleChange } from './vocabulary';

/**
 * Outcomes under a majority rule, and percentages on a base. The words here
 * are printed in the report's footnote, so each says exactly what is counted.
 * Abstentions and invalid votes never count towards a majority.
 * A tie is never carried.
 */
export const ruleDefinitions: Record<MajorityRule, string> = {
  simple: 'Simple majority: carried when the votes for are more than the votes against (for > against); abstentions are not counted.',
  'two-thirds': 'Two-thirds majority: carried when the votes for are at least two thirds of the votes for and against together (for ≥ ⅔ × (for + against)); abstentions are not counted.',
  'three-quarters': 'Three-quarters majority: carried when the votes for are at least three quarters of the votes for and against together (for ≥ ¾ × (for + against)); abstentions are not counted.',
  absolute: 'Absolute majority: carried when the votes for are more than half of the stated number of voters (for > voters ÷ 2).',
};

export const baseDefinitions: Record<PercentBase, string> = {
  'for-against': 'Percentages are of the votes for and against together.',
  cast: 'Percentages are of all votes cast: for, against and abstentions.',
  voters: 'Percentages are of the stated number of voters.',
};

/** Whether the file gives any count for the motion. */
export function hasCounts(motion: Pick<Motion, 'for' | 'against' | 'abstain' | 'invalid'>): boolean {
  return motion.for !== null || motion.against !== null || motion.abstain !== null || motion.invalid !== null;
}

const keysByDocument = new WeakMap<ResultsDocument, Map<Motion, string>>();

/**
 * A motion's key for per-motion settings and accepted warnings: its label and
 * which of the motions with that label it is, in the order of the file
 * ("14#2" for the second motion 14). A section heading added or taken away
 * leaves every key as it was, and a number used twice gives two keys.
 */
export function motionKey(document: ResultsDocument, motion: Motion): string {
  let keys = keysByDocument.get(document);
  if (!keys) {
    keys = new Map();
    const seen = new Map<string, number>();
    for (const other of document.sections.flatMap((section) => section.motions)) {
      const count = (seen.get(other.number) ?? 0) + 1;
      seen.set(other.number, count);
      keys.set(other, `${other.number}#${count}`);
    }
    keysByDocument.set(document, keys);
  }
  return keys.get(motion) ?? `${motion.number}#?`;
}

const rulesChangedBy = new WeakMap<Motion, boolean>();

/** Whether a motion changes the rules: asked of every motion by the checks, the report and the table, so worked out once. */
function changesRules(motion: Motion): boolean {
  let changes = rulesChangedBy.get(motion);
  if (changes === undefined) rulesChangedBy.set(motion, (changes = mentionsRuleChange(`${motion.kind ?? ''} ${motion.text}`)));
  return changes;
}

export type RuleSource = 'setting' | 'motion' | 'section' | 'rule-change' | 'document';

/** The rule a motion is decided by: a per-motion setting, else what the file says of it, else the document's rule. */
export function ruleFor(document: ResultsDocument, section: Section, motion: Motion, settings: Settings): { rule: MajorityRule; source: RuleSource } {
  // Most documents set no rule from the table: then no motion's key need be worked out.
  const override = Object.keys(settings.ruleOverrides).length > 0 ? settings.ruleOverrides[motionKey(document, motion)] : undefined;
  if (override) return { rule: override, source: 'setting' };
  if (motion.rule) return { rule: motion.rule, source: 'motion' };
  if (section.rule) return { rule: section.rule, source: 'section' };
  const isRuleChange = changesRules(motion) || mentionsRuleChange(section.title ?? '');
  if (isRuleChange && document.ruleChangeRule) return { rule: document.ruleChangeRule, source: 'rule-change' };
  return { rule: settings.rule, source: 'document' };
}

/** Carried or lost by the counts alone; null when the counts cannot decide. */
export function computeResult(motion: Pick<Motion, 'for' | 'against'>, rule: MajorityRule, totalVoters: number | null): ResultWord | null {
  // Without a count for, nothing can be decided; a missing count against is read as none ("54 for; 2 abstained").
  if (motion.for === null) return null;
  const votesFor = motion.for;
  const votesAgainst = motion.against ?? 0;
  const decisive = votesFor + votesAgainst;
  switch (rule) {
    case 'simple':
      return votesFor > votesAgainst ? 'carried' : 'lost';
    case 'two-thirds':
      return decisive > 0 && 3 * votesFor >= 2 * decisive ? 'carried' : 'lost';
    case 'three-quarters':
      return decisive > 0 && 4 * votesFor >= 3 * decisive ? 'carried' : 'lost';
    case 'absolute':
      if (totalVoters === null) return null;
      return 2 * votesFor > totalVoters ? 'carried' : 'lost';
  }
}

/**
 * The result to report: remitted and withdrawn as the file says; otherwise
 * what the counts give under the rule; with no counts, what the file says.
 */
export function reportedResult(motion: Motion, rule: MajorityRule, totalVoters: number | null): ResultWord | null {
  if (motion.statedResult === 'remitted' || motion.statedResult === 'withdrawn') return motion.statedResult;
  return computeResult(motion, rule, totalVoters) ?? motion.statedResult;
}

/** The share of votes for, as an exact fraction of the base; null when the base is empty or unknown. */
export function shareFor(motion: Pick<Motion, 'for' | 'against' | 'abstain'>, base: PercentBase, totalVoters: number | null): { votes: number; of: number } | null {
  if (motion.for === null) return null;
  const denominator =
    base === 'for-against'
      ? motion.for + (motion.against ?? 0)
      : base === 'cast'
        ? motion.for + (motion.against ?? 0) + (motion.abstain ?? 0)
        : totalVoters;
  if (!denominator) return null;
  return { votes: motion.for, of: denominator };
}
