import type { Logo } from './model';

/** The largest logo accepted: a masthead image needs no more, and the report carries it in every output. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** A logo from an image file's bytes, known by its contents rather than its name; or why it cannot be one. */
export function logoFrom(bytes: Uint8Array): { mediaType: Logo['mediaType'] } | string {
  const mediaType = bytes[0] === 0x89 && bytes[1] === 0x50 ? 'image/png' : bytes[0] === 0xff && bytes[1] === 0xd8 ? 'image/jpeg' : null;
  if (!mediaType || !imageSize(bytes, mediaType)) return 'is not a PNG or JPEG image.';
  if (bytes.length > MAX_LOGO_BYTES) return 'is larger than 2 MB; use a smaller image.';
  return { mediaType };
}

/** The logo's bytes, decoded from base64 without Node's Buffer so this runs in the renderer too. */
export function logoBytes(logo: Logo): Uint8Array {
  return Uint8Array.from(atob(logo.base64), (character) => character.charCodeAt(0));
}

/**
 * Width and height in pixels, read from a PNG's IHDR or a JPEG's start-of-frame
 * marker; null when the bytes are not the image they claim to be.
 */
export function imageSize(bytes: Uint8Array, mediaType: Logo['mediaType']): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mediaType === 'image/png') {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
    // A PNG cut short has no end chunk: its picture would be a blank.
    if (!endsWith(bytes, [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82])) return null;
    return sized(view.getUint32(16), view.getUint32(20));
  }
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8 || !endsWith(bytes, [0xff, 0xd9])) return null;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    const length = view.getUint16(offset + 2);
    // SOF0 to SOF15 hold the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return sized(view.getUint16(offset + 7), view.getUint16(offset + 5));
    }
    offset += 2 + length;
  }
  return null;
}

const endsWith = (bytes: Uint8Array, tail: number[]) => tail.every((byte, index) => bytes[bytes.length - tail.length + index] === byte);

/** An image with no area cannot be placed on a page. */
const sized = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : null);
