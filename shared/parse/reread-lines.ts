import type { ChangedLines } from './edited-lines';
import { countQuotes, isQuotedEmail, lineEvent, unwrapLine, type Classified, type LineReadings } from './classify';
import { isDecoration, isPageNumber, normalise } from './furniture';
import { tableHeaderOf } from './table';

/**
 * Reading again only the lines an edit changed, when the edit leaves alone
 * everything decided about the file as a whole; otherwise null, and the
 * whole file is read again. Most keystrokes change the words of one line.
 */

export function rereadLines(previous: Classified, sourceLines: string[], changed: ChangedLines, readings: LineReadings): Classified | null {
  if (sourceLines.length !== previous.sourceLines.length) return null;
  if (previous.linesDependOnOthers) return null;
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
  for (let index = from; index <= to; index++) {
    const line = unwrapLine(sourceLines[index]!, quotedEmail);
    if (isPageNumber(line) || tableHeaderOf(line) || normalise(line) === title || normalise(previous.lines[index]!) === title) return null;
    lines[index] = line;
    furniture.delete(index);
    if (isDecoration(line)) furniture.set(index, 'decoration');
    events[index] = lineEvent(line, index + 1, furniture.get(index), readings);
  }
  return { sourceLines, lines, events, quotes, furniture, linesDependOnOthers: false };
}
