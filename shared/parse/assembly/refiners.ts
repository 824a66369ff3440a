import { languagesIn, mostLinesLookedAt, writingPack } from '../../languages/detect';
import type { Diagnostic, Motion } from '../../model';
import { countKeys, mentionsRuleChange, ruleHintIn } from '../../vocabulary';
import type { Event } from '../classify';
import { joinLines } from '../text';
import { nameOf } from './motion';
import type { Draft, ReadingState } from './state';

/**
 * What is decided once every line is read, because it needs the whole file:
 * the refiners, run in the order of `refine` below.
 */

/** The language packs whose words the file's structural lines use; prose is left out, as it may quote anything. */
export function detectLanguages(state: ReadingState): void {
  state.document.languages = languagesIn(structuralText(state.events));
}

/** The structural lines the language is told from: as many as `languagesIn` looks at. */
export function structuralText(events: Event[]): string[] {
  const lines: string[] = [];
  for (const event of events) {
    if (lines.length === mostLinesLookedAt) break;
    if (event.kind !== 'text' && event.kind !== 'blank' && event.kind !== 'ignored') lines.push(event.text);
  }
  return lines;
}

/** A count the file left out is written, if the user adds it, with the file's own word for it. */
export function labelUnprintedCounts(draft: Draft, state: ReadingState): void {
  const words = writingPack(state.document.languages).writing;
  const motion = draft.motion;
  for (const key of countKeys) {
    if (draft.printedLabels.has(key)) continue;
    motion.style.labels[key] = motion.style.tally === 'count-label' ? words.countWords[key] : words.countLabels[key];
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

/** Parts of a vote with no line for the whole ("zaal: …", "online: …") are added up into the motion's counts, and it says so. */
export function addUpParts(draft: Draft): Diagnostic | null {
  const motion = draft.motion;
  if (draft.parts.length < 2 || motion.tallyLine !== null) return null;
  for (const key of countKeys) {
    const given = draft.parts.filter((part) => key in part.counts);
    if (given.length === 0) continue;
    motion[key] = given.some((part) => part.counts[key] === null || part.counts[key] === undefined) ? null : given.reduce((sum, part) => sum + part.counts[key]!, 0);
  }
  return {
    code: 'tally-twice', severity: 'warning', line: motion.notes.find((note) => note.text === draft.parts[0]!.source.trim())?.line ?? motion.lines[0],
    message: `No line gives the whole vote of ${nameOf(motion)}: its counts are its ${draft.parts.length} parts added up. Check them, or add the line with the totals.`,
  };
}

/** A motion's lines become its text, joined as a reader would ("compan-" + "ies" is one word). */
export function joinMotionText(draft: Draft): void {
  draft.motion.text = joinLines(draft.textLines.map((entry) => entry.text));
  draft.motion.printedAt.text = draft.textLines.filter((entry) => entry.text.trim() !== '');
}

/** The majority a motion asks for in its own words ("requires a two-thirds majority"), read from its joined text. */
export function findMotionRule(draft: Draft): void {
  draft.motion.rule = ruleHintIn(draft.motion.text);
}

/** The majority a section asks for in its title or notes, and the one the title or preamble sets for rule changes. */
export function findSectionRules(state: ReadingState): void {
  const { document } = state;
  for (const section of document.sections) {
    section.rule = ruleHintIn([section.title ?? '', ...section.notes.map((note) => note.text)].join(' '));
  }
  // "Rule changes need a two-thirds majority" in the title or preamble sets the rule for every rule change.
  const ruleChangeLine = [document.title ?? '', ...document.preamble.map((line) => line.text)].find((line) => mentionsRuleChange(line) && ruleHintIn(line));
  document.ruleChangeRule = ruleChangeLine ? ruleHintIn(ruleChangeLine) : null;
}

/**
 * The refiners, in order:
 * 1. languages, first: the labels a file did not print are written in its language;
 * 2. each motion once (one kept from the reading before is finished already):
 *    the parts of its vote added up, where no line gave the whole; its unprinted labels; its printed share, now that all its counts are in
 *    (a tally printed a count to a line gives its against count last); its
 *    text, joined from its lines; the rule its text names, read from the joined text;
 * 3. the rules sections and the preamble name.
 */
export function refine(state: ReadingState, languages?: string[]): void {
  // Reading again after an edit, the languages are known to be as they were.
  if (languages) state.document.languages = languages;
  else detectLanguages(state);
  for (const draft of state.drafts) {
    if (draft.refined) continue;
    const partsProblem = addUpParts(draft);
    labelUnprintedCounts(draft, state);
    const shareProblem = draft.printedShare && checkPrintedShare(draft.motion, draft.printedShare);
    joinMotionText(draft);
    findMotionRule(draft);
    draft.refined = { shareProblem, partsProblem };
  }
  findSectionRules(state);
}

/** The problems the refiners found, in the order of the motions. */
export function refinersProblems(state: ReadingState): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const draft of state.drafts) {
    if (draft.refined?.partsProblem) problems.push(draft.refined.partsProblem);
    if (draft.refined?.shareProblem) problems.push(draft.refined.shareProblem);
  }
  return problems;
}
