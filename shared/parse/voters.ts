import { alternation, countWords, escapeRegExp, longestFirst, wholeWords, wordFilter, wordsFor } from '../vocabulary';
import { NUMBER_PATTERN, readNumber } from './number';
import { lex } from './lexer';
import { resultAfter, type ResultLine } from './results';
import { allWords as numberWords, NUMBER_WORDS_PATTERN, readNumberWords } from './number-words';

/** Lines that state how many people voted: "56 people voted in total.", "Voting delegates present: 58", "... 183 members voted." */

const voterNouns = wordsFor((l) => l.voterNouns);
const voterVerbs = wordsFor((l) => l.voterVerbs);
const voterLabels = wordsFor((l) => l.voterLabels);
/**
 * What after a figure shows it counts no voters: a decimal or a share
 * ("31.5%"), a date or a time ("1 March 2024", "09:00"), a range ("3 to 17"),
 * or a position ("3 delegates voting against").
 */
const NOT_A_COUNT_AFTER = String.raw`(?![.,:]?\d|\s*%|\s*(?:${alternation(wordsFor((l) => l.monthNames))})(?![\p{L}])|\s*(?:[-–—]|${alternation(wordsFor((l) => l.countsLinkedBy))})\s*\d|\s+(?:${alternation(countWords)})(?![\p{L}]))`;

