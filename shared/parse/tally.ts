import type { ResultWord, TallyStyle } from '../model';
import {
  alternation,
  countKeyOf,
  countWords,
  resultOf,
  resultWords,
  wholeWords,
  wordFilter,
  wordsFor,
  type CountKey,
} from '../vocabulary';
import { lex } from './lexer';
import { votersStatedIn } from './voters';
import { isResultRemark } from './results';
import { countTokenTypes, fillerWords, tokenAt, zeroWords, type Token } from './tally-tokens';
import { LOOKALIKE_PATTERN, NUMBER_PATTERN, readNumber, type Unreadable } from './number';

/**
 * A tally line: counts with their labels in any order and punctuation
 * ("54 for; 2 against", "For: 1,234 Against: 45", "Yes 120 / No 30",
 * "Votes for 1,203 (97.5%)", "For – 54, Against – 2   CARRIED"), optionally
 * with a stated total and a result word.
 */
export type Tally = {
  /** A key is present when the line gives that count; null when it is given but cannot be read. */
  counts: Partial<Record<CountKey, number | null>>;
  total: number | null;
  /** The total's label as printed ("Votos emitidos"). */
  totalLabel: string | null;
  result: ResultWord | null;
  /** The result word as printed ("NOT CARRIED"), and the words after it. */
  resultText: string | null;
  resultRemark: string | null;
  style: TallyStyle;
  /** Each count's label as printed ("Votes withheld"). */
  labels: Partial<Record<CountKey, string>>;
  /** Words before the first count ("Card vote – "). */
  lead: string;
  /**
   * A part of the vote named before its counts ("zaal:", "online:", "Postal votes:")
   * is a subtotal; "totaal:", "Total:" names the counts that add the parts up.
   */
  part: 'part' | 'whole' | null;
  /** The part's name as printed ("zaal: "), '' for none: a part only beside another part (`parts.ts`). */
  partName: string;
  /** Percentages printed beside counts ("Votes for 1,203 (97.5%)"), as printed, with their decimals. */
  percents: Partial<Record<CountKey, { value: number; decimals: number }>>;
  /** The thousands separator the counts are printed with, or '' for none. */
  thousandsSeparator: string;
  problems: TallyProblem[];
  /** The text the tally was read from, and each count's place among the counts printed in it (0 for the first). */
  source: string;
  countIndex: Partial<Record<CountKey, number>>;
};

export type TallyProblem =
  | { kind: 'lookalike'; key: CountKey; raw: string; value: number }
  /** A count with characters no number has ("1S2"), below nought, or too large: unreadable, and no value to offer. */
  | { kind: 'garbled'; key: CountKey; raw: string; why: Unreadable }
  | { kind: 'ambiguous'; text: string }
  | { kind: 'repeated'; key: CountKey }
  | { kind: 'stray-words'; words: string[] };

const countLabel = new RegExp(wholeWords(countWords), 'iu');
const monthNames = new Set(wordsFor((l) => l.monthNames));
const zeroWord = new RegExp(wholeWords(zeroWords), 'iu');
const zeroWordFilter = wordFilter(zeroWords);
/** "Against: O": a count's label, then the letter O alone. */
const letterOAlone = new RegExp(String.raw`${wholeWords(countWords)}\s*[:=–—-]?\s*O(?![\p{L}\p{N}])`, 'iu');
const NOT_A_LETTER = '(?![\\p{L}\\p{N}])';
const numberTypes = countTokenTypes;

/** The line's tokens; null as soon as a word that no tally uses comes before any result word (plain prose). */
function tokenize(line: string, strays?: string[]): Token[] | null {
  const tokens: Token[] = [];
  let seenResult = false;
  for (let at = 0; at < line.length; ) {
    const token = tokenAt(line, at);
    at = token.end;
    if (token.type === 'other' && !seenResult) {
      if (!strays) return null;
      // Collected, and read as a break between counts.
      strays.push(token.text);
      token.type = 'strong';
    }
    seenResult ||= token.type === 'result';
    tokens.push(token);
  }
  return tokens;
}

