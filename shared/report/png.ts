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

function writeUint32(target: Uint8Array, offset: number, value: number): void {
  target[offset] = (value >>> 24) & 0xff;
  target[offset + 1] = (value >>> 16) & 0xff;
  target[offset + 2] = (value >>> 8) & 0xff;
  target[offset + 3] = value & 0xff;
}

/** A chunk: its length, its type and data, and the CRC of those two. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.length);
  writeUint32(bytes, 0, data.length);
  for (let index = 0; index < 4; index++) bytes[4 + index] = type.charCodeAt(index);
  bytes.set(data, 8);
  writeUint32(bytes, 8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
  return bytes;
}

/** A zlib stream of stored (uncompressed) deflate blocks of at most 65,535 bytes each. */
function storedZlib(data: Uint8Array): Uint8Array {
  const blockCount = Math.max(1, Math.ceil(data.length / 0xffff));
  const stream = new Uint8Array(2 + blockCount * 5 + data.length + 4);
  stream.set([0x78, 0x01]);
  let offset = 2;
  for (let block = 0; block < blockCount; block++) {
    const part = data.subarray(block * 0xffff, (block + 1) * 0xffff);
    stream.set([block === blockCount - 1 ? 1 : 0, part.length & 0xff, part.length >>> 8, ~part.length & 0xff, (~part.length >>> 8) & 0xff], offset);
    stream.set(part, offset + 5);
    offset += 5 + part.length;
  }
  writeUint32(stream, offset, adler32(data));
  return stream;
}

export type Rgb = readonly [number, number, number];

const signature = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG whose pixel at (x, y) has the colour `pixel(x, y)`. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Uint8Array {
  const header = new Uint8Array(13);
  writeUint32(header, 0, width);
  writeUint32(header, 4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rowLength = 1 + width * 3; // each row starts with filter type 0
  const raw = new Uint8Array(height * rowLength);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * rowLength + 1 + x * 3);
  }
  const parts = [signature, chunk('IHDR', header), chunk('IDAT', storedZlib(raw)), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  parts.reduce((offset, part) => (png.set(part, offset), offset + part.length), 0);
  return png;
}
