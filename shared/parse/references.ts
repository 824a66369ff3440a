import type { ResultWord } from '../model';
import { alternation, resultOf, resultWords, wholeWords, wordFilter, wordsFor } from '../vocabulary';
import { LABEL } from './headings';
import { parseTally, type Tally } from './tally';
import { tokensOf } from './tally-tokens';

/**
 * Lines that give the result of a motion named in them, or of "the motion"
 * just read: "Motion 3 as amended – CARRIED", "Motion 13 (unamended) – CARRIED",
 * "Motion 3 as amended" above its own tally, and minutes' sentences such as
 * "After debate, Motion 1 was carried by 27 votes to 2 with 2 abstentions."
 */
export type ReferenceResult = {
  /** 'told': a sentence read by `sentences.ts`, which only ever refers back to a motion already read. */
  form: 'printed' | 'alone' | 'sentence' | 'told';
  /** A sentence's words before the result word ("After debate, Motion 1 was "), to write it back the same way. */
  lead: string;
  /** The motion named; null for "the motion" (the one just read). */
  kind: string | null;
  number: string | null;
  /** The words between label and result ("as amended"), '' for none. */
  qualifier: string;
  /** Null when the line only names the motion ("Motion 3 as amended"): its tally and result follow. */
  result: ResultWord | null;
  word: string;
  remark: string | null;
  tally: Tally | null;
};

/** An agenda item voted on ("TOP 3 in geänderter Fassung – angenommen") is named as a motion is. */
const motionWords = wordsFor((l) => [...l.motionWords, ...l.agendaWords]);
const amendmentWords = wordsFor((l) => l.amendmentWords);
const QUALIFIERS = wordsFor((l) => l.motionQualifiers);
const RESULT = wholeWords(resultWords);
const sentenceVerbs = wordsFor((l) => l.sentenceVerbs);
/** A sentence has one of its verbs: a quick test that most lines fail. */
const sentenceVerb = new RegExp(wholeWords(sentenceVerbs), 'iu');
/** Every qualifier has a word of its own ("amended" in "as amended"): a quick test that most lines fail. */
const qualifierWord = new RegExp(alternation([...new Set(QUALIFIERS.map(longestWordOf))]), 'iu');

const printedAfterAmendments = new RegExp(
  String.raw`^\s*(?<kind>${alternation(motionWords)})\s+(?<number>${LABEL})\s*(?<qualifier>[^–—:]{0,40}?)\s*[–—:-]\s*(?<word>${RESULT})[.!]?(?<rest>.*)$`,
  'iu',
);
/** "Motion 3 as amended", "Vote sur la résolution n° 2 (texte initial)", "Propuesta B2 (texto original):": a motion named with its qualifier. */
const namedAlone = new RegExp(
  String.raw`^\s*(?:(?:${alternation(wordsFor((l) => l.voteOnWords))})\s+(?:(?:${alternation(wordsFor((l) => l.sentenceArticles))})\s+)?)?(?<kind>${alternation(motionWords)})(?:\s*(?:${alternation(wordsFor((l) => l.numberMarks))})?\s*(?<number>${LABEL}))?,?\s+(?<qualifier>\(?(?:${alternation(QUALIFIERS)})\)?)\s*[:–—-]?\s*(?<tail>.*)$`,
  'iu',
);
/** "After debate, Motion 1 was", "The motion was", "The substantive motion was", "Het amendement is", "Der Antrag wurde": the words before the result. */
const SUBJECT_AND_VERB = String.raw`^\s*(?:(?:${alternation(wordsFor((l) => l.sentenceOpenings))})\s[^,]{0,60}?,?\s*)?(?:(?<kind>${alternation(motionWords)})\s+(?<number>${LABEL})|(?:${alternation(wordsFor((l) => l.sentenceArticles))})\s+(?:(?<leadingQualifier>${alternation(QUALIFIERS)})\s+)?(?:${alternation([...motionWords, ...amendmentWords])})|${alternation(wordsFor((l) => l.sentencePronouns))})(?:\s+(?<qualifier>${alternation(QUALIFIERS)}))?\s+(?:${alternation(sentenceVerbs)})\s+`;
const sentence = new RegExp(String.raw`${SUBJECT_AND_VERB}(?<rest>(?<word>${RESULT}).*)$`, 'iu');
/** The result last, as German and Dutch put the verb: "Der Antrag wurde mit 45 Ja-Stimmen bei 3 Gegenstimmen angenommen." */
const sentenceResultLast = new RegExp(String.raw`${SUBJECT_AND_VERB}(?<middle>\S.{0,200}?)\s+(?<word>${RESULT})\s*[.!]?\s*$`, 'iu');

