import type { Event, EventBody } from './classify';
import { namesElection } from './election';
import { classifyLine } from './recognisers';
import { LOOKALIKE_PATTERN, NUMBER_PATTERN } from './number';
import { columnOf } from './table';

/**
 * A table copied from a web page arrives one cell to a line: a label, then
 * its figure and perhaps its percentage, each on a line of its own, as the
 * ballot platforms print their results (ElectionBuddy, Decidim, Helios):
 *
 *     Choice          <- column headers, one to a line
 *     Votes
 *     In Favour       <- a count's label
 *     91              <- its figure
 *     77.12%          <- its share, before or after the figure
 *     Total
 *     118
 *
 * Found by that shape, not by any platform's words: at least two labels of
 * counts, each followed at once by its figure. The figure's line becomes the
 * count, read as if the label stood beside it, so that an edit changes the
 * figure where it is printed; the labels, percentages and headers are kept
 * as the cells of the table they are.
 */

const figureCell = new RegExp(String.raw`^\s*(?<figure>${NUMBER_PATTERN}|${LOOKALIKE_PATTERN})(?:\s+\p{L}{1,12}\.?)?\s*$`, 'u');
const shareCell = /^\s*\(?\d{1,3}(?:[.,]\d{1,3})?\s*%\)?\s*$/u;

type Cell = { index: number; text: string };
/** What a label and its figure say together: a count, the stated total, or the number who voted. */
type Group = { label: Cell; figure: Cell; share: Cell | null; reading: EventBody; by: 'label' | 'total' | 'name' };

/** A column header printed alone on its line ("Votes", "%"): one or two words, no figure, no mark after them. */
function mayBeHeaderCell(event: Event): boolean {
  const cell = event.text.trim();
  return event.kind === 'text' && !/\d/.test(cell) && !/[.,;:!?]$/.test(cell) && cell.split(/\s+/).length <= 2;
}

/** The column headers just above the first label ("Choice", "Votes", "%"): as many as a group has cells, one of them a column's word. */
function headerAbove(events: Event[], index: number, cells: number): number[] {
  const headers: number[] = [];
  for (let at = index - 1; at >= 0 && headers.length < cells && mayBeHeaderCell(events[at]!) && events[at]!.line === events[at + 1]!.line - 1; at--) headers.push(at);
  return headers.some((at) => events[at]!.text.trim() === '%' || columnOf(events[at]!.text.trim()) !== null) ? headers : [];
}

/** A label alone on its line: a few words, no figure. */
function isLabelCell(event: Event): boolean {
  return event.kind === 'text' && !/\d/.test(event.text) && event.text.trim().split(/\s+/).length <= 5;
}

/** The label at `index` with the figure (and share) on the lines right after it, or null. */
function groupAt(events: Event[], index: number): Group | null {
  const label = events[index];
  if (!label || !isLabelCell(label)) return null;
  let figure: Cell | null = null;
  let share: Cell | null = null;
  for (let next = index + 1; next <= index + 2 && next < events.length; next++) {
    const event = events[next]!;
    if (event.line !== label.line + (next - index) || event.kind === 'blank' || event.kind === 'ignored') break;
    if (!share && shareCell.test(event.text)) share = { index: next, text: event.text };
    else if (!figure && (figureCell.test(event.text) || (next === index + 1 && event.kind === 'text'))) figure = { index: next, text: event.text };
    else break;
  }
  const reading = figure && readingOf(label.text, figure.text, share?.text ?? null);
  return reading ? { label: { index, text: label.text }, figure: figure!, share, ...reading } : null;
}

/** "Nerea Aldabe Urquiza": a candidate's name, two to four words each with a capital. */
const nameCell = /^\s*\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|del|van|von|der|la|le|da|di)){1,4}\s*$/u;

