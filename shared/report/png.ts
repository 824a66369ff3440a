/**
 * A small PNG encoder for the Word report's bars: RGB pixels, stored without
 * compression (the .docx zip compresses them), so it needs no zlib and runs
 * in the renderer as well as in Node.
 */
const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const bigEndian = (value: number) => [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];

function chunk(type: string, data: Uint8Array): number[] {
  const body = Uint8Array.from([...type].map((character) => character.charCodeAt(0)).concat([...data]));
  return [...bigEndian(data.length), ...body, ...bigEndian(crc32(body))];
}

/** A zlib stream of stored (uncompressed) deflate blocks. */
function storedZlib(data: Uint8Array): Uint8Array {
  const blocks: number[] = [0x78, 0x01];
  for (let start = 0; start < data.length || start === 0; start += 0xffff) {
    const block = data.subarray(start, start + 0xffff);
    const final = start + 0xffff >= data.length ? 1 : 0;
    blocks.push(final, block.length & 0xff, block.length >>> 8, ~block.length & 0xff, (~block.length >>> 8) & 0xff, ...block);
  }
  return Uint8Array.from([...blocks, ...bigEndian(adler32(data))]);
}

export type Rgb = readonly [number, number, number];

/** A PNG whose pixel at (x, y) has the colour `pixel(x, y)`. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Uint8Array {
  const header = Uint8Array.from([...bigEndian(width), ...bigEndian(height), 8, 2, 0, 0, 0]); // 8-bit RGB
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3); // each row starts with filter type 0
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 3);
  }
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return Uint8Array.from([...signature, ...chunk('IHDR', header), ...chunk('IDAT', storedZlib(raw)), ...chunk('IEND', new Uint8Array())]);
}
