import { z } from 'zod';

export const Encoding = z.enum(['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'utf-16be', 'windows-1252']);
export type Encoding = z.infer<typeof Encoding>;

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; message: string };

/** Larger files are refused before they are read: no real results file comes near this. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const signatures: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document; open it, copy its text and save that as a plain-text file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a Word, Excel or zip file; save it as plain text (.txt) first' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old-style Word or Excel file; save it as plain text (.txt) first' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document; save it as plain text (.txt) first' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Turns all line endings (CRLF, CR, LF) into LF, so that a line number means the same everywhere. */
export function normaliseNewlines(text: string): string {
  // Most texts have none: looking is much quicker than a replace that finds nothing, at every keystroke.
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Share of characters that no text file contains: C0 controls other than tab, LF, CR and form feed. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) controls++;
  }
  return controls / text.length;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €).
 * Decoded by hand: some runtimes' TextDecoder treats the label as Latin-1.
 * Bytes that Windows-1252 leaves undefined keep their Latin-1 value.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

/**
 * UTF-16 text saved without a byte-order mark: mostly ASCII, so every other
 * byte is zero. Binary files have zeros too, but not in such a regular pattern.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096);
  const sample = bytes.subarray(0, length - (length % 2));
  if (sample.length < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] === 0) index % 2 === 0 ? evenZeros++ : oddZeros++;
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes to text. UTF-8 (with or without BOM), UTF-16 with a BOM or without,
 * else Windows-1252, which is what older Windows programs write, when the file
 * as a whole reads that way. Binary input is refused with a message that says
 * what the file seems to be.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, message: tooLarge(bytes.length) };
  }
  const known = signatures.find((signature) => startsWith(bytes, signature.bytes));
  if (known) return { ok: false, message: `This is not a text file: it looks like ${known.what}.` };

  const candidates: [Encoding, () => string | null][] = [];
  const bomlessUtf16 = utf16WithoutBom(bytes);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) candidates.push(['utf-8-bom', () => new TextDecoder('utf-8').decode(bytes.subarray(3))]);
  else if (startsWith(bytes, [0xff, 0xfe])) candidates.push(['utf-16le-bom', () => decodeWith('utf-16le', bytes.subarray(2))]);
  else if (startsWith(bytes, [0xfe, 0xff])) candidates.push(['utf-16be-bom', () => decodeWith('utf-16be', bytes.subarray(2))]);
  else if (bomlessUtf16) candidates.push([bomlessUtf16, () => decodeWith(bomlessUtf16, bytes)]);
  else if (readsAsWindows1252(bytes)) candidates.push(['windows-1252', () => decodeWindows1252(bytes)]);
  // A UTF-8 file with a few bad bytes stays UTF-8: they show as U+FFFD, and the reader flags their lines.
  else candidates.push(['utf-8', () => new TextDecoder('utf-8').decode(bytes)]);

  for (const [encoding, attempt] of candidates) {
    const text = attempt();
    if (text === null) continue;
    if (text.includes('\u0000') || controlShare(text) > 0.02) {
      return { ok: false, message: 'This is not a text file: it contains binary data. Open a plain-text (.txt) results file.' };
    }
    return { ok: true, text: normaliseNewlines(text), encoding };
  }
  const named = startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  return {
    ok: false,
    message: named
      ? 'The text in this file is damaged: it is not valid in the encoding its byte-order mark names.'
      : 'The text in this file is damaged: it looks like UTF-16 text, but some of its characters are broken. Save it again from the program that made it.',
  };
}

/**
 * Whether bytes that are not all valid UTF-8 are Windows-1252 text: no byte
 * above 0x7F that starts a valid UTF-8 sequence, or more bytes that break UTF-8
 * than sequences that keep it. One stray byte in a UTF-8 file full of dashes and
 * accents is damage, not a sign that the whole file is in another encoding.
 */
function readsAsWindows1252(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let continued = length > 0 && index + length <= bytes.length;
    for (let next = 1; continued && next < length; next++) continued = (bytes[index + next]! & 0xc0) === 0x80;
    if (continued) {
      valid++;
      index += length;
    } else {
      invalid++;
      index++;
    }
  }
  return invalid > 0 && invalid > valid;
}

/** The message for a file over the size limit, given its size in bytes. */
export function tooLarge(size: number): string {
  return `The file is ${megabytes(size)} (${size.toLocaleString('en-GB')} bytes); Tally Desk reads results files up to ${megabytes(MAX_FILE_BYTES)} (${MAX_FILE_BYTES.toLocaleString('en-GB')} bytes).`;
}

function megabytes(size: number): string {
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}
