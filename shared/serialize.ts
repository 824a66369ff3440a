import { linesWithBreaks, textOf } from './source-lines';
import { languagePacks, type LanguagePack } from './languages';
import { writingPack } from './languages/detect';
import type { Motion, MotionStyle, ResultsDocument, Section, SourceLine } from './model';
import { withoutBullet } from './parse/classify';
import { classifyLine } from './parse/recognisers';
import { splitTrailing } from './parse/trailing';
import { numberedHeading, readsAsSectionTitle } from './parse/headings';
import { isResultRemark } from './parse/results';
import { isCapitalsLine } from './parse/structure';
import { votersIn } from './parse/voters';
import { hasCounts } from './outcome';
import type { Column } from './parse/table';
import { countKeys, type CountKey } from './vocabulary';

/**
 * The canonical writer: a document back to text that parses to the same
 * document. Each motion is written in the style it was read in, so that an
 * edit made in the table reads like the rest of the file.
 */


export function formatCount(count: number, thousandsSeparator: string): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, thousandsSeparator);
}

export function writeTally(motion: Motion, keys: CountKey[]): string | null {
  const { style } = motion;
  const given = keys.filter((key) => motion[key] !== null);
  if (given.length === 0) return null;
  const parts = given.map((key) => {
    const count = formatCount(motion[key]!, style.thousandsSeparator);
    const label = style.labels[key];
    switch (style.tally) {
      case 'count-label':
        return `${count} ${label}`;
      case 'label-colon':
        return `${label}: ${count}`;
      case 'label-space':
        return `${label} ${count}`;
      case 'label-dash':
        return `${label} – ${count}`;
    }
  });
  if (motion.total) {
    const total = formatCount(motion.total.value, style.thousandsSeparator);
    parts.push(style.tally === 'count-label' ? `${motion.total.label} ${total}` : `${motion.total.label}${{ 'label-colon': ': ', 'label-space': ' ', 'label-dash': ' – ' }[style.tally] ?? ' '}${total}`);
  }
  const joiner = style.countPerLine ? '\n' : { 'count-label': '; ', 'label-colon': '  ', 'label-space': ' / ', 'label-dash': ', ' }[style.tally];
  return style.tallyLead + parts.join(joiner);
}

/** The words of the document's own language, for what the file did not print: a result word, the link of an amendment. */
type Words = LanguagePack['writing'];

function resultWord(motion: Motion, words: Words): string {
  return motion.resultText ?? words.results[motion.statedResult!];
}

/**
 * A motion's heading line with its text. Where the whole text on that line
 * would be read as something else (a tally at its end, a section title in
 * "1. Text" files), the text is broken so that its last part stands on a
 * line of its own, which can only be read as more text.
 */
function writeHeading(motion: Motion, headings: ResultsDocument['headings'], words: Words): string[] {
  const numbered = motion.style.heading === 'numbered';
  const amends = motion.amends ? ` ${words.amendsLink} ${words.motion} ${motion.amends}` : '';
  // Who moved it, where the file printed it on the heading line: "(Abteilung Tennis)", ", présenté par M. Leroy".
  const mover = motion.notes.filter((note) => note.line === motion.lines[0]).map(({ text }) => (text.startsWith('(') ? ` ${text}` : `, ${text}`)).join('');
  const keywordHeading = `${motion.style.headingLead}${motion.kind ?? words.motion} ${motion.number}${amends}${mover}`;
  if (!numbered && !motion.text) return [keywordHeading];
  const prefix = numbered ? numberedPrefix(motion.number) : `${keywordHeading} – `;
  // A line "1. ..." is read as prose where motions are headed with a word.
  const prose = headings === 'keyword' ? ['text', 'numbered'] : ['text'];
  // An unnumbered motion is its text followed by a tally: any line read as prose will do.
  const expected = numbered ? (motion.number ? ['numbered'] : [...prose, 'note', 'candidate']) : ['motion'];
  const decided = hasCounts(motion) || motion.statedResult !== null;
  const fits = (text: string, alone: boolean) => {
    const ending = splitTrailing(text);
    if (ending.tally || ending.result) return false;
    if (!expected.includes(classifyLine(prefix + text).kind)) return false;
    return !(alone && numbered && motion.number && !decided && readsAsSectionTitle(text));
  };
  if (fits(motion.text, true)) return [prefix + motion.text];
  for (let space = motion.text.lastIndexOf(' '); space > 0; space = motion.text.lastIndexOf(' ', space - 1)) {
    const [first, rest] = [motion.text.slice(0, space), motion.text.slice(space + 1)];
    const readsAsProse = prose.includes(classifyLine(rest).kind) && withoutBullet(rest) === rest;
    if (!first.endsWith('-') && readsAsProse && fits(first, false)) return [prefix + first, rest];
  }
  return [prefix + motion.text];
}

