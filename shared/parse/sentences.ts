import { languagePacks, type LanguagePack } from '../languages';
import { alternation, normaliseWord, resultOf, resultWords, wholeWords, wordsFor } from '../vocabulary';
import { LABEL, NUMBER_MARK } from './headings';
import { isResultRemark, remarkOpening } from './results';
import { parseTally } from './tally';
import { countTokenTypes, tokensOf, type Token } from './tally-tokens';
import { NUMBER_PATTERN } from './number';
import type { ReferenceResult } from './references';

/**
 * A result told in a sentence of minutes, wherever in the sentence the result
 * and the motion stand:
 *   "Se rechaza la enmienda por 20 votos a favor, 27 en contra y 5 abstenciones."
 *   "Sometida a votación la propuesta 3 en su redacción original, se aprueba por 38 votos …"
 *   "Der Antrag W2 wurde sodann in der ursprünglichen Fassung mit großer Mehrheit angenommen."
 *   "Na toezegging van het partijbestuur wordt de motie ingetrokken."
 *   "L'amendement est adopté par 25 voix pour, 19 contre et 3 abstentions."
 * The sentence holds a result word; the motion is named in it ("la propuesta 3"),
 * or called by an article and a motion word ("la enmienda", "het voorstel"),
 * near the start of the sentence and near the result. Its counts are the
 * labelled figures the sentence holds. Only lines no other recogniser reads come here.
 */

const motionWords = wordsFor((l) => [...l.motionWords, ...l.agendaWords]);
const amendmentWords = wordsFor((l) => l.amendmentWords);
/** An article before a motion word, elided or not: "la enmienda", "het voorstel", "l'amendement". */
const ARTICLE = String.raw`(?:${alternation(wordsFor((l) => l.sentenceArticles))})(?:\s+|(?<=['’]))`;
const MOTION_WORD = String.raw`(?:${alternation([...motionWords, ...amendmentWords])})`;
/** "la propuesta 3", "Motion 5", "Antrag W2", "la résolution n°5": a motion named by its label. */
const namedMotion = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ARTICLE})?(?<kind>${MOTION_WORD})\s*${NUMBER_MARK}?\s*(?<number>${LABEL})(?![\p{L}\p{N}])`, 'giu');
/** "la enmienda", "the substantive motion", "dieser Antrag": the motion just read. */
const calledMotion = new RegExp(String.raw`(?<![\p{L}\p{N}])${ARTICLE}(?:[\p{L}-]+\s+){0,2}?(?<word>${MOTION_WORD})(?![\p{L}\p{N}])`, 'giu');
/** "it": the motion just read, only right before its verb and result ("It was carried"). */
const pronoun = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(wordsFor((l) => l.sentencePronouns))})(?![\p{L}\p{N}])`, 'giu');
const WORDS_AFTER_PRONOUN = 2;
const uncounted = new RegExp(String.raw`^\(?(?:${alternation(wordsFor((l) => l.uncountedWords))})(?![\p{L}\p{N}])`, 'iu');
const resultWord = new RegExp(wholeWords(resultWords), 'giu');
const qualifierWords = new RegExp(String.raw`^\s*(?:${alternation(wordsFor((l) => l.motionQualifiers))})`, 'iu');
/** A sentence ends at a full stop after a word or a figure, before a capital: "… 2023. La Junta …", not "D. Luis" or "n.º 5". */
const sentenceEnd = /(?<=[\p{L}\p{N}]{3}|[»”")])[.!?](?=\s+[\p{Lu}«“"])/gu;
const linkedCounts = new RegExp(String.raw`(?<![\p{L}\p{N}])${NUMBER_PATTERN}\s+(?:${alternation(wordsFor((l) => l.countsLinkedBy))})\s+${NUMBER_PATTERN}(?![\p{L}\p{N}])`, 'gu');

/** At most this many words stand before the motion in its sentence, and between the motion and its result. */
const WORDS_BEFORE_MOTION = 10;
const WORDS_TO_RESULT = 12;
const LONGEST_SENTENCE = 60;

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

type Span = { start: number; end: number };

/** The sentence of the line that holds `at`. */
function sentenceAround(line: string, at: number): Span {
  let start = 0;
  let end = line.length;
  for (const match of line.matchAll(sentenceEnd)) {
    if (match.index < at) start = match.index + 1;
    else if (end === line.length) end = match.index + 1;
  }
  return { start, end };
}

/**
 * Where a sentence's counts are printed: from the first figure printed with
 * its label to the last ("38 votos a favor, 10 en contra y 4 abstenciones",
 * "31 votes to 4, with 2 abstentions"); null when it prints none.
 */
