import type { EventBody } from './classify';
import { isCandidateLine, isCandidateList, namesElection } from './election';
import { isNoteLine, isNotesHeading, keywordMotionHeading, numberedHeading, sectionHeading } from './headings';
import { referenceResultOf } from './references';
import { resultGroupOf, resultLineOf } from './results';
import { resultToldIn } from './sentences';
import { parseTally } from './tally';
import { votersStatedIn } from './voters';

/**
 * What one line says on its own, before the lines are put together: the one
 * ordered list of line recognisers, used wherever a line is classified. The
 * first that reads the line wins, so the order is the reader's judgement of
 * which reading to believe when two could apply:
 *
 * 0. result group: "The following motions were carried:" heads a list; its
 *    result word would otherwise be read as the result of the motion above.
 * 1. reference: "Motion 3 as amended – CARRIED" names a motion and gives a
 *    result; a heading or a result recogniser would each take half of it.
 * 2. section, before motion: "Section 1 – Pay" must not be read as a motion
 *    headed with a word; section words are never motion words.
 * 3. motion: "Motion 12 – …" before tallies and results, so that a title with
 *    a number in it ("Motion 4 – A 4% pay rise") is a heading.
 * 4. tally, before result: "For – 54, Against – 2   LOST" is counts and a result.
 * 5. result: "CARRIED", "Result: Passed".
 * 6. voters: "56 people voted in total." (after tallies: "Votes cast: 58" in a tally is its total).
 * 7. note, then notes-heading: "Mover: North West Region", "Notes:".
 * 8. candidates listed on one line ("Votes: Helen Ambrose 33, Ben Osei 29"), before numbered: a minute's number may lead them.
 * 9. numbered: "12. …" is a motion or a section, decided later by what follows it.
 * 10. a result told in a sentence, wherever in it the motion and result stand
 *    ("Se rechaza la enmienda por 20 votos a favor, …"): only where no reader
 *    of a line's own shape has read the line.
 * 11. candidate: "Jane Smith 45" only when nothing else reads the line.
 * Anything else is text.
 */
const recognisers: { kind: EventBody['kind']; read: (line: string) => EventBody | null }[] = [
  { kind: 'result-group', read: (line) => withValue(resultGroupOf(line), (result) => ({ kind: 'result-group', result })) },
  { kind: 'reference', read: (line) => withValue(referenceResultOf(line), (reference) => ({ kind: 'reference', reference })) },
  { kind: 'section', read: (line) => withValue(sectionHeading(line), (heading) => ({ kind: 'section', heading })) },
  { kind: 'motion', read: (line) => withValue(keywordMotionHeading(line), (heading) => ({ kind: 'motion', heading })) },
  { kind: 'tally', read: (line) => withValue(parseTally(line), (tally) => ({ kind: 'tally', tally })) },
  { kind: 'result', read: (line) => withValue(resultLineOf(line), (result) => ({ kind: 'result', result })) },
  { kind: 'voters', read: (line) => withValue(votersStatedIn(line), (voters) => ({ kind: 'voters', ...voters })) },
  { kind: 'note', read: (line) => (isNoteLine(line) ? { kind: 'note' } : null) },
  { kind: 'notes-heading', read: (line) => (isNotesHeading(line) ? { kind: 'notes-heading' } : null) },
  { kind: 'candidate', read: (line) => (isCandidateList(line) ? { kind: 'candidate', several: true } : null) },
  { kind: 'numbered', read: (line) => withValue(numberedHeading(line), ({ number, text }) => ({ kind: 'numbered', number, rest: text })) },
  { kind: 'reference', read: (line) => withValue(resultToldIn(line), (reference) => ({ kind: 'reference', reference })) },
  { kind: 'candidate', read: (line) => (isCandidateLine(line) ? { kind: 'candidate' } : null) },
];

function withValue<T>(value: T | null, body: (value: T) => EventBody): EventBody | null {
  return value === null ? null : body(value);
}

/** "## Pay and hours", "### D14 — Adopt …": a wiki's heading marks, then what the heading says; one "#" marks the page's title. */
const markdownHeading = /^(?<marks>#{2,6})\s+(?<rest>\S.*)$/u;

export function classifyLine(text: string): EventBody {
  if (text.trim() === '') return { kind: 'blank' };
  // A wiki's heading is read for what it says; plain words under its marks head a section ("## Money").
  const markdown = text.trimStart().startsWith('##') ? markdownHeading.exec(text.trim())?.groups : undefined;
  if (markdown) {
    // Closing marks ("## Money ##") are no part of the heading.
    markdown.rest = markdown.rest!.replace(/\s#+$/, '').trimEnd();
    const inner = classifyLine(markdown.rest);
    // An election's heading ("### Election: Finance Officer") heads candidates, not a section.
    return inner.kind === 'text' && !namesElection(markdown.rest!) ? { kind: 'section', heading: { kind: markdown.marks!, number: null, title: markdown.rest! } } : inner;
  }
  for (const recogniser of recognisers) {
    const body = recogniser.read(text);
    if (body) return body;
  }
  return { kind: 'text' };
}

/** The kinds of line that mean something on their own, so that repeating them is no sign of a running header. */
const structural = new Set<EventBody['kind']>(['result-group', 'reference', 'section', 'motion', 'tally', 'result', 'voters', 'note']);

export function isStructural(reading: EventBody): boolean {
  return structural.has(reading.kind);
}
