import type { TableLayout } from '../model';
import { countKeyOf, countWords, normaliseWord, resultOf, wordFilter, wordsFor } from '../vocabulary';

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
    // Three cells need two delimiters: most lines have fewer, and are not split.
    if (!holdsTwice(line, delimiter)) continue;
    const cells = splitCells(line.trim(), delimiter);
    if (!cells || cells.length < 3) continue;
    const filled = cells.filter((cell) => cell !== '');
    const columns = cells.map((cell) => (cell === '' ? null : columnOf(cell)));
    // "No" heads the number column when another column already says "Against".
    if (columns[0] === 'against' && columns.indexOf('against', 1) > 0) columns[0] = 'number';
    const counts = columns.filter((column) => column === 'for' || column === 'against' || column === 'abstain' || column === 'invalid');
    const unknown = cells.filter((cell, index) => cell !== '' && columns[index] === null);
    if (counts.length < 2 || unknown.length > 2 || unknown.length * 2 > filled.length) continue;
    // Columns headed with other words ("Question", "Proposer"): the first may hold the number, the next the text.
    for (const fallback of ['number', 'text'] as const) {
      const index = cells.findIndex((cell, position) => cell !== '' && columns[position] === null && (fallback === 'text' || position === 0));
      if (index >= 0 && !columns.includes(fallback)) columns[index] = fallback;
    }
    return { delimiter, columns, labels: cells };
  }
  return null;
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
