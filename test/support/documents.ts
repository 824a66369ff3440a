import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';

/** Reading back what the exports wrote, with the same tools a user's machine has: poppler, a zip reader, a .docx reader. */

/** The text of a PDF, or of some of its pages, as pdftotext gives it. */
export function pdfText(path: string, pages: { first?: number; last?: number; layout?: boolean; raw?: boolean } = {}): string {
  const args = [
    ...(pages.first ? ['-f', String(pages.first)] : []),
    ...(pages.last ? ['-l', String(pages.last)] : []),
    ...(pages.layout ? ['-layout'] : []),
    // In the order the PDF draws its text, which for Chromium and LibreOffice is the document's order, cell by cell.
    ...(pages.raw ? ['-raw'] : []),
    path,
    '-',
  ];
  return execFileSync('pdftotext', args, { encoding: 'utf8' });
}

export function pdfInfo(path: string): Record<string, string> {
  const lines = execFileSync('pdfinfo', [path], { encoding: 'utf8' }).split('\n');
  return Object.fromEntries(lines.filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : entities[name] ?? whole);

/** The text of each paragraph of one part of a .docx (word/document.xml, a header, a footer), read from its XML. */
export async function docxParagraphs(bytes: Uint8Array, part = 'word/document.xml'): Promise<string[]> {
  const xml = await docxPart(bytes, part);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map(([tag, text]) => (tag === '<w:tab/>' ? '\t' : decodeXml(text!))).join(''),
  );
}

export async function docxPart(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`the .docx has no ${part}`);
  return file.async('string');
}

export async function docxPartNames(bytes: Uint8Array): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(bytes)).files);
}

/**
 * Whitespace as one space, so that text wrapped across lines compares with
 * text that was not; a word broken after its own hyphen ("self-\nemployed") is joined again.
 */
export const normalise = (text: string): string => text.replace(/(?<=\S-)\n/g, '').replace(/\s+/g, ' ').trim();

/**
 * Finds each needle after the one before it. Returns the first that is not
 * there in that order, with where the search stood, or null when all are.
 */
export function missingInOrder(haystack: string, needles: string[]): { needle: string; after: string } | null {
  let cursor = 0;
  for (const needle of needles) {
    const found = haystack.indexOf(needle, cursor);
    if (found < 0) return { needle, after: haystack.slice(Math.max(0, cursor - 80), cursor + 80) };
    cursor = found + needle.length;
  }
  return null;
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') (field += '"'), index++;
      else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') record.push(field), (field = '');
    else if (character === '\r' && text[index + 1] === '\n') {
      record.push(field), records.push(record), (record = []), (field = ''), index++;
    } else field += character;
  }
  if (field !== '' || record.length > 0) record.push(field), records.push(record);
  return records;
}