/** "12. ", "1.2 ", "a) ", "UC25/01 ": the first way of writing the label that reads back as that label. */
function numberedPrefix(number: string): string {
  if (!number) return '';
  const ways = [`${number}. `, `${number} `, `${number}) `];
  return ways.find((way) => numberedHeading(`${way}Text`)?.number === number) ?? ways[0]!;
}

function quoteCell(cell: string, delimiter: string): string {
  const needsQuotes = cell.includes(delimiter) || cell.includes('"') || cell.includes('\n');
  return needsQuotes ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const rightAligned = new Set<Column | null>(['for', 'against', 'abstain', 'invalid', 'total', 'percent']);

/**
 * One line of columns lined up with spaces: each cell where its column stands, figures to its right edge;
 * a text longer than its column goes on, lined up, on lines of its own below.
 */
function lineUpCells(table: NonNullable<MotionStyle['table']>, spans: [number, number][], cells: string[]): string {
  const textAt = table.columns.indexOf('text');
  const width = textAt >= 0 ? Math.max(12, spans[textAt]![1] - spans[textAt]![0]) : Infinity;
  const chunks: string[] = [];
  for (const word of (cells[textAt] ?? '').split(' ').filter(Boolean)) {
    const last = chunks.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) chunks[chunks.length - 1] = `${last} ${word}`;
    else chunks.push(word);
  }
  let line = '';
  cells.forEach((cell, index) => {
    const text = index === textAt ? (chunks[0] ?? '') : cell;
    if (!text) return;
    const [start, end] = spans[index]!;
    const at = rightAligned.has(table.columns[index] ?? null) ? end - text.length : start;
    line = line.padEnd(line.length === 0 ? at : Math.max(at, line.length + 2)) + text;
  });
  return [line, ...chunks.slice(1).map((chunk) => ' '.repeat(spans[textAt]![0]) + chunk)].join('\n');
}

/** A table's header, and under columns lined up with spaces the rule of dashes that keeps each column's place. */
function headerLines(table: NonNullable<MotionStyle['table']>): string[] {
  if (!table.spans) return [joinCells(table, table.labels)];
  const rule = table.spans.reduce((line, [start, end]) => line.padEnd(start) + '-'.repeat(Math.max(2, end - start)), '');
  return [joinCells(table, table.labels), rule];
}

/** One line of a table, the header or a row, with the file's delimiter. */
function joinCells(table: NonNullable<MotionStyle['table']>, cells: string[]): string {
  if (table.spans) return lineUpCells(table, table.spans, cells);
  const joiner = table.delimiter === '  ' ? '    ' : table.delimiter === '|' ? ' | ' : table.delimiter;
  // Columns aligned with spaces cannot show an empty cell: a dash holds its place.
  const placeholder = table.delimiter === '  ' ? '-' : '';
  const row = cells.map((cell) => quoteCell(cell || placeholder, table.delimiter)).join(joiner);
  return table.delimiter === '|' ? `| ${row} |` : row;
}

function writeCells(table: NonNullable<MotionStyle['table']>, cellOf: (column: Column | null) => string): string {
  return joinCells(table, table.columns.map(cellOf));
}

function writeRow(motion: Motion, table: NonNullable<MotionStyle['table']>, words: Words): string {
  return writeCells(table, (column) => {
    switch (column) {
      case 'number':
        return motion.number;
      case 'text':
        // Under one heading for number and text, the number leads the text.
        return table.columns.includes('number') || !motion.number ? motion.text : `${motion.number} ${motion.text}`;
      case 'for':
      case 'against':
      case 'abstain':
      case 'invalid':
        return motion[column] === null ? '' : String(motion[column]);
      case 'result':
        return motion.statedResult ? resultWord(motion, words) : '';
      case 'total':
        return motion.total ? String(motion.total.value) : '';
      default:
        return '';
    }
  });
}