function countsSpan(text: string): Span | null {
  const tokens = tokensOf(text).filter((token) => token.type !== 'weak' && token.type !== 'filler');
  const isCount = (token: Token | undefined) => token !== undefined && countTokenTypes.includes(token.type);
  const isLabel = (token: Token | undefined) => token?.type === 'label' || token?.type === 'total';
  const spans: Span[] = [];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if ((isCount(token) && isLabel(next)) || (isLabel(token) && isCount(next))) spans.push({ start: token.start, end: next!.end });
  });
  for (const match of text.matchAll(linkedCounts)) spans.push({ start: match.index, end: match.index + match[0].length });
  if (spans.length === 0) return null;
  return { start: Math.min(...spans.map((span) => span.start)), end: Math.max(...spans.map((span) => span.end)) };
}

/** A motion named or called in a sentence; `word` is the motion word a call uses ("voorstel" of "het voorstel"). */
type Mention = { span: Span; kind: string | null; number: string | null; pronoun: boolean; amendmentOf: boolean; word?: string };

/** The languages whose packs hold a word, as the pack lists it ("Antrag" is German, "falls" English). */
function languagesOf(word: string, pick: (pack: LanguagePack) => string[]): Set<string> {
  const wanted = normaliseWord(word);
  return new Set(languagePacks.filter((pack) => pick(pack).some((listed) => normaliseWord(listed) === wanted)).map((pack) => pack.code));
}
const resultsOf = (pack: LanguagePack) => Object.values(pack.results).flat();
const motionWordsOf = (pack: LanguagePack) => [...pack.motionWords, ...pack.agendaWords, ...pack.amendmentWords, ...pack.sentencePronouns];

/** Whether the result word is of the language the motion is named in: "falls" in German, "lost" in Dutch, are other words. */
function sameLanguage(line: string, mention: Mention, word: string): boolean {
  const named = mention.kind ?? mention.word ?? line.slice(mention.span.start, mention.span.end);
  const motionLanguages = languagesOf(named, motionWordsOf);
  return motionLanguages.size === 0 || [...languagesOf(word, resultsOf)].some((code) => motionLanguages.has(code));
}

/**
 * Whether the motion is the sentence's subject, standing where a subject stands: first in its clause but for a word or
 * two ("Cette résolution", "After debate, the motion"), or right after the verb where German and Dutch put it there
 * ("Nach kurzer Aussprache wird der Antrag"), not deep in a clause ("The meeting closed after the question of …").
 */
function standsAsSubject(line: string, sentenceStart: number, mention: Mention, rest: string): boolean {
  const before = line.slice(sentenceStart, mention.span.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(':')) + 1);
  if (wordCount(clause) <= (mention.number ? 3 : 1)) return true;
  // After the verb, the result last or followed only by its remark, as those languages end the sentence with it.
  const lastWord = clause.trim().split(/\s+/).at(-1) ?? '';
  return wordCount(clause) <= 6 && sentenceVerbWords.has(lastWord.toLowerCase()) && (rest === '' || remarkOpening.test(rest));
}
const sentenceVerbWords = new Set(wordsFor((l) => l.sentenceVerbs).filter((verb) => !verb.includes(' ')).map((verb) => verb.toLowerCase()));

/** "the amendment to Motion 10": what is told is an amendment's, not the motion's. */
const amendmentTo = new RegExp(String.raw`(?:${alternation(amendmentWords)})\s+(?:${alternation(wordsFor((l) => l.amendsLink))})\s+$`, 'iu');

/** The motions a sentence names or calls between `from` and `to`, in order; a name inside a call ("la propuesta 3") is the name. */
function mentionsIn(line: string, from: number, to: number): Mention[] {
  const part = line.slice(from, to);
  const at = (match: RegExpMatchArray): Span => ({ start: from + match.index!, end: from + match.index! + match[0].length });
  // A label is printed with a figure or in capitals: "la propuesta a la Junta" names no motion "a".
  const named = [...part.matchAll(namedMotion)].filter((match) => /\d|^\p{Lu}+$/u.test(match.groups!.number!)).map((match): Mention => ({ span: at(match), kind: match.groups!.kind!, number: match.groups!.number!, pronoun: false, amendmentOf: amendmentTo.test(line.slice(Math.max(0, from + match.index! - 40), from + match.index!)) }));
  const called = [
    ...[...part.matchAll(calledMotion)].map((match): Mention => ({ span: at(match), kind: null, number: null, pronoun: false, amendmentOf: false, word: match.groups!.word! })),
    ...[...part.matchAll(pronoun)].map((match): Mention => ({ span: at(match), kind: null, number: null, pronoun: true, amendmentOf: false })),
  ];
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  return [...named, ...called.filter((call) => !named.some((name) => overlaps(name.span, call.span)))].sort((a, b) => a.span.start - b.span.start);
}

/**
 * The words after the result other than its counts, which the tally holds: "avendo ottenuto" and "numero
 * inferiore alla maggioranza dei due terzi richiesta" of "non è approvata, avendo ottenuto 30 voti favorevoli, …, numero …".
 */
