import type { IgnoredLine } from '../model';
import { countKeys, type CountKey } from '../vocabulary';
import { findFurniture, type Furniture, type Repeats } from './furniture';
import { classifyLine, isStructural } from './recognisers';
import type { MotionHeading, SectionHeading } from './headings';
import { readNumber, type Unreadable } from './number';
import type { ReferenceResult } from './references';
import type { ResultLine } from './results';
import { cellsByColumn, cutCells, isEmptyCell, resultInCell, rowCells, rowHasDelimiter, ruleSpansOf, tableHeaderOf, withRows, withRule, type TableHeader } from './table';
import { namesElection } from './election';
import { readParts } from './parts';
import { readStackedCells } from './stacked';
import type { Tally } from './tally';
import type { VotersStated } from './voters';

/** What one source line (or one spreadsheet row) is, before the lines are put together. */
export type EventBody =
  | { kind: 'blank' }
  | { kind: 'ignored'; reason: IgnoredLine['reason'] }
  | { kind: 'text' }
  | ({ kind: 'voters' } & VotersStated)
  | { kind: 'section'; heading: SectionHeading }
  | { kind: 'numbered'; number: string; rest: string }
  | { kind: 'motion'; heading: MotionHeading }
  | { kind: 'tally'; tally: Tally }
  | { kind: 'result'; result: ResultLine }
  | { kind: 'result-group'; result: ResultLine }
  | { kind: 'reference'; reference: ReferenceResult }
  | { kind: 'note' }
  | { kind: 'notes-heading' }
  /** `several`: the line lists two or more candidates with their votes. */
  | { kind: 'candidate'; several?: boolean }
  | { kind: 'row'; lastLine: number; row: TableRow };
export type Event = { line: number; text: string } & EventBody;

export type TableRow = {
  number: string;
  text: string;
  counts: Partial<Record<CountKey, number | null>>;
  lookalikes: { key: CountKey; raw: string; value: number }[];
  unreadable: { key: CountKey; raw: string; why: Unreadable }[];
  result: ReturnType<typeof resultInCell>;
  /** The result cell as printed ("Passed"). */
  resultText: string | null;
  /** The row's total ("Votes Total"), where its column has one that reads as a number. */
  total: number | null;
  header: TableHeader;
};

function readRow(cells: string[], header: TableHeader): TableRow | null {
  const byColumn = cellsByColumn(cells, header);
  const row: TableRow = {
    number: byColumn.number ?? '',
    text: (byColumn.text ?? '').replace(/\s+/g, ' ').trim(),
    counts: {},
    lookalikes: [],
    unreadable: [],
    result: resultInCell(byColumn.result),
    resultText: byColumn.result?.trim() || null,
    total: null,
    header,
  };
  const total = byColumn.total?.trim() ? readNumber(byColumn.total.trim()) : null;
  if (total?.kind === 'exact') row.total = total.value;
  for (const key of countKeys) {
    const raw = byColumn[key]?.trim();
    if (raw === undefined || isEmptyCell(raw)) continue;
    const read = readNumber(raw);
    if (read.kind === 'unreadable') row.unreadable.push({ key, raw, why: read.why });
    if (read.kind === 'lookalike') row.lookalikes.push({ key, raw, value: read.value });
    row.counts[key] = read.kind === 'unreadable' ? null : read.value;
  }
  const hasCounts = Object.keys(row.counts).length > 0 || row.unreadable.length > 0;
  if (!row.number && !hasCounts && !row.result) return null;
  return row;
}

/**
 * The row a line may go on from: the event just above, or the last row past a page's
 * header and footer (lines left out), so that a row's text goes on over a page break.
 */
function rowAbove(events: Event[]): Event | undefined {
  let pageBreak = false;
  for (let at = events.length - 1; at >= 0; at--) {
    const event = events[at]!;
    if (event.kind === 'ignored') pageBreak = true;
    else if (event.kind !== 'blank') return at === events.length - 1 || pageBreak ? event : undefined;
  }
  return undefined;
}

/** Whether the lines just above, past candidates, are an election's heading: a short line that names one. */
function underElection(events: Event[]): boolean {
  let at = events.length - 1;
  while (at >= 0 && events[at]!.kind === 'candidate') at--;
  const above = events[at];
  return above?.kind === 'text' && above.text.split(/\s+/).length <= 12 && namesElection(above.text);
}

/** A label as a row prints it in its own column: "R01", "12", "S3a". */
const rowLabel = /^(?:[A-Z]{0,3}[-.]?\d{1,4}[a-z]?|[A-Z]\d?)\.?$/;