/**
 * "47 for; 5 againts; 4 abstained": a tally with a word or two that no tally
 * uses, among at least two numbers and a label, is a tally with a typo, not prose.
 */
function strayTokens(line: string): { tokens: Token[]; strays: string[] } | null {
  // Most lines are prose: look closer only at those with two numbers and a count label.
  if ((line.match(/\d+/g)?.length ?? 0) < 2 || !countLabel.test(line)) return null;
  const strays: string[] = [];
  const tokens = tokenize(line, strays)!;
  const numbers = tokens.filter((token) => numberTypes.includes(token.type)).length;
  const labels = tokens.filter((token) => token.type === 'label').length;
  // "Indienen voor 12 maart 2024" is a date beside a word that is also a count label, not a tally with a typo.
  if (strays.some((word) => monthNames.has(word.toLowerCase()))) return null;
  return numbers >= 2 && labels >= 1 && strays.length <= 2 && strays.length < numbers + labels ? { tokens, strays } : null;
}

const tripleCount = String.raw`(?:${NUMBER_PATTERN}|${LOOKALIKE_PATTERN})`;
const resultThenTriple = new RegExp(
  String.raw`^(\s*(?:${wholeWords(resultWords)})\s*[:(]?\s*)(${tripleCount})\s*[-–—/]\s*(${tripleCount})(?:\s*[-–—/]\s*(${tripleCount}))?\s*\)?\s*$`,
  'iu',
);
/** "Vote: 23–4–1. Carried." */
const tripleThenResult = new RegExp(
  String.raw`^\s*((?:${wholeWords(fillerWords)})\s*:?)?\s*(${tripleCount})\s*[-–—/]\s*(${tripleCount})(?:\s*[-–—/]\s*(${tripleCount}))?\s*[.,;–—-]?\s*((?:${wholeWords(resultWords)}).*)?$`,
  'iu',
);
/** "Number of votes found to be invalid: 8": a count label at the end of a longer label. */
const labelAtEnd = new RegExp(
  String.raw`^\s*(?:[\p{L}'’-]+\s+){1,6}?(${wholeWords(countWords)})\s*:\s*(${NUMBER_PATTERN})(\s*\(\s*[\d.,]+\s*%\s*\))?\s*$`,
  'iu',
);

/** The label as printed where a longer label ends in a count word: "Number of votes found to be invalid". */
function longLabelOf(line: string): string | null {
  const match = line.includes(':') ? labelAtEnd.exec(line) : null;
  return match ? line.slice(0, line.indexOf(':')).trim() : null;
}

/**
 * Shorthands spelled out as labelled counts: "N votes to M" (minutes) and a
 * result with bare figures, "CARRIED (34-2-1)", which by convention are for, against, abstained.
 */
function spellOut(line: string): string {
  // Cheap tests first: these patterns are tried on every line of a file.
  const hasTriple = /[\dOoIl]\s*[-–—/]\s*[\dOoIl]/.test(line);
  const triple = hasTriple ? resultThenTriple.exec(line) : null;
  if (triple) {
    const [, result, votesFor, against, abstain] = triple;
    return `${result!.replace(/[:(]\s*$/, '').trimEnd()} ${votesFor} for, ${against} against${abstain ? `, ${abstain} abstained` : ''}`;
  }
  const labelledTriple = hasTriple ? tripleThenResult.exec(line) : null;
  if (labelledTriple && (labelledTriple[1] || labelledTriple[5])) {
    const [, , votesFor, against, abstain, result] = labelledTriple;
    return `${votesFor} for, ${against} against${abstain ? `, ${abstain} abstained` : ''}${result ? `, ${result}` : ''}`;
  }
  const longLabel = line.includes(':') ? labelAtEnd.exec(line) : null;
  if (longLabel) return `${longLabel[1]}: ${longLabel[2]}${longLabel[3] ?? ''}`;
  const spaced = line.includes(':') ? line.replace(/:(?:\t+|\s{2,})/g, ': ') : line;
  return votesToFilter.mayHold(spaced) ? spaced.replace(votesTo, '$1 for, $2 against') : spaced;
}

