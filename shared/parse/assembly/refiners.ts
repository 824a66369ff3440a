import { languagesIn, writingPack } from '../../languages/detect';
import type { Diagnostic, Motion } from '../../model';
import { countKeys, mentionsRuleChange, ruleHintIn } from '../../vocabulary';
import { joinLines } from '../text';
import type { Draft, ReadingState } from './state';

/**
 * What is decided once every line is read, because it needs the whole file:
 * the refiners, run in the order of `refiners` below.
 */

/** The language packs whose words the file's structural lines use; prose is left out, as it may quote anything. */
export function detectLanguages(state: ReadingState): void {
  const structural = state.events.filter((event) => event.kind !== 'text' && event.kind !== 'blank' && event.kind !== 'ignored');
  state.document.languages = languagesIn(structural.map((event) => event.text));
}

/** A count the file left out is written, if the user adds it, with the file's own word for it. */
export function labelUnprintedCounts(state: ReadingState): void {
  const words = writingPack(state.document.languages).writing;
  for (const [motion, draft] of state.drafts) {
    for (const key of countKeys) {
      if (draft.printedLabels.has(key)) continue;
      motion.style.labels[key] = motion.style.tally === 'count-label' ? words.countWords[key] : words.countLabels[key];
    }
  }
}

/** Registrars print the share of for+against, some of all votes cast: either reading will do. */
export function checkPrintedShare(motion: Motion, printed: NonNullable<Draft['printedShare']>): Diagnostic | null {
  if (motion.for === null) return null;
  const bases = [motion.for + (motion.against ?? 0), motion.for + (motion.against ?? 0) + (motion.abstain ?? 0)];
  const tolerance = 0.5 * 10 ** -printed.decimals + 1e-9;
  const shares = bases.filter((base) => base > 0).map((base) => (100 * motion.for!) / base);
  if (shares.length === 0 || shares.some((share) => Math.abs(share - printed.value) <= tolerance)) return null;
  return {
    code: 'percentage-differs', severity: 'warning', line: printed.line,
    message: `The file prints ${printed.value}% for, but the counts give ${shares[0]!.toFixed(printed.decimals)}% of the votes for and against.`,
  };
}

export function checkPrintedShares(state: ReadingState): void {
  for (const [motion, draft] of state.drafts) {
    const problem = draft.printedShare && checkPrintedShare(motion, draft.printedShare);
    if (problem) state.diagnostics.push(problem);
  }
}

/** A motion's lines become its text, joined as a reader would ("compan-" + "ies" is one word). */
export function joinMotionText(state: ReadingState): void {
  for (const [motion, draft] of state.drafts) {
    motion.text = joinLines(draft.textLines.map((entry) => entry.text));
    motion.printedAt.text = draft.textLines.filter((entry) => entry.text.trim() !== '');
  }
}

/** The majority a motion, a section or the whole file asks for in its own words ("requires a two-thirds majority"). */
export function findRuleHints(state: ReadingState): void {
  const { document } = state;
  for (const motion of state.drafts.keys()) motion.rule = ruleHintIn(motion.text);
  for (const section of document.sections) {
    section.rule = ruleHintIn([section.title ?? '', ...section.notes.map((note) => note.text)].join(' '));
  }
  // "Rule changes need a two-thirds majority" in the title or preamble sets the rule for every rule change.
  const ruleChangeLine = [document.title ?? '', ...document.preamble.map((line) => line.text)].find((line) => mentionsRuleChange(line) && ruleHintIn(line));
  document.ruleChangeRule = ruleChangeLine ? ruleHintIn(ruleChangeLine) : null;
}

/**
 * The refiners in order:
 * 1. languages, first: the labels a file did not print are written in its language;
 * 2. unprinted labels;
 * 3. printed shares, once all counts are in: a tally printed a count to a line gives its against count last;
 * 4. motion text, joined from its lines;
 * 5. rule hints, last: they are read from the joined text.
 */
export const refiners: ((state: ReadingState) => void)[] = [detectLanguages, labelUnprintedCounts, checkPrintedShares, joinMotionText, findRuleHints];
