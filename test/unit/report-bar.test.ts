import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { barPainter, barPixels, barSegments } from '../../shared/report/bar';
import { imageSize } from '../../shared/report/image';
import { encodePng } from '../../shared/report/png';

/** Decodes an 8-bit RGB PNG with Node's own zlib, checking every chunk's length and type on the way. */
function decodePng(bytes: Uint8Array): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = imageSize(bytes, 'image/png')!;
  let offset = 8;
  const idat: Uint8Array[] = [];
  const types: string[] = [];
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    types.push(type);
    if (type === 'IDAT') idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
  const raw = inflateSync(Buffer.concat(idat)); // also checks the Adler-32 sum
  expect(raw.length).toBe(size.height * (1 + size.width * 3));
  return { ...size, pixel: (x, y) => [...raw.subarray(y * (1 + size.width * 3) + 1 + x * 3, y * (1 + size.width * 3) + 4 + x * 3)] };
}

describe('encodePng', () => {
  it('writes a PNG that zlib and a reader decode to the same pixels', () => {
    const png = decodePng(encodePng(5, 3, (x, y) => [x * 50, y * 100, 7]));
    expect([png.width, png.height]).toEqual([5, 3]);
    expect(png.pixel(0, 0)).toEqual([0, 0, 7]);
    expect(png.pixel(4, 2)).toEqual([200, 200, 7]);
  });
  it('splits a picture larger than one stored block', () => {
    const png = decodePng(encodePng(200, 120, (x) => [x, 0, 0]));
    expect(png.pixel(199, 119)).toEqual([199, 0, 0]);
  });
});

describe('the bar', () => {
  it('is split in the shares of the counts', () => {
    expect(barSegments({ for: 30, against: 10, abstain: 0 })).toEqual([{ part: 'for', share: 0.75 }, { part: 'against', share: 0.25 }]);
    expect(barSegments({ for: null, against: null, abstain: null })).toEqual([]);
    expect(barSegments({ for: 0, against: 0, abstain: 0 })).toEqual([]);
  });
  it('is drawn in green, red and grey at those shares', () => {
    const paint = barPainter();
    const bytes = paint(barSegments({ for: 60, against: 30, abstain: 30 }));
    expect(paint(barSegments({ for: 2, against: 1, abstain: 1 }))).toBe(bytes); // the same split, made once
    const png = decodePng(bytes);
    expect([png.width, png.height]).toEqual([barPixels.width, barPixels.height]);
    const at = (x: number) => png.pixel(x, 0);
    expect(at(0)).toEqual([0x1b, 0x5e, 0x20]);
    expect(at(59)).toEqual([0x1b, 0x5e, 0x20]);
    expect(at(60)).toEqual([0xa4, 0x16, 0x1a]);
    expect(at(89)).toEqual([0xa4, 0x16, 0x1a]);
    expect(at(90)).toEqual([0x8a, 0x92, 0x9e]);
    expect(at(barPixels.width - 1)).toEqual([0x8a, 0x92, 0x9e]);
  });
});
