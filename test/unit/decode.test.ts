import { describe, expect, it } from 'vitest';
import { decode, MAX_FILE_BYTES } from '../../shared/decode';

const text = 'Motion 1 – “Fair pay” £15\r\nFor: 54\rAgainst: 2\nCARRIED';
const expectedText = 'Motion 1 – “Fair pay” £15\nFor: 54\nAgainst: 2\nCARRIED';

function utf16(value: string, bigEndian: boolean): Uint8Array {
  const bytes = Buffer.from(value, 'utf16le');
  if (bigEndian) bytes.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), bytes]);
}

describe('decode', () => {
  it.each([
    ['utf-8', Buffer.from(text, 'utf8')],
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['utf-16le-bom', utf16(text, false)],
    ['utf-16be-bom', utf16(text, true)],
  ])('reads %s and turns CRLF and CR into LF', (encoding, bytes) => {
    expect(decode(bytes)).toEqual({ ok: true, encoding, text: expectedText });
  });

  it.each([
    ['utf-16le', false],
    ['utf-16be', true],
  ])('recognises %s text saved without a byte-order mark', (encoding, bigEndian) => {
    const bytes = utf16(text, bigEndian as boolean).subarray(2);
    expect(decode(bytes)).toEqual({ ok: true, encoding, text: expectedText });
  });

  it('reads Windows-1252 curly quotes, dashes and pound signs', () => {
    // “Fair pay” – £15 in Windows-1252.
    const bytes = Buffer.from([0x93, 0x46, 0x61, 0x69, 0x72, 0x94, 0x20, 0x96, 0x20, 0xa3, 0x31, 0x35, 0x80]);
    expect(decode(bytes)).toEqual({ ok: true, encoding: 'windows-1252', text: '“Fair” – £15€' });
  });

  it('reads an empty file as empty text', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: true, encoding: 'utf-8', text: '' });
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF/],
    ['a .docx (zip)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), /Word, Excel or zip/],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /PNG/],
    ['bytes with NULs', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x01, 0x02, 0x03]), /binary/],
    ['control characters', Buffer.from('ab\x01\x02\x03\x04\x05cd'), /binary/],
    ['a broken UTF-16 file', Buffer.from([0xff, 0xfe, 0x00, 0xd8]), /damaged/],
  ])('refuses %s with a clear message', (_what, bytes, message) => {
    const decoded = decode(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(message);
  });

  it('refuses a file larger than the limit before decoding it', () => {
    const decoded = decode(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(decoded).toEqual({ ok: false, message: 'The file is 20.0 MB (20,971,521 bytes); Tally Desk reads results files up to 20.0 MB (20,971,520 bytes).' });
  });
});
