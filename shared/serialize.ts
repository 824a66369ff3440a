import type { Motion, MotionStyle, ResultsDocument, ResultWord, Section } from './model';
import { votersIn } from './parse/headings';
import type { CountKey } from './vocabulary';

/**
 * The canonical writer: a document back to text that parses to the same
 * document. Each motion is written in the style it was read in, so that an
 * edit made in the table reads like the rest of the file.
 */

const COUNT_KEYS: CountKey[] = ['for', 'against', 'abstain', 'invalid'];
const defaultResultWords: Record<ResultWord, string> = { carried: 'Carried', lost: 'Lost', remitted: 'Remitted', withdrawn: 'Withdrawn' };

export function formatCount(count: number, thousandsSeparator: string): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, thousandsSeparator);
}

function writeTally(motion: Motion): string | null {
  const { style } = motion;
  const given = COUNT_KEYS.filter((key) => motion[key] !== null);
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
  const joiner = { 'count-label': '; ', 'label-colon': '  ', 'label-space': ' / ', 'label-dash': ', ' }[style.tally];
  const line = style.tallyLead + parts.join(joiner);
  if (!style.resultOnTallyLine || motion.statedResult === null || motion.resultReference !== null) return line;
  return `${line}${style.tally === 'label-dash' ? '   ' : ' – '}${resultWord(motion)}${motion.resultRemark ? ` ${motion.resultRemark}` : ''}`;
}

function resultWord(motion: Motion): string {
  return motion.resultText ?? defaultResultWords[motion.statedResult!];
}

function writeHeading(motion: Motion): string {
  if (motion.style.heading === 'numbered') return motion.number ? `${motion.number}. ${motion.text}` : motion.text;
  const amends = motion.amends ? ` to Motion ${motion.amends}` : '';
  const heading = `${motion.kind ?? 'Motion'} ${motion.number}${amends}`;
  return motion.text ? `${heading} – ${motion.text}` : heading;
}

function quoteCell(cell: string, delimiter: string): string {
  const needsQuotes = cell.includes(delimiter) || cell.includes('"') || cell.includes('\n');
  return needsQuotes ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function writeRow(motion: Motion, table: NonNullable<MotionStyle['table']>): string {
  const cells = table.columns.map((column) => {
    switch (column) {
      case 'number':
        return motion.number;
      case 'text':
        return motion.text;
      case 'for':
      case 'against':
      case 'abstain':
      case 'invalid':
        return motion[column] === null ? '' : String(motion[column]);
      case 'result':
        return motion.statedResult ? resultWord(motion) : '';
      default:
        return '';
    }
  });
  const joiner = table.delimiter === '  ' ? '    ' : table.delimiter === '|' ? ' | ' : table.delimiter;
  const row = cells.map((cell) => quoteCell(cell, table.delimiter.trim() || '  ')).join(joiner);
  return table.delimiter === '|' ? `| ${row} |` : row;
}

function writeTableHeader(table: NonNullable<MotionStyle['table']>): string {
  const joiner = table.delimiter === '  ' ? '    ' : table.delimiter === '|' ? ' | ' : table.delimiter;
  const header = table.labels.join(joiner);
  return table.delimiter === '|' ? `| ${header} |` : header;
}

/** The lines of one motion in its own style: heading and text, notes, tally, result, trailing prose. */
export function writeMotion(motion: Motion): string[] {
  if (motion.style.heading === 'table' && motion.style.table) return [writeRow(motion, motion.style.table)];
  const lines = [writeHeading(motion), ...motion.notes];
  const tally = writeTally(motion);
  if (tally) lines.push(tally);
  const resultOnTally = tally !== null && motion.style.resultOnTallyLine;
  if (motion.statedResult && motion.resultReference === null && !resultOnTally) {
    lines.push(`${motion.style.resultPrefix}${resultWord(motion)}${motion.resultRemark ? ` ${motion.resultRemark}` : ''}`);
  }
  if (motion.trailing.length > 0) lines.push('', ...motion.trailing);
  return lines;
}

/** "Motion 3 as amended – CARRIED", written after the motion's last amendment. */
function writeReferenceResult(motion: Motion): string {
  const qualifier = motion.resultReference ? ` ${motion.resultReference}` : '';
  const remark = motion.resultRemark ? ` ${motion.resultRemark}` : '';
  return `${motion.kind ?? 'Motion'} ${motion.number}${qualifier} – ${resultWord(motion)}${remark}`;
}

export function writeSectionHeading(section: Section): string | null {
  if (section.number === null && section.title === null) return null;
  if (section.kind === null && section.number !== null && section.title !== null) return `${section.number}. ${section.title} -`;
  const kind = section.kind ?? 'Section';
  if (section.number === null) return `${kind}: ${section.title}`;
  return section.title ? `${kind} ${section.number} – ${section.title}` : `${kind} ${section.number}`;
}

function writeSection(section: Section): string[] {
  const lines: string[] = [];
  const heading = writeSectionHeading(section);
  if (heading) lines.push(heading, ...section.notes, '');
  else if (section.notes.length > 0) lines.push(...section.notes, '');

  const anchors = new Map<Motion, Motion[]>();
  for (const motion of section.motions) {
    if (motion.resultReference === null) continue;
    const anchor = section.motions.findLast((other) => other.amends === motion.number) ?? motion;
    anchors.set(anchor, [...(anchors.get(anchor) ?? []), motion]);
  }

  let previousTable: MotionStyle['table'] | undefined;
  for (const motion of section.motions) {
    const table = motion.style.heading === 'table' ? motion.style.table : undefined;
    if (table && JSON.stringify(previousTable) !== JSON.stringify(table)) {
      if (lines.at(-1) !== '' && lines.length > 0) lines.push('');
      lines.push(writeTableHeader(table));
    }
    if (!table && lines.length > 0 && lines.at(-1) !== '') lines.push('');
    lines.push(...writeMotion(motion));
    for (const referenced of anchors.get(motion) ?? []) lines.push('', writeReferenceResult(referenced));
    previousTable = table;
  }
  return lines;
}

export function writeDocument(document: ResultsDocument): string {
  const lines: string[] = [];
  if (document.title) lines.push(document.title);
  lines.push(...document.preamble);
  const stated = [
    ...document.preamble,
    ...document.closing,
    ...document.sections.flatMap((section) => [...section.notes, ...section.motions.flatMap((motion) => motion.trailing)]),
  ].some((line) => votersIn(line) !== null);
  if (document.totalVoters !== null && !stated) lines.push(`${document.totalVoters} people voted in total.`);
  for (const section of document.sections) {
    if (lines.length > 0) lines.push('');
    lines.push(...writeSection(section));
  }
  if (document.closing.length > 0) lines.push('', ...document.closing);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