/** A row of columns lined up with spaces: a label in the number column, or a count or result in theirs. */
function isLinedUpRow(raw: string, table: TableHeader): boolean {
  const row = cellsByColumn(cutCells(raw, table.spans!), table);
  const counted = (['for', 'against', 'abstain', 'invalid'] as const).some((key) => row[key] && /\d/.test(row[key]!));
  if (table.columns.includes('number')) return rowLabel.test(row.number ?? '') && (counted || resultInCell(row.result) !== undefined || !!row.text);
  return counted;
}

/** A line of words in the text column alone, under a row: the row's text goes on. */
function wrapsLinedUpCell(raw: string, table: TableHeader): boolean {
  const cells = cutCells(raw, table.spans!);
  const textAt = table.columns.indexOf('text');
  return textAt >= 0 && cells[textAt] !== '' && cells.every((cell, index) => index === textAt || cell === '');
}

/**
 * What a line says without the marks around it: the "> " of a quoted email
 * (when most lines have one) and a list bullet.
 */
function unwrap(lines: string[]): { lines: string[]; quotes: QuoteCount } {
  const quotes = countQuotes(lines);
  return { lines: lines.map((line) => unwrapLine(line, isQuotedEmail(quotes))), quotes };
}

/** How many lines have words, and how many of them are quoted ("> "): the file is a quoted email when most are. */
export type QuoteCount = { nonBlank: number; quoted: number };

export function countQuotes(lines: string[]): QuoteCount {
  const count = { nonBlank: 0, quoted: 0 };
  for (const line of lines) {
    if (line.trim() === '') continue;
    count.nonBlank++;
    if (/^\s*>/.test(line)) count.quoted++;
  }
  return count;
}

export function isQuotedEmail({ nonBlank, quoted }: QuoteCount): boolean {
  return quoted > nonBlank / 2;
}

export function unwrapLine(line: string, quotedEmail: boolean): string {
  return withoutBullet(withoutEmphasis(quotedEmail ? line.replace(/^\s*(?:>\s?)+/, '') : line));
}

/** A wiki's or chat's marks around words: "**For:** 18" is "For: 18", "Passed ✅" is "Passed". */
function withoutEmphasis(line: string): string {
  if (!line.includes('**') && !line.includes('__') && !/\p{Extended_Pictographic}/u.test(line)) return line;
  return line.replace(/\*\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*\*|__(?=[^\s_])([^_]+?)(?<=[^\s_])__/g, '$1$2').replace(/(?<=\S)\s+[\p{Extended_Pictographic}\uFE0F\u200D]+\s*$/u, '');
}

export function withoutBullet(line: string): string {
  return line.replace(/^\s*(?:[•▪‣◦·*]|-(?=\s+\p{L}))\s+/u, '');
}

/**
 * What lines read as, by their text, kept by the editor between readings of
 * one document: a keystroke changes one line, and the rest need not be read
 * again. A reading is never changed once made, so one may serve many lines.
 */
export type LineReadings = Map<string, EventBody>;

/** Past this many readings kept, the store starts afresh rather than grow without end. */
const mostReadingsKept = 500_000;

export function readLine(text: string, readings: LineReadings | undefined): EventBody {
  let body = readings?.get(text);
  if (!body) {
    body = classifyLine(text);
    if (readings) {
      if (readings.size >= mostReadingsKept) readings.clear();
      readings.set(text, body);
    }
  }
  return body;
}

/**
 * A file's lines read, with what was decided about the file as a whole on the
 * way (quoting, page furniture, tables), so that an edit can be read again
 * line by line when it changes none of those (`reread-lines.ts`).
 */
export type Classified = {
  sourceLines: string[];
  /** The lines without quote marks and bullets. */
  lines: string[];
  events: Event[];
  quotes: QuoteCount;
  furniture: Furniture;
  /** Whether the file has a table (also one printed a cell to a line): its rows are read by its header, and a row may run over several lines. */
  hasTable: boolean;
  /** Where the file has page numbers, how often each line repeats: a repeated line near them is a running header. */
  repeats: Repeats | null;
};

/** One line outside a table as an event: furniture, blank, or what its words read as. */
export function lineEvent(raw: string, line: number, furniture: IgnoredLine['reason'] | undefined, readings: LineReadings | undefined): Event {
  if (furniture) return { kind: 'ignored', line, text: raw, reason: furniture };
  if (raw.trim() === '') return { kind: 'blank', line, text: raw };
  return { line, text: raw.trim(), ...readLine(raw.trimEnd(), readings) };
}