/** "… of …" after the count is out of how many ("2,310 of 5,004 members voted"), never "One of the members voted". */
const OUT_OF = alternation(wordsFor((l) => l.voterOutOf));
/** "56 people voted in total.", "All 143 members in the hall voted", "2,310 of 5,004 members voted", "… – 112 members voting". */
const votersBySentence = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<count>${NUMBER_PATTERN}|${NUMBER_WORDS_PATTERN})(?:(?<outOf>\s+(?:${OUT_OF})\s+(?:\p{Ll}{2,3}\s+)?(?:${NUMBER_PATTERN}))|(?!\s+(?:${OUT_OF})\s))\s+(?:\p{L}+\s+){0,2}?(?:${alternation(voterNouns)})(?:\s+[\p{L}’'-]+){0,4}?\s+(?:(?:${alternation(wordsFor((l) => l.voterFillers))})\s+)?(?:${alternation(voterVerbs)})(?![\p{L}])${NOT_A_COUNT_AFTER}`,
  'iu',
);
/** Out of how many, and no noun: "47 of 52 (90%) participated". */
const votersOutOf = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<count>${NUMBER_PATTERN})\s+(?:${OUT_OF})\s+(?:${NUMBER_PATTERN})(?:\s*\(\s*\d+(?:[.,]\d+)?\s*%\s*\))?\s+(?:${alternation(voterVerbs)})(?![\p{L}])`,
  'iu',
);
/** The verb first, as German puts it: "An der Abstimmung beteiligten sich 64 Mitglieder". */
const votersAfterVerb = new RegExp(
  String.raw`(?:${alternation(voterVerbs)})\s+(?<count>${NUMBER_PATTERN})\s+(?:\p{L}+\s+){0,2}?(?:${alternation(voterNouns)})(?![\p{L}])`,
  'iu',
);
const votersByLabel = new RegExp(
  String.raw`^\s*(?:${alternation(voterLabels)})\s*(?:[:=–—-]\s*|\s)(?<count>${NUMBER_PATTERN})\s*\.?\s*(?=$|[–—-]\s)`,
  'iu',
);
/**
 * A label that names those voting, then their count: "Members present and
 * voting: 58", "Present: 31 members (quorum 20)", "Anwesende stimmberechtigte
 * Delegierte (laut Anwesenheitsliste): 87", "Membres présents ou représentés :
 * 47 sur 83". The label holds no figure; the count is not a share ("Turnout: 31.5%").
 */
const votersAfterLabel = new RegExp(String.raw`^\s*(?<label>[^:=–—\d]{1,100}?)\s*[:=–—]\s*\**(?<count>${NUMBER_PATTERN})${NOT_A_COUNT_AFTER}`, 'iu');
const voterLabelWord = new RegExp(wholeWords(wordsFor((l) => l.voterLabelWords)), 'iu');

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
const votersNamed = wordFilter([...voterNouns, ...voterVerbs, ...voterLabels, ...wordsFor((l) => l.voterLabelWords), ...wordsFor((l) => l.voterCountNouns)]);

/**
 * The voters a line states. `count` is null where the figure is too large to
 * count exactly: the line still states the voters, and is refused by name.
 */
/** `result` is a result stated after the figure: "Votes cast: 58 – CARRIED". */
export type VotersStated = {
  count: number | null;
  labelled: boolean;
  raw: string;
  result: ResultLine | null;
  /** Counted as present ("Present: 151 members"), not as having voted ("All 143 members in the hall voted"). */
  present?: boolean;
};

const presenceWord = new RegExp(wholeWords(wordsFor((l) => l.presenceWords)), 'iu');
const votingVerb = new RegExp(wholeWords(wordsFor((l) => l.voterVerbs).filter((verb) => !presenceWord.test(verb))), 'iu');

/** A spreadsheet's row of a label and its value ("Votos emitidos;1.339;;;;"), read as the label and its value: "Votos emitidos: 1.339". */
function labelAndValueCells(line: string): string | null {
  if (!/[;\t|]/.test(line)) return null;
  const cells = line.split(/[;\t|]/).map((cell) => cell.trim()).filter((cell) => cell !== '');
  return cells.length === 2 && !/\d/.test(cells[0]!) && /\d/.test(cells[1]!) ? `${cells[0]}: ${cells[1]}` : null;
}

export function votersStatedIn(cells: string): VotersStated | null {
  if (!votersNamed.mayHold(cells) || !mayHoldCount(cells)) return null;
  const line = labelAndValueCells(cells) ?? cells;
  // A line may hold several statements, as cells ("Eligible voters: 212","Ballots cast: 164"), columns or sentences.
  for (const part of line.split(/"\s*[,;]\s*"|\t+|(?<![:\s])\s{3,}|(?<=\p{Ll}{2}[.;]|\d[.;])\s+(?=\p{Lu})/u)) {
    const statement = part.replace(/^[\s"]+|[\s"]+$/g, '');
    const labelled = votersByLabel.exec(statement) ?? votersNamedByLabel(statement) ?? votersByCount.exec(statement);
    const match = labelled ?? votersBySentence.exec(statement) ?? votersOutOf.exec(statement) ?? votersAfterVerb.exec(statement);
    // "537 of the 1,184 eligible members cast a ballot": out of a whole, the words after it describe the whole.
    if (!match?.groups || (!match.groups.outOf && notVoters.test(match.groups.label ?? match[0]))) continue;
    const raw = match.groups.count!;
    const read = readNumber(raw);
    const result = labelled ? resultAfter(statement.slice(match.index + match[0].length)) : null;
    const present = presenceWord.test(match[0]) && !votingVerb.test(match[0]);
    if (read.kind === 'unreadable' && read.why === 'too-large') return { count: null, labelled: labelled !== null, raw, result, present };
    const count = read.kind === 'exact' ? read.value : readNumberWords(raw);
    if (count !== null) return { count, labelled: labelled !== null, raw, result, present };
  }
  return null;
}

/** A label that names a position ("Members voting against: 12") counts votes, not voters; words of three letters or fewer ("No.", "for") are too common in other labels to tell. */
const positionWord = new RegExp(wholeWords(countWords.filter((word) => word.length > 3)), 'iu');

function votersNamedByLabel(statement: string): RegExpExecArray | null {
  const match = votersAfterLabel.exec(statement);
  return match?.groups && voterLabelWord.test(match.groups.label!) && !positionWord.test(match.groups.label!) ? match : null;
}

export function votersIn(line: string): number | null {
  return votersStatedIn(line)?.count ?? null;
}
