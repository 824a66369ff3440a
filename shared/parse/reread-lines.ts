import type { ChangedLines } from './edited-lines';
import { countQuotes, isQuotedEmail, lineEvent, unwrapLine, type Classified, type LineReadings } from './classify';
import type { IgnoredLine } from '../model';
import { isDecoration, isPageNumber, mayRepeat, normalise, type Repeats } from './furniture';
import { mayBePart } from './parts';
import { readStackedCells } from './stacked';
import { tableHeaderOf } from './table';

/**
 * Reading again only the lines an edit changed, when the edit leaves alone
 * everything decided about the file as a whole; otherwise null, and the
 * whole file is read again. Most keystrokes change the words of one line.
 */

/** How far from an edited line a cell of the same stacked table may stand: a label, its share and figure, and the next group's. */
const STACKED_REACH = 6;

export function rereadLines(previous: Classified, sourceLines: string[], changed: ChangedLines, readings: LineReadings): Classified | null {
  if (sourceLines.length !== previous.sourceLines.length) return null;
  if (previous.hasTable) return null;
  const { from, to } = changed;
  const quotes = { ...previous.quotes };
  const before = countQuotes(previous.sourceLines.slice(from, to + 1));
  const after = countQuotes(sourceLines.slice(from, to + 1));
  quotes.nonBlank += after.nonBlank - before.nonBlank;
  quotes.quoted += after.quoted - before.quoted;
  const quotedEmail = isQuotedEmail(quotes);
  if (quotedEmail !== isQuotedEmail(previous.quotes)) return null;

  // The title is the first line with words; a line that repeats it further down is a running header.
  const titleIndex = previous.lines.findIndex((line, index) => line.trim() !== '' && !previous.furniture.has(index));
  if (titleIndex < 0 || from <= titleIndex) return null;
  const title = normalise(previous.lines[titleIndex]!);

  const lines = previous.lines.slice();
  const events = previous.events.slice();
  const furniture = new Map(previous.furniture);
  const repeats = previous.repeats && new Map(previous.repeats);
  for (let index = from; index <= to; index++) {
    const line = unwrapLine(sourceLines[index]!, quotedEmail);
    const was = previous.lines[index]!;
    if (isPageNumber(line) || tableHeaderOf(line) || normalise(line) === title || normalise(was) === title) return null;
    if (repeats && !keepsRunningHeaders(repeats, was, line, previous.furniture.get(index))) return null;
    lines[index] = line;
    furniture.delete(index);
    if (isDecoration(line)) furniture.set(index, 'decoration');
    events[index] = lineEvent(line, index + 1, furniture.get(index), readings);
    if (mayBePart(events[index]) || mayBePart(previous.events[index])) return null;
  }
  // An edit that makes a table printed a cell to a line is read with the whole file, as such a table always is.
  // Its cells stand a few lines apart at most: only the lines around the edit are looked at, not the file at every keystroke.
  if (readStackedCells(events.slice(Math.max(0, from - STACKED_REACH), to + STACKED_REACH + 1)).found) return null;
  return { sourceLines, lines, events, quotes, furniture, hasTable: false, repeats };
}

/**
 * Where a file has page numbers, whether an edit of a line leaves every
 * running header as it was (and counts the line's new text among the
 * repeats): the line is not furniture and stays as blank or not as it was,
 * so that no line's nearness to a page number changes, and neither its old
 * text nor its new one repeats another line, so that no header comes or goes.
 */
function keepsRunningHeaders(repeats: Repeats, was: string, line: string, furniture: IgnoredLine['reason'] | undefined): boolean {
  if (furniture === 'page-number' || furniture === 'running-header') return false;
  if ((was.trim() === '') !== (line.trim() === '')) return false;
  const [before, after] = [normalise(was), normalise(line)];
  if (before === after) return true;
  if (mayRepeat(was)) {
    if (repeats.get(before) !== 1) return false;
    repeats.delete(before);
  }
  if (mayRepeat(line)) {
    if (repeats.has(after)) return false;
    repeats.set(after, 1);
  }
  return true;
}