const bracketedAtStart = /^\s*\((?<counts>[^()]{1,60})\)\s+/;
const bracketedAtEnd = /\s+\((?<counts>[^()]{1,60})\)\s*$/;
/** A figure as printed, perhaps with a typist's letter or a stray mark in it ("1O2", "1?4"). */
const printedFigure = /^[\dOoIl?#.,' ]*\d[\dOoIl?#.,' ]*$/;

/**
 * Figures in brackets before or after a motion in a list, by convention for,
 * against and abstained: "(141–12–6) 3. Rent controls …", "R1. Jornada de 35
 * horas (196, 6, 6)". The tally, and the line's other words.
 */
export function listedCounts(text: string): { tally: Tally; rest: string } | null {
  const match = bracketedAtStart.exec(text) ?? bracketedAtEnd.exec(text);
  if (!match?.groups) return null;
  const figures = match.groups.counts!.split(/\s*[–—/]\s*|(?<=\S)-(?=\S)|\s+-\s+|,\s+/).map((figure) => figure.trim());
  if (figures.length < 2 || figures.length > 3 || !figures.every((figure) => printedFigure.test(figure))) return null;
  const tally = parseTally(figures.map((figure, index) => `${figure} ${['for', 'against', 'abstained'][index]}`).join(', '));
  if (!tally) return null;
  // The counts are found again, in order, in the brackets as printed.
  tally.source = match[0].trim();
  return { tally, rest: text.replace(match[0], ' ').trim() };
}

/** "27 votes to 2", from minutes. */
const votesToFilter = wordFilter(wordsFor((l) => l.countsLinkedBy));
const votesTo = new RegExp(`(?<![\\p{L}\\p{N}])(${NUMBER_PATTERN})\\s+(?:${alternation(wordsFor((l) => l.countsLinkedBy))})\\s+(${NUMBER_PATTERN})${NOT_A_LETTER}`, 'gu');

type Item = {
  token: Token;
  /** A strong separator (";", "/", tab, two spaces...) stands between this item and the one before. */
  strongBefore: boolean;
  /** Only spaces and an opening bracket stand between this item and the one before, as in columns: "Yes   (39/47)". */
  gapBefore: boolean;
  segment: number;
  /** Filler that prints with the label ("Votes" in "Votes for"). */
  prefix: string;
};

type Pairing = { pairs: [Item, Item][]; leftovers: Item[] };

function pairUp(items: Item[], labelFirst: boolean, acrossGaps = false): Pairing {
  const pairs: [Item, Item][] = [];
  const leftovers: Item[] = [];
  const isLabel = (item: Item | undefined) => item?.token.type === 'label' || item?.token.type === 'total';
  const isNumber = (item: Item | undefined) => item !== undefined && numberTypes.includes(item.token.type);
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    const next = items[index + 1];
    const [first, second] = labelFirst ? [isLabel, isNumber] : [isNumber, isLabel];
    if (first(item) && second(next) && (!next!.strongBefore || (acrossGaps && next!.gapBefore))) {
      pairs.push(labelFirst ? [item, next!] : [next!, item]);
      index++;
    } else leftovers.push(item);
  }
  return { pairs, leftovers };
}

function styleOf(line: string, labelFirst: boolean, pair: [Item, Item] | undefined): TallyStyle {
  if (!labelFirst || !pair) return 'count-label';
  const between = line.slice(pair[0].token.end, pair[1].token.start);
  if (between.includes(':')) return 'label-colon';
  if (/[–—-]/.test(between)) return 'label-dash';
  return 'label-space';
}

/** The percentage printed right after a count, if any: "1,203 (97.5%)". */
function percentAfter(tokens: Token[], at: number): { value: number; decimals: number } | null {
  let next: Token | undefined;
  for (let index = at + 1; index < tokens.length && !next; index++) {
    const token = tokens[index]!;
    if (token.text.trim() !== '' && token.type !== 'whole' && token.text.trim() !== ')') next = token;
  }
  const digits = next?.type === 'percent' ? /(\d+)(?:[.,](\d+))?/.exec(next.text) : null;
  return digits ? { value: Number(`${digits[1]}.${digits[2] ?? '0'}`), decimals: digits[2]?.length ?? 0 } : null;
}