function readingOf(label: string, figureText: string, share: string | null): Pick<Group, 'reading' | 'by'> | null {
  const name = label.trim().replace(/:$/, '');
  const figure = figureCell.exec(figureText)?.groups?.figure;
  if (!figure) {
    // "Voter Turnout" over "118 of 164 (71.95%)".
    const voters = classifyLine(`${name}: ${figureText.trim()}`);
    return voters.kind === 'voters' && voters.labelled ? { reading: voters, by: 'label' } : null;
  }
  const reading = classifyLine(`${name}: ${figure}${share ? ` (${share.trim().replace(/^\(|\)$/g, '')})` : ''}`);
  // The figure is found where it is printed: the first count of its own line.
  if (reading.kind === 'tally' && reading.tally.problems.every((problem) => problem.kind !== 'stray-words')) {
    const by = Object.keys(reading.tally.counts).length === 0 ? 'total' : 'label';
    return { reading: { kind: 'tally', tally: { ...reading.tally, source: figureText, lead: '' } }, by };
  }
  if (reading.kind === 'voters' && reading.labelled) return { reading, by: 'label' };
  return nameCell.test(label) ? { reading: { kind: 'candidate' }, by: 'name' } : null;
}

/** Names with votes are candidates only under a heading that names an election, within the two lines above them. */
function electionAbove(events: Event[], index: number): boolean {
  return [events[index - 1], events[index - 2]].some((event) => event !== undefined && event.kind !== 'blank' && namesElection(event.text));
}

function groupEnd(group: Group): number {
  return Math.max(group.figure.index, group.share?.index ?? 0);
}

/** The events with every stacked table read as counts; `found` is whether there was one. */
export function readStackedCells(events: Event[]): { events: Event[]; found: boolean } {
  let found = false;
  const read = events.slice();
  for (let index = 0; index < read.length; index++) {
    const groups: Group[] = [];
    for (let at = index, group = groupAt(read, at); group; group = groupAt(read, at)) {
      groups.push(group);
      at = groupEnd(group) + 1;
    }
    // From the second name with votes on, the cells are an election's, to its end (its blank votes and total too).
    const names = groups.filter((group) => group.by === 'name');
    const first = names.length >= 2 ? groups.indexOf(names[0]!) : groups.length;
    const election = first < groups.length && electionAbove(read, names[0]!.label.index) ? first : groups.length;
    for (const group of groups.slice(election)) group.reading = { kind: 'candidate' };
    const counts = groups.filter((group) => group.reading.kind === 'tally' && group.by === 'label').length;
    // Counts come two or more together; a turnout under its label may stand alone among other cells of its
    // kind ("Voting Closed / May 14, 2025 / Voter Turnout / 118 of 164"), not after a blank line as a title's figure.
    const above = read[index - 1];
    const amongCells = above !== undefined && above.line === read[index]!.line - 1 && above.kind !== 'blank' && above.kind !== 'ignored';
    const turnout = groups.length === 1 && groups[0]!.reading.kind === 'voters' && groups[0]!.by === 'label' && amongCells;
    if (counts < 2 && !turnout && election === groups.length) continue;
    found = true;
    for (const header of headerAbove(read, index, groupEnd(groups[0]!) - index + 1)) {
      read[header] = { line: read[header]!.line, text: read[header]!.text, kind: 'ignored', reason: 'table-header' };
    }
    for (const group of turnout ? [] : groups) {
      // An election's lines are all set aside together; a count's label and share are kept as cells.
      const cellReading: EventBody = group.reading.kind === 'candidate' ? { kind: 'candidate' } : { kind: 'ignored', reason: 'stacked-cell' };
      for (const cell of [group.label, group.share]) {
        if (cell) read[cell.index] = { line: read[cell.index]!.line, text: cell.text, ...cellReading };
      }
      const figure = read[group.figure.index]!;
      read[group.figure.index] = { line: figure.line, text: figure.text, ...group.reading };
    }
    // A turnout alone keeps its label as words where it stands: only its figure says how many voted.
    if (turnout) read[groups[0]!.figure.index] = { line: read[groups[0]!.figure.index]!.line, text: groups[0]!.figure.text, ...groups[0]!.reading };
    index = groupEnd(groups.at(-1)!);
  }
  return { events: read, found };
}
