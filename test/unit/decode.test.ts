import { describe, expect, it } from 'vitest';
import { decode, MAX_FILE_BYTES } from '../../shared/decode';
import { parse } from '../../shared/parse';

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

describe('decoding that tells the truth', () => {
  const utf8 = 'Motion 1 – Fair pay for all\n54 for; 2 against\nMotion 2 – Café hours\nCARRIED\n';

  it('keeps a UTF-8 file with one stray byte as UTF-8, the byte shown as U+FFFD', () => {
    const bytes = Buffer.from(utf8, 'utf8');
    const at = bytes.indexOf('54 for') + 1;
    const damaged = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
    const decoded = decode(damaged);
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8' });
    if (!decoded.ok) return;
    // Every dash and accent reads as written, not as “â€“”.
    expect(decoded.text).toContain('Motion 1 – Fair pay');
    expect(decoded.text).toContain('Café hours');
    expect(decoded.text.split('\n')[1]).toBe('5\uFFFD4 for; 2 against');
  });

  it('flags each line with an unreadable character, naming what to do', () => {
    const { diagnostics } = parse('Motion 1 – Fair pay\n5\uFFFD4 for; 2 against\nMotion 2 – Caf\uFFFD hours\nCARRIED\n');
    const damaged = diagnostics.filter((diagnostic) => diagnostic.code === 'unreadable-characters');
    expect(damaged.map((diagnostic) => [diagnostic.line, diagnostic.severity])).toEqual([[2, 'error'], [3, 'error']]);
    expect(damaged[0]!.message).toMatch(/could not be read.*Type what the original says/);
  });

  it('keeps a UTF-8 file with a byte-order mark and a stray byte as UTF-8, and one with as many good characters as bad', () => {
    const bom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café – 5', 'utf8'), Buffer.from([0x92])]));
    expect(bom).toEqual({ ok: true, encoding: 'utf-8-bom', text: 'Café – 5\uFFFD' });
    expect(decode(Buffer.concat([Buffer.from('Café', 'utf8'), Buffer.from([0x92])]))).toEqual({ ok: true, encoding: 'utf-8', text: 'Café\uFFFD' });
  });

  it('still reads a file that is Windows-1252 throughout as Windows-1252', () => {
    const bytes = Buffer.from('Motion 1 \x96 \x93Fair pay\x94 for \xa315\n54 for; 2 against\n', 'latin1');
    expect(decode(bytes)).toEqual({ ok: true, encoding: 'windows-1252', text: 'Motion 1 – “Fair pay” for £15\n54 for; 2 against\n' });
  });

  it('says a damaged UTF-16 file without a byte-order mark is damaged, without naming a mark it does not have', () => {
    const good = Buffer.from('Motion 1 – Fair pay\n54 for; 2 against\n'.repeat(4), 'utf16le');
    // A lone high surrogate: the text is broken in the middle.
    const damaged = Buffer.concat([good.subarray(0, 40), Buffer.from([0x00, 0xd8]), good.subarray(40)]);
    const decoded = decode(damaged);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.message).toMatch(/damaged/);
      expect(decoded.message).not.toMatch(/byte-order mark/);
    }
  });
});
