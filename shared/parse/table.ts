import type { TableLayout } from '../model';
import { countKeyOf, countKeys, countWords, normaliseWord, resultOf, wordFilter, wordsFor } from '../vocabulary';

/**
 * Results pasted from a spreadsheet: a header row naming the columns
 * (No. / Motion / For / Against / Abstain) and one row per motion, separated
 * by tabs, commas, semicolons, pipes or runs of spaces. Cells may be quoted
 * the spreadsheet way ("" for a quote, line breaks inside quotes).
 */

export type TableHeader = TableLayout;
export type Column = NonNullable<TableLayout['columns'][number]>;

const columnWords: Record<'number' | 'text' | 'result' | 'percent', string[]> = {
  number: wordsFor((l) => l.columnWords.number),
  text: wordsFor((l) => l.columnWords.text),
  result: wordsFor((l) => l.columnWords.result),
  percent: wordsFor((l) => l.columnWords.percent),
};
const totalWords = new Set(wordsFor((l) => l.totals).map(normaliseWord));
// A cell with a digit in it heads no column: the quick test of columnOf, which holds while no column word has one.
for (const word of [...countWords, ...totalWords, ...Object.values(columnWords).flat()]) {
  if (/\d/.test(word)) throw new Error(`A column word must have no digit: “${word}”.`);
}

export function columnOf(cell: string): Column | null {
  if (/\d/.test(cell)) return null;
  // "No." and "Nr." head numbers; a bare "No" may head the votes against.
  if (/^(?:no|nr)\.$/i.test(cell.trim())) return 'number';
  // "% a favor", "For %", "% of ISC": a share, in any language.
  if (cell.includes('%')) return 'percent';
  const word = normaliseWord(cell.replace(/[:.]$/, ''));
  const key = countKeyOf(word) ?? countKeyOf(word.replace(/^votes? /, ''));
  if (key) return key;
  if (totalWords.has(word) || totalWords.has(word.replace(/^votes? /, ''))) return 'total';
  for (const [column, words] of Object.entries(columnWords) as [Column, string[]][]) {
    if (words.includes(word)) return column;
  }
  return null;
}

const DELIMITERS = ['\t', '|', ';', ',', '  '];

function holdsTwice(line: string, delimiter: string): boolean {
  const first = line.indexOf(delimiter);
  return first >= 0 && line.indexOf(delimiter, first + delimiter.length) >= 0;
}

/**
 * Splits one row, honouring spreadsheet quotes. Returns null while a quoted
 * cell is still open, unless `closeOpenQuote` (the file ended inside it).
 */
export function splitCells(row: string, delimiter: string, closeOpenQuote = false): string[] | null {
  return cellBounds(row, delimiter, closeOpenQuote)?.map(({ start, end }) => cellText(row.slice(start, end))) ?? null;
}

/**
 * Where each cell of a row stands, from its first character to the delimiter
 * after it, so that an edit can change one cell and leave the others as printed.
 * A quote opens a quoted cell only at the cell's start; inside, "" is a quote.
 */
