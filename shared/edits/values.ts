import type { LanguagePack } from '../languages';
import type { CountPlace, Motion, ResultWord, TableLayout } from '../model';
import { countLabelsOf, countTokensOf } from '../parse/tally-tokens';
import { cellBounds, cellText, linedUpBounds, rowCells } from '../parse/table';
import { readNumber } from '../parse/number';
import { joinWithPlaces } from '../parse/text';
import { countKeyOf, countKeys, escapeRegExp, resultOf, type CountKey } from '../vocabulary';
import { writeTally } from '../serialize';
import type { LineChanges } from './lines';

/**
 * Each value the results table can change, changed where the file printed it:
 * the digits of a count, the words of a text, a label, a result word. Every
 * other character of the line stays as it was. Each returns null when done,
 * or, in a sentence, why it cannot be done from the table.
 */
type Words = LanguagePack['writing'];

/** The lines of a table row. */
function rowOf(motion: Motion): { line: number; lastLine: number } {
  return motion.printedAt.row ?? { line: motion.lines[0], lastLine: motion.lines[0] };
}

/** "1,234" with the file's own separator, or plain digits where the file printed none. */
function formatCount(value: number, like: string, fallbackSeparator: string): string {
  const separator = /\d([,.\u00a0\u202f' ])\d{3}/u.exec(like)?.[1] ?? (like.length > 3 ? '' : fallbackSeparator);
  return String(value).replace(/\B(?=(\d{3})+$)/g, separator);
}

/**
 * One cell of a table row replaced, the other cells as printed. In columns
 * lined up with spaces, a count keeps its right edge and a text its left
 * edge: the value takes or gives back spaces from the gap beside it, as long
 * as two remain between the columns.
 */
function replaceCell(changes: LineChanges, place: { line: number; lastLine: number }, table: TableLayout, cell: number, write: string | ((old: string) => string)): string | null {
  const { delimiter } = table;
  const row = changes.get(place.line);
  // Columns lined up with spaces are cut where their words stand, as they were read.
  const bounds = table.spans ? linedUpBounds(row, table.spans) : cellBounds(row, delimiter);
  if (!bounds) return 'This row runs over several lines; change it in the source text.';
  // A row may print the number in a cell of its own before the columns its header names.
  const shift = !table.columns.includes('number') && bounds.length === table.columns.length + 1 ? 1 : 0;
  const bound = bounds[cell + shift];
  if (!bound) return 'That cell is not in the row; change it in the source text.';
  const raw = row.slice(bound.start, bound.end);
  const lead = /^\s*/.exec(raw)![0];
  const trail = /\s*$/.exec(raw)![0];
  const old = raw.trim();
  const value = typeof write === 'string' ? write : write(old);
  // Quoted the spreadsheet way where the cell was, or where the value would otherwise end the cell or open a quote.
  const mustQuote = old.startsWith('"') || value.startsWith('"') || (delimiter !== '|' && delimiter !== '  ' && (value.includes(delimiter) || value.includes('\n')));
  const quoted = mustQuote ? `"${value.replace(/"/g, '""')}"` : value;
  let [before, after] = [row.slice(0, bound.start), row.slice(bound.end)];
  let written = `${lead}${quoted}${trail}`;
  if (delimiter === '  ') {
    const rightAligned = /^\d/.test(old);
    const grows = quoted.length - old.length;
    if (grows < 0) written = rightAligned ? `${lead}${quoted.padStart(old.length)}${trail}` : `${lead}${quoted.padEnd(old.length)}${trail}`;
    else if (rightAligned && bound.start > 0) {
      const gap = /\s*$/.exec(before)![0].length;
      before = before.slice(0, before.length - Math.max(0, Math.min(grows, gap - 2)));
    } else {
      const gap = /^\s*/.exec(after)![0].length;
      after = after.slice(Math.max(0, Math.min(grows, gap - 2)));
    }
  }
  changes.replace(place.line, before + written + after);
  return null;
}

export function changeCount(changes: LineChanges, motion: Motion, key: CountKey, value: number | null, words: Words): string | null {
  const place: CountPlace | undefined = motion.printedAt.counts[key];
  const table = motion.style.table;
  if (value === null) {
    if (place && 'cell' in place && table) return replaceCell(changes, place, table, place.cell, '');
    return 'To take a count out, delete it in the source text.';
  }
  if (place && 'cell' in place) return table ? replaceCell(changes, place, table, place.cell, (old) => formatCount(value, old, motion.style.thousandsSeparator)) : 'That count is not in a table.';
  if (place) {
    const line = changes.get(place.line);
    const from = Math.max(0, line.lastIndexOf(place.within.trim()));
    const token = countTokensOf(line, from)[place.index];
    if (!token) return 'That count cannot be found on its line; change it in the source text.';
    changes.replace(place.line, line.slice(0, token.start) + formatCount(value, token.text, motion.style.thousandsSeparator) + line.slice(token.end));
    return null;
  }
  if (table) {
    const column = table.columns.indexOf(key);
    if (column < 0) return `This table has no ${key} column; add the count in the source text.`;
    return replaceCell(changes, rowOf(motion), table, column, (old) => formatCount(value, old, motion.style.thousandsSeparator));
  }
  return addCount(changes, motion, key, value, words);
}

/** A tally line written again whole in the motion's style, with the counts asked for: where the file's own could not be read. */
export function rewriteTally(changes: LineChanges, motion: Motion, counts: Partial<Record<CountKey, number | null>>): string | Partial<Record<CountKey, number>> {
  const line = motion.tallyLine!;
  const old = changes.get(line);
  // No figure of the line may go: one the reader could not place belongs to the one count whose label stands
  // beside it and that the edit does not set ("for 12 against" with For set to 55: 12 is against).
  const placed = new Set(countKeys.flatMap((key) => {
    const place = motion.printedAt.counts[key];
    return place && 'within' in place && place.line === line ? [place.index] : [];
  }));
  const unplaced = countTokensOf(old).filter((_, index) => !placed.has(index)).map((token) => readNumber(token.text));
  const labelled = new Set(countLabelsOf(old).map(countKeyOf));
  const open = countKeys.filter((key) => labelled.has(key) && motion[key] === null && !motion.printedAt.counts[key] && counts[key] === undefined);
  const placedNow: Partial<Record<CountKey, number>> = {};
  if (unplaced.length === 1 && open.length === 1 && unplaced[0]!.kind === 'exact') placedNow[open[0]!] = unplaced[0]!.value;
  else if (unplaced.length > 0) return `the tally “${old.trim()}” has figures the table cannot place; put it right in the source text.`;
  const tally = writeTally({ ...motion, ...counts, ...placedNow }, countKeys);
  if (tally === null || tally.includes('\n')) return 'This tally is written a count to a line; put it right in the source text.';
  // Whatever followed the counts on the line (a result word) stays after them.
  const result = motion.resultLine === line && motion.resultText ? old.slice(old.toLowerCase().lastIndexOf(motion.resultText.toLowerCase())) : '';
  const indent = /^\s*/.exec(old)![0];
  changes.replace(line, `${indent}${tally}${result ? `${motion.style.tally === 'label-dash' ? '   ' : ' – '}${result}` : ''}`);
  // The counts it placed are part of the change, and read back as such.
  return placedNow;
}

/** A count the file did not print, added after the last count of the motion's tally in the same style, or as a tally line of its own. */
function addCount(changes: LineChanges, motion: Motion, key: CountKey, value: number, words: Words): string | null {
  const { style } = motion;
  const count = formatCount(value, '', style.thousandsSeparator);
  const label = style.labels[key] || (style.tally === 'count-label' ? words.countWords[key] : words.countLabels[key]);
  const part = { 'count-label': `${count} ${label}`, 'label-colon': `${label}: ${count}`, 'label-space': `${label} ${count}`, 'label-dash': `${label} – ${count}` }[style.tally];
  const joiner = { 'count-label': '; ', 'label-colon': '  ', 'label-space': ' / ', 'label-dash': ', ' }[style.tally];
  // Beside the others on the tally line; a count to a line, beside the others' lines.
  const onTallyLine = (other: CountKey) => {
    const place = motion.printedAt.counts[other];
    return place && 'within' in place && (style.countPerLine || place.line === motion.tallyLine) ? place : undefined;
  };
  // In the order counts are printed: after the count before it, else before the count after it.
  const position = countKeys.indexOf(key);
  const before = countKeys.slice(0, position).reverse().find(onTallyLine);
  const after = countKeys.slice(position + 1).find(onTallyLine);
  const anchor = before ?? after;
  if (anchor && style.countPerLine) {
    const place = onTallyLine(anchor)!;
    changes.insertAfter(before ? place.line : place.line - 1, part);
    return null;
  }
  if (anchor) {
    const place = onTallyLine(anchor)!;
    const line = changes.get(place.line);
    const number = countTokensOf(line, Math.max(0, line.lastIndexOf(place.within.trim())))[place.index];
    if (!number) return 'The tally cannot be found on its line; add the count in the source text.';
    const printedLabel = style.labels[anchor];
    if (before) {
      // After the anchor's label where the label follows its number ("54 for"), else right after the number ("For: 54").
      const labelAfter = style.tally === 'count-label' ? new RegExp(`^\\s*${escapeRegExp(printedLabel)}`, 'iu').exec(line.slice(number.end)) : null;
      const afterLabel = number.end + (labelAfter?.[0].length ?? 0);
      // A percentage printed beside the count stays with it: "Against: 31 (2.5%)".
      const at = afterLabel + (/^\s*\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?/.exec(line.slice(afterLabel))?.[0].length ?? 0);
      changes.replace(place.line, `${line.slice(0, at)}${joiner}${part}${line.slice(at)}`);
    } else {
      const labelAt = line.toLowerCase().lastIndexOf(printedLabel.toLowerCase(), number.start);
      const at = style.tally === 'count-label' || labelAt < 0 ? number.start : labelAt;
      changes.replace(place.line, `${line.slice(0, at)}${part}${joiner}${line.slice(at)}`);
    }
    return null;
  }
  const last = countKeys.map(onTallyLine).filter(Boolean).at(-1);
  // On a line of its own: below the motion's last count, or its text, and above its result.
  const below = last?.line ?? Math.max(motion.lines[0], ...motion.printedAt.text.map((entry) => entry.line), ...motion.notes.map((note) => note.line));
  changes.insertAfter(below, style.countPerLine ? part : `${style.tallyLead}${part}`);
  return null;
}

/**
 * The motion's text changed where it differs: the words before and after the
 * change stay on their lines, and only the lines the changed words stood on
 * are written again. A change across lines puts the new words on the first
 * of them and takes the others' text out.
 */
export function changeText(changes: LineChanges, motion: Motion, text: string): string | null {
  const table = motion.style.table;
  if (table) {
    const column = table.columns.indexOf('text');
    if (column < 0) return 'This table has no column for the text; change it in the source text.';
    // Columns lined up with spaces wrap a long text onto lines of its own below the row.
    const row = rowOf(motion);
    if (table.delimiter === '  ' && row.lastLine > row.line) {
      const first = rowCells(changes.get(row.line), table)?.[column];
      if (!first) return 'The text cannot be matched to its lines; change it in the source text.';
      const wrapped = [{ line: row.line, text: first }];
      for (let line = row.line + 1; line <= row.lastLine; line++) wrapped.push({ line, text: changes.get(line).trim() });
      return changeWords(changes, wrapped, text);
    }
    // A label printed at the head of the text's cell ("11* Disapply …") stays.
    return replaceCell(changes, rowOf(motion), table, column, (old) => {
      const content = cellText(old);
      return (content.endsWith(motion.text) ? content.slice(0, content.length - motion.text.length) : '') + text;
    });
  }
  const segments = motion.printedAt.text;
  if (segments.length === 0) {
    const heading = changes.get(motion.lines[0]);
    changes.replace(motion.lines[0], `${heading.trimEnd()}${motion.style.heading === 'keyword' ? ' – ' : ' '}${text}`);
    return null;
  }
  return changeWords(changes, segments, text);
}

/** The words of a text printed over `segments` changed to `text`, on the lines the changed words stood on. */
function changeWords(changes: LineChanges, segments: { line: number; text: string }[], text: string): string | null {
  const { text: old, starts } = joinWithPlaces(segments.map((segment) => segment.text));
  // Whole words are changed, so that a word half on one line and half on the next is never cut:
  // a boundary inside a word moves back to the word's start (or forward to its end).
  const inWord = (at: number) => at > 0 && at < old.length && /\S/.test(old[at - 1]!) && /\S/.test(old[at]!);
  let prefix = 0;
  while (prefix < old.length && prefix < text.length && old[prefix] === text[prefix]) prefix++;
  while (prefix > 0 && inWord(prefix)) prefix--;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < text.length - prefix && old[old.length - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
  while (suffix > 0 && inWord(old.length - suffix)) suffix--;
  const start = placeOf(prefix, starts, segments, changes);
  const end = placeOf(old.length - suffix, starts, segments, changes, true);
  if (!start || !end) return 'The text cannot be matched to its lines; change it in the source text.';
  const middle = text.slice(prefix, text.length - suffix);
  const first = changes.get(start.line);
  const last = changes.get(end.line);
  const written = first.slice(0, start.column) + middle + last.slice(end.column);
  // Words taken from the end of a line leave no space dangling there.
  changes.replace(start.line, end.column >= last.trimEnd().length ? written.trimEnd() : written);
  for (const segment of segments) if (segment.line > start.line && segment.line <= end.line) changes.remove(segment.line);
  return null;
}

/** Where an offset of the joined text stands in the file: the line and column. `atEnd` takes the end of a line over the start of the next. */
function placeOf(offset: number, starts: number[], segments: { line: number; text: string }[], changes: LineChanges, atEnd = false): { line: number; column: number } | null {
  let index = -1;
  for (let candidate = 0; candidate < starts.length; candidate++) {
    const begins = starts[candidate]!;
    if (begins < 0) continue;
    if (begins < offset || (begins === offset && !(atEnd && index >= 0))) index = candidate;
  }
  if (index < 0) return null;
  const segment = segments[index]!;
  const line = changes.get(segment.line);
  const at = line.indexOf(segment.text);
  if (at < 0) return null;
  const within = offset - starts[index]!;
  // The joined text has single spaces where the line may have more: count the line's characters to the same word.
  let seen = 0;
  let column = at + (segment.text.length - segment.text.trimStart().length);
  const content = segment.text.trim();
  const end = at + segment.text.trimEnd().length;
  for (let char = 0; char < content.length && seen < within; ) {
    if (/\s/.test(content[char]!)) {
      while (char < content.length && /\s/.test(content[char]!)) {
        char++;
        column++;
      }
      seen++;
    } else {
      char++;
      column++;
      seen++;
    }
  }
  return { line: segment.line, column: Math.min(column, end) };
}

/** The label changed on the heading line, and on a later line that names the motion by it ("Motion 3 as amended – CARRIED"). */
export function changeLabel(changes: LineChanges, motion: Motion, label: string): string | null {
  const table = motion.style.table;
  if (table) {
    const column = table.columns.indexOf('number');
    if (column < 0) return 'This table prints the number inside the text; change it in the source text.';
    return replaceCell(changes, rowOf(motion), table, column, label);
  }
  const old = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(motion.number)}(?![\\p{L}\\p{N}])`, 'u');
  const lines = [motion.lines[0], ...(motion.resultReference !== null && motion.resultLine !== null && motion.resultLine > motion.lines[1] ? [motion.resultLine] : [])];
  for (const line of lines) {
    const text = changes.get(line);
    const after = motion.kind ? Math.max(0, text.toLowerCase().indexOf(motion.kind.toLowerCase())) : 0;
    const found = old.exec(text.slice(after));
    if (!found) return 'The number cannot be found on the motion’s heading; change it in the source text.';
    const at = after + found.index;
    changes.replace(line, text.slice(0, at) + label + text.slice(at + motion.number.length));
  }
  return null;
}

/** The result word changed in its place, in the case it was printed in; or a result line added below the tally. */
export function changeResult(changes: LineChanges, motion: Motion, result: ResultWord | null, words: Words): string | null {
  if (result === null) return 'To take a result out, delete it in the source text.';
  const table = motion.style.table;
  const printed = motion.resultText;
  const word = printedLike(words.results[result], printed);
  if (table && table.columns.includes('result')) return replaceCell(changes, rowOf(motion), table, table.columns.indexOf('result'), word);
  if (motion.resultLine !== null && printed) {
    const line = changes.get(motion.resultLine);
    // The first time the word stands on the line as a word of its own: "Lost – the motion had been lost before".
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(printed)}(?![\\p{L}\\p{N}])`, 'iu').exec(line)?.index ?? -1;
    if (at < 0 || resultOf(printed) === undefined) return 'The result cannot be found on its line; change it in the source text.';
    changes.replace(motion.resultLine, line.slice(0, at) + word + line.slice(at + printed.length));
    return null;
  }
  const below = Math.max(motion.tallyLine ?? 0, motion.lines[0], ...motion.printedAt.text.map((entry) => entry.line), ...motion.notes.map((note) => note.line));
  changes.insertAfter(below, `${motion.style.resultPrefix}${word}`);
  return null;
}

/** A word in the case of the one it replaces: "CARRIED" for "LOST", "carried" for "lost", else as the pack writes it. */
function printedLike(word: string, printed: string | null): string {
  if (printed && printed === printed.toUpperCase() && /\p{Lu}/u.test(printed)) return word.toUpperCase();
  if (printed && printed === printed.toLowerCase()) return word.toLowerCase();
  return word;
}