function resultWithCounts(text: string): { result: ResultWord; word: string; remark: string | null; tally: Tally | null } | null {
  const match = new RegExp(`^\\s*(?<word>${RESULT})[.!]?(?<rest>.*)$`, 'iu').exec(text);
  if (!match?.groups) {
    // The counts first, then the result: "Motion 3, unamended – For: 366,045  Against: 31,118 – CARRIED".
    const tally = parseTally(text);
    if (tally?.result && Object.keys(tally.counts).length > 0) return { result: tally.result, word: tally.resultText!, remark: tally.resultRemark, tally };
    return sharesThenResult(text);
  }
  const word = match.groups.word!;
  const tally = parseTally(text);
  const remark = match.groups.rest!.trim().replace(/\.$/, '');
  return { result: resultOf(word)!, word, remark: tally || !remark ? null : remark, tally: tally && Object.keys(tally.counts).length > 0 ? tally : null };
}

/** Shares alone, then the result: "Voor 91% – Tegen 6% – Onthouding 3%. Aangenomen." gives the result and no counts. */
function sharesThenResult(text: string): { result: ResultWord; word: string; remark: string | null; tally: null } | null {
  const tokens = tokensOf(text);
  const at = tokens.findIndex((token) => token.type === 'result');
  if (at < 0 || !tokens.slice(0, at).some((token) => token.type === 'percent')) return null;
  if (!tokens.slice(0, at).every((token) => ['label', 'percent', 'weak', 'strong', 'filler'].includes(token.type))) return null;
  const rest = text.slice(tokens[at]!.end).trim().replace(/^[.!]\s*/, '');
  return { result: resultOf(tokens[at]!.text)!, word: tokens[at]!.text, remark: rest || null, tally: null };
}

/** Every form names a result or a qualifier ("as amended"): a quick test that most lines fail, word by word. */
const resultLastWords = new Set(resultWords.map((word) => word.toLowerCase().match(/\p{L}+/gu)?.at(-1) ?? word.toLowerCase()));
const resultWord = { test: (line: string) => (line.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => resultLastWords.has(word)) };

/** The word of a phrase that says most: "amended" of "as amended". */
function longestWordOf(phrase: string): string {
  return (phrase.match(/\p{L}[\p{L}’']*/gu) ?? [phrase]).reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

/** Every form names a result or a qualifier: the quickest test, which most lines fail. */
const resultOrQualifier = wordFilter([...resultWords, ...QUALIFIERS]);

export function referenceResultOf(line: string): ReferenceResult | null {
  if (!resultOrQualifier.mayHold(line)) return null;
  if (!qualifierWord.test(line) && !resultWord.test(line)) return null;
  const printed = printedAfterAmendments.exec(line);
  if (printed?.groups) {
    const qualifier = printed.groups.qualifier!.trim();
    const word = printed.groups.word!;
    const rest = printed.groups.rest!.trim();
    const shouting = word === word.toUpperCase();
    if (qualifier.split(/\s+/).length <= 4 && (qualifier || shouting || rest === '' || rest.startsWith('('))) {
      const detail = resultWithCounts(`${word}${printed.groups.rest}`);
      return { form: 'printed', lead: '', kind: printed.groups.kind!, number: printed.groups.number!, qualifier, result: resultOf(word)!, word, remark: detail ? detail.remark : rest || null, tally: detail?.tally ?? null };
    }
  }
  const alone = qualifierWord.test(line) ? namedAlone.exec(line) : null;
  if (alone?.groups) {
    const tail = alone.groups.tail!.trim();
    const detail = tail ? resultWithCounts(tail) : null;
    if (tail === '' || detail) {
      return {
        form: 'alone', lead: '', kind: alone.groups.kind!, number: alone.groups.number ?? null, qualifier: alone.groups.qualifier!,
        result: detail?.result ?? null, word: detail?.word ?? '', remark: detail?.remark ?? null, tally: detail?.tally ?? null,
      };
    }
  }
  if (!sentenceVerb.test(line)) return null;
  const told = sentence.exec(line);
  if (told?.groups) {
    const detail = resultWithCounts(told.groups.rest!);
    if (!detail) return null;
    return { form: 'sentence', lead: line.slice(0, line.length - told.groups.rest!.length).trimStart(), kind: told.groups.kind ?? null, number: told.groups.number ?? null, qualifier: told.groups.qualifier ?? told.groups.leadingQualifier ?? '', ...detail };
  }
  const last = sentenceResultLast.exec(line);
  if (last?.groups) {
    // The counts between verb and result read as a tally once the result leads them ("angenommen mit 45 Ja-Stimmen ...").
    const detail = resultWithCounts(`${last.groups.word} ${last.groups.middle}`);
    if (!detail) return null;
    // Its counts stand in the middle of the line, in the order the tally numbered them.
    if (detail.tally) detail.tally.source = last.groups.middle!;
    const lead = line.slice(0, line.indexOf(last.groups.middle!, line.length - last[0].length)).trimStart();
    return { form: 'sentence', lead, kind: last.groups.kind ?? null, number: last.groups.number ?? null, qualifier: last.groups.qualifier ?? last.groups.leadingQualifier ?? '', ...detail, remark: detail.tally ? null : last.groups.middle! };
  }
  return null;
}