/** Lines of the document to events, in order. Line numbers are 1-based. */
export function classify(sourceLines: string[], readings?: LineReadings): Event[] {
  return classifyFile(sourceLines, readings).events;
}

export function classifyFile(sourceLines: string[], readings?: LineReadings): Classified {
  const { lines, quotes } = unwrap(sourceLines);
  // Whether a repeated line means something is asked of the readings kept, as every other question about a line.
  const { furniture, repeats } = findFurniture(lines, (line) => isStructural(readLine(line, readings)));
  const events: Event[] = [];
  let table: TableHeader | null = null;
  /** A table lined up with spaces that words interrupted: a row standing in its columns goes on with it. */
  let dormant: TableHeader | null = null;

  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const raw = lines[index]!;
    const reason = furniture.get(index);
    if (reason || raw.trim() === '') {
      events.push(lineEvent(raw, line, reason, readings));
      continue;
    }
    const header = tableHeaderOf(raw);
    if (header) {
      // A rule of dashes under the header shows exactly where each column stands.
      const rule = header.spans && index + 1 < lines.length ? ruleSpansOf(lines[index + 1]!) : null;
      table = rule ? withRule(header, raw, rule) : header.spans ? withRows(header, lines.slice(index + 1, index + 200)) : header;
      dormant = null;
      events.push({ kind: 'ignored', line, text: raw, reason: 'table-header' });
      if (rule) events.push({ kind: 'ignored', line: ++index + 1, text: lines[index]!, reason: 'table-header' });
      continue;
    }
    // Columns lined up with spaces go on after words between them ("Ballots counted: …", a section's name) wherever a row stands in them again.
    if (!table && dormant && isLinedUpRow(raw, dormant)) table = dormant;
    const previous = rowAbove(events);
    // A column-aligned table wraps long motion text onto indented lines of its own, also past a page's header; a row
    // with no counts yet may go on, unindented, on the next line.
    const wrapsCell = table?.spans ? wrapsLinedUpCell(raw, table) : table?.delimiter === '  ' && /^\s{2,}\S/.test(raw) && !/\S\s{2,}\S/.test(raw);
    const goesOn = previous?.kind === 'row' && previous.lastLine === line - 1 && Object.keys(previous.row.counts).length === 0 && !rowHasDelimiter(raw, table!) && readLine(raw, readings).kind === 'text';
    if (table && previous?.kind === 'row' && (previous.lastLine === line - 1 || table.spans) && (wrapsCell || goesOn)) {
      previous.row.text = [previous.row.text, raw.trim()].filter(Boolean).join(' ');
      previous.text = `${previous.text}\n${raw}`;
      previous.lastLine = line;
      continue;
    }
    if (table && rowHasDelimiter(raw, table) && (!table.spans || isLinedUpRow(raw, table))) {
      let joined = raw;
      let last = index;
      let cells = rowCells(joined, table);
      while (cells === null && last + 1 < lines.length) {
        last++;
        joined += `\n${lines[last]}`;
        cells = rowCells(joined, table);
      }
      if (cells === null) {
        joined = raw;
        last = index;
        cells = rowCells(raw, table, true);
      }
      const row = cells ? readRow(cells, table) : null;
      // Rows under an election's heading ("BOARD ELECTION - 3 SEATS") are its candidates, set aside as an election's lines are.
      if (cells && row && underElection(events)) {
        events.push({ kind: 'candidate', line, text: joined });
        index = last;
        continue;
      }
      if (cells && row) {
        events.push({ kind: 'row', line, lastLine: last + 1, text: joined, row });
        index = last;
        continue;
      }
      if (cells) {
        const text = cells.filter((cell) => !isEmptyCell(cell)).join(' ');
        events.push({ line, text, ...readLine(text, readings) });
        continue;
      }
    }
    const event = lineEvent(raw, line, undefined, readings);
    // A tally, result, note or turnout line under a row belongs to that row; anything else ends the table.
    if (table && !['tally', 'result', 'reference', 'note', 'voters'].includes(event.kind)) {
      if (table.spans) dormant = table;
      table = null;
    }
    events.push(event);
  }
  const stacked = readStackedCells(readParts(events));
  const hasTable = stacked.found || events.some((event) => event.kind === 'row' || (event.kind === 'ignored' && event.reason === 'table-header'));
  const hasPageNumbers = [...furniture.values()].some((reason) => reason === 'page-number' || reason === 'running-header');
  return { sourceLines, lines, events: stacked.events, quotes, furniture, hasTable, repeats: hasPageNumbers ? repeats : null };
}
