import { alternation, escapeRegExp, longestFirst, wordFilter, wordsFor } from '../vocabulary';
import { NUMBER_PATTERN, readNumber } from './number';
import { lex } from './lexer';
import { allWords as numberWords, NUMBER_WORDS_PATTERN, readNumberWords } from './number-words';

/** Lines that state how many people voted: "56 people voted in total.", "Voting delegates present: 58", "... 183 members voted." */

const voterNouns = wordsFor((l) => l.voterNouns);
const voterVerbs = wordsFor((l) => l.voterVerbs);
const voterLabels = wordsFor((l) => l.voterLabels);
const votersBySentence = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<count>${NUMBER_PATTERN}|${NUMBER_WORDS_PATTERN})(?!\s+of\b)\s+(?:\p{L}+\s+){0,2}?(?:${alternation(voterNouns)})\s+(?:(?:${alternation(wordsFor((l) => l.voterFillers))})\s+)?(?:${alternation(voterVerbs)})`,
  'iu',
);
const votersByLabel = new RegExp(
  String.raw`^\s*(?:${alternation(voterLabels)})\s*(?:[:=–—-]\s*|\s)(?<count>${NUMBER_PATTERN})\s*\.?\s*$`,
  'iu',
);
/** "Members present and voting: 58", "Councillors voting: 37", "Present: 31 members (quorum 20)", "Turnout: 2,431 votes cast". */
const votersByLabelWords = new RegExp(
  String.raw`^\s*\(?(?:[\p{L}*]+\s+){0,5}?(?:${alternation(wordsFor((l) => l.voterLabelWords))})(?:\s+(?:\p{L}+\s+)?(?:${alternation(voterNouns)}))?\**\s*[:=–—]\s*\**(?<count>${NUMBER_PATTERN})(?![\d%])`,
  'iu',
);

/** Counts of those who could have voted, not of those who did. */
const notVoters = new RegExp(alternation(wordsFor((l) => l.notVoterWords)), 'iu');

/**
 * The number of voters a line states, and whether it is stated as a label
 * ("Votes cast: 58", which under a motion is that motion's turnout) or in a
 * sentence ("56 people voted in total.", always the whole meeting's).
 */
/** "51 responses", "1,377 ballots returned": a count standing alone on its line. */
const votersByCount = new RegExp(
  String.raw`^\s*(?<count>${NUMBER_PATTERN})\s+(?:${alternation(wordsFor((l) => l.voterCountNouns))})\.?\s*$`,
  'iu',
);

/** Every statement of the voters names them, labels them or counts their ballots: a quick test most lines fail. */
/**
 * A count of voters is in digits, or in words that stand as words of their own ("ten", not the "ten" of
 * "tenants"). Looked for in the lower-cased line without Unicode classes, which is quick: a letter outside
 * a–z beside a number word lets the line through, and the patterns below decide.
 */
const numberWordAlone = new RegExp(`(?<![a-z])(?:${longestFirst(numberWords.map((word) => word.toLowerCase())).map(escapeRegExp).join('|')})(?![a-z])`);
function mayHoldCount(line: string): boolean {
  const { hasDigit, lower } = lex(line);
  return hasDigit || numberWordAlone.test(lower);
}
const votersNamed = wordFilter([...voterNouns, ...voterLabels, ...wordsFor((l) => l.voterLabelWords), ...wordsFor((l) => l.voterCountNouns)]);

/**
 * The voters a line states. `count` is null where the figure is too large to
 * count exactly: the line still states the voters, and is refused by name.
 */
export type VotersStated = { count: number | null; labelled: boolean; raw: string };

export function votersStatedIn(line: string): VotersStated | null {
  if (!votersNamed.mayHold(line) || !mayHoldCount(line)) return null;
  // A line may hold several statements, as cells ("Eligible voters: 212","Ballots cast: 164") or columns.
  for (const part of line.split(/"\s*[,;]\s*"|\t+|(?<![:\s])\s{3,}/)) {
    const statement = part.replace(/^[\s"]+|[\s"]+$/g, '');
    const labelled = votersByLabel.exec(statement) ?? votersByLabelWords.exec(statement) ?? votersByCount.exec(statement);
    const match = labelled ?? votersBySentence.exec(statement);
    if (!match?.groups || notVoters.test(match[0])) continue;
    const raw = match.groups.count!;
    const read = readNumber(raw);
    if (read.kind === 'unreadable' && read.why === 'too-large') return { count: null, labelled: labelled !== null, raw };
    const count = read.kind === 'exact' ? read.value : readNumberWords(raw);
    if (count !== null) return { count, labelled: labelled !== null, raw };
  }
  return null;
}

export function votersIn(line: string): number | null {
  return votersStatedIn(line)?.count ?? null;
}