/**
 * The lines of one motion in its own style: heading and text (or a table
 * row), notes, tally, result, trailing prose. `results` are result lines of
 * earlier motions that the file printed after this one ("Motion 3 as amended – CARRIED").
 */
export function writeMotion(motion: Motion, document: Pick<ResultsDocument, 'headings' | 'languages'>, results: string[] = []): string[] {
  const words = writingPack(document.languages).writing;
  const table = motion.style.heading === 'table' ? motion.style.table : undefined;
  // A motion headed above a one-row table of its counts ("### D19 — …" over "| For | Against |"): the table is written below its heading.
  const countsTable = motion.style.heading !== 'table' ? motion.style.table : undefined;
  const referenceOnly = isReferenceOnly(motion) && results.length > 0;
  const lines: string[] = [];
  // A note printed above the heading ("Question #1", a poll's number) is written above it again.
  // Notes on the heading line itself (who moved it) are written with the heading.
  const onHeading = (note: SourceLine) => note.line === motion.lines[0] && motion.style.heading === 'keyword';
  const [above, below] = [motion.notes.filter((note) => note.line < motion.lines[0]), motion.notes.filter((note) => note.line >= motion.lines[0] && !onHeading(note))];
  lines.push(...textOf(above));
  if (table) lines.push(writeRow(motion, table, words));
  else if (!referenceOnly) lines.push(...writeHeading(motion, document.headings, words));
  lines.push(...textOf(below));

  if (countsTable) lines.push(...headerLines(countsTable), writeRow(motion, countsTable, words));
  const inCells = table ?? countsTable;
  const tally = writeTally(motion, countKeys.filter((key) => !inCells?.columns.includes(key)));
  // A result stated on a note's line ("Exprimés : 15 979 – Rejeté") is written with that note.
  const resultHasItsPlace = motion.statedResult === null || motion.resultReference !== null || inCells?.columns.includes('result') || motion.notes.some((note) => note.line === motion.resultLine);
  const word = resultHasItsPlace ? '' : resultWord(motion, words);
  const result = resultHasItsPlace ? null : `${word}${motion.resultRemark ? ` ${motion.resultRemark}` : ''}`;
  if (tally && result && motion.style.resultOnTallyLine) {
    // After the counts, a remark that would read as words of their own ("Mehrheit nicht erreicht") is set off by a semicolon.
    const remark = !motion.resultRemark || isResultRemark(word, motion.resultRemark) ? result : `${word}; ${motion.resultRemark}`;
    lines.push(`${tally}${motion.style.tally === 'label-dash' ? '   ' : ' – '}${remark}`);
  }
  else {
    if (tally) lines.push(...tally.split('\n'));
    // A remark that would read as words of their own on the result's line ("carried Conference") is set off by a semicolon.
    const remarkReads = !motion.resultRemark || isResultRemark(word, motion.resultRemark) || motion.style.resultPrefix !== '';
    if (result) lines.push(`${motion.style.resultPrefix}${remarkReads ? result : `${word}; ${motion.resultRemark}`}`);
  }
  for (const line of results) lines.push(...(lines.length > 0 ? [''] : []), line);
  // Under a table row, prose stays inside the table as a row with only its text cell filled.
  // (Columns lined up with spaces read prose as prose: it is written as it stands.)
  if (table && !table.spans) lines.push(...motion.trailing.map(({ text }) => writeCells(table, (column) => (column === 'text' ? text : ''))));
  else if (motion.trailing.length > 0) lines.push('', ...linesWithBreaks(motion.trailing));
  return lines;
}

/** A motion known only from a line like "Motion 3 as amended – CARRIED": that line is all there is to write. */
function isReferenceOnly(motion: Motion): boolean {
  return motion.resultReference !== null && motion.text === '' && motion.notes.length === 0 && !hasCounts(motion);
}