/** Words before the first count that only introduce the tally ("Card vote – "). */
function leadOf(line: string, tokens: Token[], first: Item): string {
  const start = first.prefix ? line.lastIndexOf(first.prefix, first.token.start) : first.token.start;
  const introducesOnly = tokens.every((token) => token.start >= start || ['filler', 'weak', 'strong'].includes(token.type));
  return introducesOnly ? line.slice(0, start) : '';
}

/**
 * "abgelehnt – Ja 230 / Nein 131 (abgegebene Stimmen 368); erforderliche
 * Mehrheit nicht erreicht": after a result and its counts, words past a
 * semicolon or dash are the result's remark. Their tokens, from that mark on.
 */
function remarkAfterCounts(line: string, tokens: Token[]): Token[] {
  const lastCount = tokens.findLastIndex((token) => token.type === 'label' || token.type === 'total' || numberTypes.includes(token.type));
  const mark = tokens.findIndex((token, index) => index > lastCount && /^\s*[;–—]\s*$|^\s+[-]\s+$/.test(token.text));
  if (mark < 0 || !tokens.slice(mark + 1).some((token) => token.type === 'other')) return [];
  return /\p{L}/u.test(line.slice(tokens[mark]!.end)) ? tokens.slice(mark) : [];
}

/** "Beschluss: angenommen – Ja 341 / Nein 22": a result's label before the result word that the counts follow. */
const resultLabelFirst = new RegExp(String.raw`^\s*(?:${alternation(wordsFor((l) => l.resultLabels))})\s*[:–—-]\s*(?=(?:${wholeWords(resultWords)}))`, 'iu');

/** "zaal: voor 52 | …", "Online – For 160 …": one or two words naming a part of the vote, before the first count's label. */
const partNamed = new RegExp(String.raw`^\s*(?<name>\p{L}[\p{L}'’]*(?:\s\p{L}[\p{L}'’]*)?)\s*[:–—]\s*(?=(?:${wholeWords(countWords)})\s*[:=–—-]?\s*\d|\d[\d.,' ]*\s*(?:${wholeWords(countWords)}))`, 'iu');
const totalWordSet = new Set(wordsFor((l) => l.totals).map((word) => word.toLowerCase()));

/** The part of the vote a line's counts are, and the line without its name; the name of a count or a result is no part. */
function partOf(line: string): { part: Tally['part']; rest: string; name: string } {
  const match = partNamed.exec(line);
  const name = match?.groups?.name;
  const notAPart = (word: string) => countKeyOf(word) || resultOf(word) || fillerWords.some((filler) => filler.toLowerCase() === word.toLowerCase());
  if (!match || !name || notAPart(name) || name.split(/\s+/).some(notAPart)) return { part: null, rest: line, name: '' };
  return { part: totalWordSet.has(name.toLowerCase()) ? 'whole' : 'part', rest: line.slice(match[0].length), name: match[0] };
}