function wordsBesideCounts(line: string, from: number, countsStart: number, countsEnd: number, to: number): string | null {
  const clean = (text: string) => text.replace(/^[\s,;:.–—-]+|[\s,;:.–—-]+$/g, '');
  const parts = countsStart >= from ? [line.slice(from, countsStart), line.slice(countsEnd, to)] : [line.slice(Math.max(from, countsEnd), to)];
  const words = parts.map(clean).filter((part) => /\p{L}/u.test(part));
  return words.length > 0 ? words.join(' ') : null;
}

export function resultToldIn(line: string): ReferenceResult | null {
  resultWord.lastIndex = 0;
  const found = resultWord.exec(line);
  if (!found) return null;
  const word = found[0];
  const wordEnd = found.index + word.length;
  const sentence = sentenceAround(line, found.index);
  const text = line.slice(sentence.start, sentence.end);
  if (wordCount(text) > LONGEST_SENTENCE) return null;

  const before = line.slice(sentence.start, found.index);
  // The motion before the result, the last one named; or the one the result opens with ("Se rechaza la enmienda por …").
  const motion = mentionsIn(line, sentence.start, found.index).at(-1) ?? mentionsIn(line, wordEnd, sentence.end).find((mention) => line.slice(wordEnd, mention.span.start).trim() === '') ?? null;
  // An amendment named only by its motion ("The amendment to Motion 10 … was not moved") is none the file heads: its result is words.
  if (motion?.amendmentOf) return null;
  if (motion && !sameLanguage(line, motion, word)) return null;
  if (motion && motion.span.start < found.index) {
    const toResult = wordCount(line.slice(motion.span.end, found.index));
    if (wordCount(line.slice(sentence.start, motion.span.start)) > WORDS_BEFORE_MOTION) return null;
    if (toResult > (motion.pronoun ? WORDS_AFTER_PRONOUN : WORDS_TO_RESULT)) return null;
  }
  // "Het geamendeerde voorstel 4 wordt in stemming gebracht: 49 voor, 5 tegen, … Het voorstel is aangenomen.":
  // a motion called in the result's sentence is the one named with the same word earlier on the line, with the counts printed there.
  const namedBefore = motion?.word ? mentionsIn(line, 0, sentence.start).findLast((mention) => mention.kind?.toLowerCase() === motion.word!.toLowerCase() && !mention.amendmentOf) : undefined;
  // The motion's own label is no count: it is blanked, keeping every other character where it stands.
  let masked = line;
  for (const mention of [motion, namedBefore]) if (mention) masked = masked.slice(0, mention.span.start) + ' '.repeat(mention.span.end - mention.span.start) + masked.slice(mention.span.end);
  const countsFrom = namedBefore && !countsSpan(masked.slice(sentence.start, sentence.end)) ? namedBefore.span.start : sentence.start;
  const span = countsSpan(masked.slice(countsFrom, sentence.end));
  const tally = span ? parseTally(line.slice(countsFrom + span.start, countsFrom + span.end)) : null;
  const counted = tally !== null && Object.keys(tally.counts).length > 0;
  const rest = line.slice(wordEnd, sentence.end).trim().replace(/[.!]$/, '');
  if (!motion) {
    // No motion in the sentence: the result opens it ("Se retira a petición de …", "Aangenomen bij acclamatie"),
    // or its main clause, after a clause set off by a comma ("Sometida a votación, se aprueba …").
    const lead = before.trim();
    if (lead !== '' && !(wordCount(lead) <= WORDS_BEFORE_MOTION && /[,:]$/.test(lead))) return null;
    if (!counted && !isResultRemark(word, rest) && !/\s/.test(word.trim())) return null;
  }
  // Without counts, only a sentence whose subject is the motion tells its result.
  if (!counted && motion && motion.span.start < found.index && !namedBefore && !standsAsSubject(line, sentence.start, motion, rest)) return null;
  // A capital right after the result starts other words ("the resolution carried Conference …"), not a remark on it.
  if (!counted && /^\p{Lu}/u.test(rest) && !isResultRemark(word, rest)) return null;
  // "It was agreed to hold the next meeting in March": after a pronoun, only a result that ends there, or is counted or unanimous.
  if (motion?.pronoun && !counted && rest !== '' && !uncounted.test(rest)) return null;
  const qualifier = motion && motion.span.start < found.index ? (qualifierWords.exec(line.slice(motion.span.end, found.index))?.[0].trim() ?? '') : '';
  return {
    form: 'told',
    // The words before the result, without counts printed before it, which the tally holds: "Der Antrag wurde " of "Der Antrag wurde mit 45 Ja-Stimmen … angenommen".
    lead: line.slice(0, counted && span && countsFrom + span.start < found.index ? countsFrom + span.start : found.index).trimStart(),
    kind: namedBefore?.kind ?? motion?.kind ?? null,
    number: namedBefore?.number ?? motion?.number ?? null,
    qualifier,
    result: resultOf(word)!,
    word,
    remark: counted ? wordsBesideCounts(line, wordEnd, countsFrom + span!.start, countsFrom + span!.end, sentence.end) : rest || null,
    tally: counted ? tally : null,
  };
}