/** "Motion 3 as amended – CARRIED", or the sentence that said it ("The substantive motion was carried"), written after the motion's last amendment. */
function writeReferenceResult(motion: Motion, words: Words): string {
  const qualifier = motion.resultReference ? ` ${motion.resultReference}` : '';
  const remark = motion.resultRemark ? ` ${motion.resultRemark}` : '';
  // The sentence as printed, when it still names the motion ("The substantive motion was carried"), not a label ("Result: Passed").
  const sentence = `${motion.style.resultPrefix}${resultWord(motion, words)}${remark}`;
  const reading = classifyLine(sentence);
  if (motion.style.resultPrefix && reading.kind === 'reference' && (reading.reference.form === 'sentence' || reading.reference.form === 'told')) return sentence;
  // A labelled result ("Resultado: APROBADA") stands below the motion named with its qualifier, as the file printed it.
  if (motion.style.resultPrefix && motion.resultReference) return `${motion.kind ?? words.motion} ${motion.number}${qualifier}\n${sentence}`;
  return `${motion.kind ?? words.motion} ${motion.number}${qualifier} – ${resultWord(motion, words)}${remark}`;
}

export function writeSectionHeading(section: Section, words: Words = languagePacks[0]!.writing): string | null {
  if (section.number === null && section.title === null) return null;
  if (section.kind === null && section.number !== null && section.title !== null) return `${section.number}. ${section.title} -`;
  // A heading in capitals over motions headed with a word ("GENERAL BUSINESS") is read back as it stands.
  if (section.kind === null && section.number === null && isCapitalsLine(section.title!)) return section.title;
  // A wiki's heading ("## Money") is written with its marks.
  if (section.kind !== null && /^#+$/.test(section.kind) && section.number === null) return `${section.kind} ${section.title}`;
  const kind = section.kind ?? words.section;
  if (section.number === null) return `${kind}: ${section.title}`;
  return section.title ? `${kind} ${section.number} – ${section.title}` : `${kind} ${section.number}`;
}

function writeSection(section: Section, document: ResultsDocument): string[] {
  const words = writingPack(document.languages).writing;
  const lines: string[] = [];
  const heading = writeSectionHeading(section, words);
  if (heading) lines.push(heading, ...linesWithBreaks(section.notes), '');
  else if (section.notes.length > 0) lines.push(...linesWithBreaks(section.notes), '');

  const anchors = new Map<Motion, Motion[]>();
  section.motions.forEach((motion, index) => {
    if (motion.resultReference === null) return;
    // After the last motion printed before the result line, as the file had it: its amendments, whether they name it or not ("Amendment 4a").
    const printedBefore = (other: Motion) => motion.resultLine === null ? other.amends === motion.number : other.lines[0] < motion.resultLine;
    const anchor = section.motions.slice(index).findLast(printedBefore) ?? motion;
    anchors.set(anchor, [...(anchors.get(anchor) ?? []), motion]);
  });

  let previousTable: MotionStyle['table'] | undefined;
  for (const motion of section.motions) {
    const table = motion.style.heading === 'table' ? motion.style.table : undefined;
    if (table && JSON.stringify(previousTable) !== JSON.stringify(table)) {
      if (lines.at(-1) !== '' && lines.length > 0) lines.push('');
      lines.push(...headerLines(table));
    }
    if (!table && lines.length > 0 && lines.at(-1) !== '') lines.push('');
    lines.push(...writeMotion(motion, document, (anchors.get(motion) ?? []).map((referred) => writeReferenceResult(referred, words))));
    previousTable = table;
  }
  return lines;
}

export function writeDocument(document: ResultsDocument): string {
  const lines: string[] = [];
  if (document.title) lines.push(document.title);
  lines.push(...linesWithBreaks(document.preamble));
  const stated = [
    ...document.preamble,
    ...document.closing,
    ...document.sections.flatMap((section) => [...section.notes, ...section.motions.flatMap((motion) => motion.trailing)]),
  ].some(({ line, text }) => line === document.votersLine || votersIn(text) !== null);
  if (document.totalVoters !== null && !stated) lines.push(`${document.totalVoters} people voted in total.`);
  for (const section of document.sections) {
    if (lines.length > 0) lines.push('');
    lines.push(...writeSection(section, document));
  }
  if (document.closing.length > 0) lines.push('', ...linesWithBreaks(document.closing));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