export function cellBounds(row: string, delimiter: string, closeOpenQuote = false): { start: number; end: number }[] | null {
  const bounds: { start: number; end: number }[] = [];
  let start = 0;
  let quoted = false;
  let atCellStart = true;
  for (let index = 0; index < row.length; index++) {
    const char = row[index]!;
    if (quoted) {
      if (char === '"' && row[index + 1] === '"') index++;
      else if (char === '"') quoted = false;
    } else if (char === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (delimiter === '  ' ? row.startsWith('  ', index) : char === delimiter) {
      bounds.push({ start, end: index });
      atCellStart = true;
      if (delimiter === '  ') while (row[index + 1] === ' ') index++;
      start = index + 1;
    } else if (char !== ' ') atCellStart = false;
  }
  if (quoted && !closeOpenQuote) return null;
  bounds.push({ start, end: row.length });
  // "| 1 | Text | 5 |": the bars at either end do not make cells.
  if (delimiter === '|') {
    if (row.slice(bounds[0]!.start, bounds[0]!.end).trim() === '') bounds.shift();
    if (bounds.length > 0 && row.slice(bounds.at(-1)!.start, bounds.at(-1)!.end).trim() === '') bounds.pop();
  }
  return bounds;
}

/** A cell's text: without the spaces around it, and without the quotes of a quoted cell. */
export function cellText(raw: string): string {
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index]!;
    if (quoted) {
      if (char === '"' && raw[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else {
      cell += char;
      if (char !== ' ') atCellStart = false;
    }
  }
  return cell.trim();
}

/** A header names at least two counts in cells of their own: a quick test most lines fail. */
const countWordFilter = wordFilter(countWords);

export function tableHeaderOf(line: string): TableHeader | null {
  if (!countWordFilter.mayHold(line)) return null;
  for (const delimiter of DELIMITERS) {
    if (delimiter === '  ') {
      const lined = holdsTwice(line, delimiter) ? linedUpHeader(line) : null;
      if (lined) return lined;
      continue;
    }
    // Three cells need two delimiters: most lines have fewer, and are not split.
    if (!holdsTwice(line, delimiter)) continue;
    const cells = splitCells(line.trim(), delimiter);
    const header = cells ? headerOfCells(cells, delimiter) : null;
    if (header) return header;
  }
  return null;
}

const isCountColumn = (column: Column | null): boolean => column !== null && (countKeys as string[]).includes(column);

/** A header's cells read as columns; null when they do not name at least two counts and few other things. */
function headerOfCells(cells: string[], delimiter: string): TableHeader | null {
  if (cells.length < 3) return null;
  const filled = cells.filter((cell) => cell !== '');
  const columns = cells.map((cell) => (cell === '' ? null : columnOf(cell)));
  // "No" heads the number column when another column already says "Against".
  if (columns[0] === 'against' && columns.indexOf('against', 1) > 0) columns[0] = 'number';
  const counts = columns.filter(isCountColumn);
  const unknown = cells.filter((cell, index) => cell !== '' && columns[index] === null);
  if (counts.length < 2 || unknown.length > 2 || unknown.length * 2 > filled.length) return null;
  // Columns headed with other words ("Question", "Proposer"): the first may hold the number, the next the text.
  for (const fallback of ['number', 'text'] as const) {
    const index = cells.findIndex((cell, position) => cell !== '' && columns[position] === null && (fallback === 'text' || position === 0));
    if (index >= 0 && !columns.includes(fallback)) columns[index] = fallback;
  }
  return { delimiter, columns, labels: cells };
}

/**
 * Columns lined up with spaces, as a database report or a PDF prints them
 * ("Item  Resolution        For  Against  Abstain Spoilt  Result"): each column
 * is where its heading stands. Words a single space apart make one heading,
 * unless each names a column of its own ("Abstain Spoilt"). Rows are then cut
 * by where their words stand, as fixed-width readers do, whatever their indent.
 */
type Word = { text: string; start: number; end: number };

function wordsOf(line: string): Word[] {
  return [...line.matchAll(/\S+/g)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

function linedUpHeader(line: string): TableHeader | null {
  const groups: Word[][] = [];
  for (const word of wordsOf(line)) {
    const last = groups.at(-1);
    if (last && word.start - last.at(-1)!.end < 2) last.push(word);
    else groups.push([word]);
  }
  const cells: Word[] = groups.flatMap((group) => {
    // "Abstain Spoilt": two headings a space apart, each a column's own word.
    const apart = group.length > 1 && group.every((word) => columnOf(word.text) !== null && columnOf(word.text) !== 'text');
    return apart ? group : [{ text: group.map((word) => word.text).join(' '), start: group[0]!.start, end: group.at(-1)!.end }];
  });
  const header = headerOfCells(cells.map((cell) => cell.text), '  ');
  return header ? { ...header, spans: cells.map((cell) => [cell.start, cell.end]) } : null;
}

/** A rule of dashes under a header, a run of dashes a column ("----- --------  -------"): where each column stands exactly. */
export function ruleSpansOf(line: string): [number, number][] | null {
  if (!/^\s*-{2,}(?:\s+-{2,}){2,}\s*$/.test(line)) return null;
  return wordsOf(line).map((word) => [word.start, word.end]);
}

/** A header's columns taken from the rule of dashes printed under it. */
export function withRule(header: TableHeader, headerLine: string, spans: [number, number][]): TableHeader {
  const labels = cutCells(headerLine, spans);
  const remade = headerOfCells(labels, '  ');
  return remade && remade.columns.filter(Boolean).length >= header.columns.filter(Boolean).length ? { ...remade, spans } : header;
}

/**
 * A header's columns taken from the rows under it, as fixed-width readers infer them: the
 * characters no row prints on part the columns; each run of printed characters belongs to the
 * heading over it, or nearest to it. Rows are the lines of two or more columns with a figure.
 */
export function withRows(header: TableHeader, rows: string[]): TableHeader {
  const spans = header.spans!;
  // A page's header or footer ("https://…   21/06/2024, 14:32") is no row: rows print two figures or more under counts' headings.
  const countColumns = header.columns.flatMap((column, index) => (isCountColumn(column) ? [index] : []));
  const lined = rows.filter((row) => {
    const cells = cutCells(row, spans);
    return countColumns.filter((index) => /^\d[\d.,' ]*$/.test(cells[index] ?? '')).length >= 2;
  });
  // Rows flush with the header's edge split at their gaps as well as by place; only indented rows need their places.
  const { spans: _places, ...bySpaces } = header;
  if (lined.length < 2 || !lined.every((row) => /^\s/.test(row))) return bySpaces;
  const printed: boolean[] = [];
  for (const row of lined) for (const word of wordsOf(row)) for (let at = word.start; at < word.end; at++) printed[at] = true;
  const hulls: ([number, number] | null)[] = spans.map(() => null);
  for (let at = 0; at < printed.length; ) {
    if (!printed[at]) { at++; continue; }
    let end = at;
    while (printed[end]) end++;
    // A run under two headings ("… Accounts urgently  512,330,118" beside other rows' figures) parts no columns: the header's places stand.
    if (spans.filter(([from, to]) => Math.min(to, end) - Math.max(from, at) > 0).length > 1) return header;
    const column = nearestSpan(spans, at, end);
    const hull = hulls[column];
    hulls[column] = hull ? [Math.min(hull[0], at), Math.max(hull[1], end)] : [at, end];
    at = end;
  }
  // Columns whose runs interleave, or a heading over no run, leave the header's own places.
  const merged = spans.map((span, index) => hulls[index] ?? span);
  const ordered = merged.every((span, index) => index === 0 || span[0] >= merged[index - 1]![1]);
  return ordered ? { ...header, spans: merged } : header;
}

/** The column a run of characters stands under most, or else whose heading's middle is nearest to the run's. */
function nearestSpan(spans: [number, number][], start: number, end: number): number {
  let best = 0;
  let bestScore = -Infinity;
  spans.forEach(([from, to], index) => {
    const overlap = Math.min(to, end) - Math.max(from, start);
    const score = overlap > 0 ? overlap : -Math.abs((from + to) / 2 - (start + end) / 2);
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

/**
 * The column a word of a row stands in most. In the gap between columns, a figure is its column's
 * whose right edge is nearest, as figures are lined up on the right; words are the column's on
 * their left, as text runs on to the right.
 */
function columnOfWord(spans: [number, number][], word: Word): number {
  const overlapping = nearestSpan(spans, word.start, word.end);
  const [from, to] = spans[overlapping]!;
  if (Math.min(to, word.end) - Math.max(from, word.start) > 0) return overlapping;
  if (/^[\d.,'’%()]+$/.test(word.text) && /\d/.test(word.text)) {
    return spans.reduce((best, span, index) => (Math.abs(span[1] - word.end) < Math.abs(spans[best]![1] - word.end) ? index : best), 0);
  }
  const left = spans.findLastIndex((span) => span[1] <= word.start);
  return left >= 0 ? left : overlapping;
}

/** The words of a row under the column each stands in most, or else nearest to. */
export function cutCells(row: string, spans: [number, number][]): string[] {
  return cellWords(row, spans).map((words) => words.map((word) => word.text).join(' '));
}

function cellWords(row: string, spans: [number, number][]): Word[][] {
  const cells: Word[][] = spans.map(() => []);
  for (const word of wordsOf(row)) cells[columnOfWord(spans, word)]!.push(word);
  return cells;
}

/** Where each cell of a row lined up with spaces stands: from its first word to its last, or, empty, at its column's end. */
export function linedUpBounds(row: string, spans: [number, number][]): { start: number; end: number }[] {
  return cellWords(row, spans).map((words, index) => (words.length > 0 ? { start: words[0]!.start, end: words.at(-1)!.end } : { start: Math.min(spans[index]![1], row.length), end: Math.min(spans[index]![1], row.length) }));
}

/** The cells of a row, by the table's delimiter or, in columns lined up with spaces, by where they stand. */
export function rowCells(row: string, table: TableLayout, closeOpenQuote = false): string[] | null {
  return table.spans ? cutCells(row, table.spans) : splitCells(row, table.delimiter, closeOpenQuote);
}

/** An empty cell, or a dash standing in for one. */
export function isEmptyCell(cell: string): boolean {
  return /^\s*[-–—\u2212]?\s*$/.test(cell);
}

export function rowHasDelimiter(line: string, header: TableHeader): boolean {
  return line.includes(header.delimiter);
}

export type RowCells = Partial<Record<Column, string>>;

const LEADING_LABEL = /^([A-Z]{0,3}\d{1,3}[a-z]?)\*?(?:\s+(.*))?$/;

/**
 * The cells of a row by column. Under one heading ("Resolution") a row may
 * print its number before the text, in the same cell ("11* Disapply ..."), in
 * a cell of its own, or in a cell of its own under the heading while the text
 * takes the next cell, which has none; a "*" after the number marks a footnote.
 */
export function cellsByColumn(cells: string[], header: TableHeader): RowCells {
  const row: RowCells = {};
  if (!header.columns.includes('number')) {
    // "Resolution" heading two cells, the second with no heading of its own: the number, then the text.
    const textAt = header.columns.indexOf('text');
    const bareLabel = LEADING_LABEL.exec(cells[textAt] ?? '');
    if (bareLabel && !bareLabel[2] && textAt + 1 < header.columns.length && header.columns[textAt + 1] === null && header.labels[textAt + 1] === '') {
      row.number = bareLabel[1]!;
      cells = cells.map((cell, index) => (index === textAt ? (cells[textAt + 1] ?? '') : cell));
    }
  }
  if (!header.columns.includes('number') && row.number === undefined) {
    const extraCell = cells.length === header.columns.length + 1 && LEADING_LABEL.test(cells[0]!);
    const leading = LEADING_LABEL.exec(extraCell ? cells[0]! : (cells[header.columns.indexOf('text')] ?? ''));
    if (leading && (extraCell || leading[2])) {
      row.number = leading[1]!;
      cells = extraCell ? cells.slice(1) : cells.map((cell, index) => (header.columns[index] === 'text' ? leading[2]! : cell));
    }
  }
  header.columns.forEach((column, index) => {
    if (column && cells[index] !== undefined) row[column] = cells[index];
  });
  return row;
}

export function resultInCell(cell: string | undefined): ReturnType<typeof resultOf> {
  return cell ? resultOf(cell.trim()) : undefined;
}