/** Reads a tally line; null when the line is not one. */
export function parseTally(rawLine: string): Tally | null {
  // Most lines are prose: a tally has a digit or a word for nought, which is quick to look for.
  // "Against: O": a letter O typed for nought, alone after its label, is a count too.
  if (!lex(rawLine).hasDigit && !(zeroWordFilter.mayHold(rawLine) && zeroWord.test(rawLine)) && !(rawLine.includes('O') && letterOAlone.test(rawLine))) return null;
  // A numbered line ("1. Yes to 2024 ...") is a heading or a clause, never a tally.
  if (/^\s*\d+[.)]\s/.test(rawLine)) return null;
  const named = partOf(rawLine.replace(resultLabelFirst, ''));
  const line = spellOut(named.rest.replace(/\.\s*$/, ''));
  const clean = tokenize(line);
  const misread = clean ? null : strayTokens(line);
  const tokens = clean ?? misread?.tokens;
  if (!tokens) return null;

  const resultIndex = tokens.findIndex((token) => token.type === 'result');
  const afterResult = resultIndex < 0 ? [] : tokens.slice(resultIndex + 1);
  const countsAfterResult = afterResult.some((token) => token.type === 'label' || numberTypes.includes(token.type));
  const remarkTokens = resultIndex >= 0 && !countsAfterResult ? afterResult : countsAfterResult ? remarkAfterCounts(line, tokens) : [];
  const body = tokens.filter((token) => !remarkTokens.includes(token));

  if (body.some((token) => token.type === 'other')) return null;
  if (!body.some((token) => token.type === 'label' || token.type === 'total')) return null;
  if (!body.some((token) => token.type === 'number' || token.type === 'lookalike' || token.type === 'zero')) return null;

  const items: Item[] = [];
  let strong = false;
  let gap = true;
  let segment = 0;
  let prefix = '';
  for (const token of body) {
    if (token.type === 'strong' || (token.type === 'weak' && token.text.trim() !== '')) {
      strong ||= token.type === 'strong';
      gap &&= token.type === 'strong' && /^\s*\(?$/.test(token.text);
      prefix = '';
    } else if (token.type === 'filler') prefix = prefix ? `${prefix} ${token.text}` : token.text;
    else if (token.type === 'label' || token.type === 'total' || token.type === 'result' || numberTypes.includes(token.type)) {
      if (strong) segment++;
      items.push({ token, strongBefore: strong, gapBefore: strong && gap, segment, prefix: token.type === 'label' ? prefix : '' });
      strong = false;
      gap = true;
      prefix = '';
    }
  }
  const countItems = items.filter((item) => item.token.type !== 'result');

  const better = (a: Pairing, b: Pairing) =>
    a.pairs.length !== b.pairs.length ? a.pairs.length > b.pairs.length : a.leftovers.length <= b.leftovers.length;
  const startsWithLabel = countItems[0]?.token.type === 'label' || countItems[0]?.token.type === 'total';
  const bestPairing = (acrossGaps: boolean) => {
    const labelFirstPairing = pairUp(countItems, true, acrossGaps);
    const countFirstPairing = pairUp(countItems, false, acrossGaps);
    const labelFirst = startsWithLabel ? better(labelFirstPairing, countFirstPairing) : !better(countFirstPairing, labelFirstPairing);
    return { labelFirst, ...(labelFirst ? labelFirstPairing : countFirstPairing) };
  };
  // A label and its count in columns ("Yes   (39/47) 83%") pair across the gap only where no pairing without it reads the line as well.
  const strict = bestPairing(false);
  const acrossGaps = strict.leftovers.length > 0 ? bestPairing(true) : strict;
  const { labelFirst, pairs, leftovers } = acrossGaps.pairs.length > strict.pairs.length && acrossGaps.leftovers.length < strict.leftovers.length ? acrossGaps : strict;
  // A total alone is a tally only as a line of its own ("Total: 118", under counts printed a line each).
  // "Votes cast: 58" alone says how many voted: the voters' reader has it.
  const totalAlone = pairs.length === 1 && leftovers.length === 0 && pairs[0]![0].token.type === 'total' && tokens.every((token) => token.type !== 'result') && !misread && votersStatedIn(rawLine) === null;
  if (!pairs.some(([label]) => label.token.type === 'label') && !totalAlone) return null;

  const tally: Tally = {
    counts: {},
    total: null,
    totalLabel: null,
    result: null,
    resultText: null,
    resultRemark: null,
    style: styleOf(line, labelFirst, pairs[0]),
    labels: {},
    lead: named.name + leadOf(line, tokens, countItems[0]!),
    part: named.part,
    partName: named.name,
    percents: {},
    thousandsSeparator: pairs.map(([, number]) => /\d([,.\u00a0\u202f'])\d{3}/u.exec(number.token.text)?.[1]).find(Boolean) ?? '',
    problems: [],
    source: rawLine,
    countIndex: {},
  };
  // Where each token stands, among all and among the counts: looked up once each, not searched for.
  const placeOf = new Map(tokens.map((token, index) => [token, index]));
  const countPlaceOf = new Map(tokens.filter((token) => numberTypes.includes(token.type)).map((token, index) => [token, index]));

  // "Pour / For: 58": a label followed by its translation counts once.
  for (const label of leftovers.filter((item) => item.token.type === 'label')) {
    const next = countItems[countItems.indexOf(label) + 1];
    if (next?.token.type === 'label' && countKeyOf(next.token.text) === countKeyOf(label.token.text)) leftovers.splice(leftovers.indexOf(label), 1);
  }
  // "40 for, 10 against, Total 52": a total may stand either side of its number, whatever the counts do.
  for (const total of leftovers.filter((item) => item.token.type === 'total')) {
    const number = leftovers.find((item) => item !== total && item.segment === total.segment && item.token.type !== 'label' && item.token.type !== 'total');
    if (!number) continue;
    pairs.push([total, number]);
    leftovers.splice(leftovers.indexOf(total), 1);
    leftovers.splice(leftovers.indexOf(number), 1);
  }
  if (misread) tally.problems.push({ kind: 'stray-words', words: misread.strays });
  const doubtfulSegments = new Set(leftovers.map((item) => item.segment));
  for (const item of leftovers) {
    const segmentText = items
      .filter((other) => other.segment === item.segment)
      .map((other) => other.token.text)
      .join(' ');
    if (!tally.problems.some((problem) => problem.kind === 'ambiguous' && problem.text === segmentText)) {
      tally.problems.push({ kind: 'ambiguous', text: segmentText });
    }
  }

  for (const [label, number] of pairs) {
    const read = number.token.type === 'zero' ? ({ kind: 'exact', value: 0 } as const) : readNumber(number.token.text);
    const value = read.kind === 'unreadable' ? null : read.value;
    if (label.token.type === 'total') {
      tally.total = value;
      tally.totalLabel = label.prefix ? `${label.prefix} ${label.token.text}` : label.token.text;
      continue;
    }
    const key = countKeyOf(label.token.text)!;
    if (key in tally.counts) {
      tally.problems.push({ kind: 'repeated', key });
      tally.counts[key] = null;
      continue;
    }
    if (doubtfulSegments.has(label.segment) || doubtfulSegments.has(number.segment)) {
      tally.counts[key] = null;
      continue;
    }
    if (read.kind === 'lookalike') tally.problems.push({ kind: 'lookalike', key, raw: number.token.text, value: read.value });
    const percent = percentAfter(tokens, placeOf.get(number.token)!);
    if (percent) tally.percents[key] = percent;
    if (read.kind === 'unreadable') tally.problems.push({ kind: 'garbled', key, raw: number.token.text, why: read.why });
    tally.counts[key] = value;
    tally.countIndex[key] = countPlaceOf.get(number.token)!;
    tally.labels[key] = label.prefix ? `${label.prefix} ${label.token.text}` : label.token.text;
  }

  const longLabel = longLabelOf(rawLine);
  const [onlyKey] = Object.keys(tally.labels) as CountKey[];
  if (longLabel && onlyKey && Object.keys(tally.labels).length === 1) tally.labels[onlyKey] = longLabel;

  if (resultIndex >= 0) {
    const word = tokens[resultIndex]!;
    tally.result = resultOf(word.text) ?? null;
    tally.resultText = word.text;
    const remark = line.slice(word.end).trim();
    if (remarkTokens.length > 0 && remark && !countsAfterResult && !isResultRemark(word.text, remark)) return null;
    tally.resultRemark = remarkTokens.length > 0 && remark ? remark.replace(/^;\s*/, '') || null : null;
    // The counts stood between the result and its remark: the remark is the words after them.
    if (countsAfterResult && remarkTokens.length > 0) tally.resultRemark = line.slice(remarkTokens[0]!.end).trim() || null;
  }
  return tally;
}
