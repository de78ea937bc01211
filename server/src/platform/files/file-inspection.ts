import { FileRejection } from './file-rejection.ts';

export type FileKind = 'pdf' | 'jpeg' | 'png';

export interface PixelSize {
  width: number;
  height: number;
}

export interface Inspection {
  kind: FileKind;
  /** Images only: the size the header declares, read without decoding. */
  pixels?: PixelSize;
}

/** Phone photos are 12–50 MP; a 50 000 × 50 000 "image" would need 10 GB to decode. */
export const MAX_PIXELS = 40_000_000;
export const MAX_SIDE = 10_000;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Recognises the type by its first bytes only: the client's name and MIME type are never trusted. */
export function detectKind(bytes: Buffer): FileKind {
  if (bytes.length === 0) throw new FileRejection('empty');
  // The header must open the file: a prefix before %PDF- is how PDF polyglots are built.
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  throw new FileRejection('not_allowed_type');
}

/** PNG: the IHDR chunk must come first and holds width and height as 32-bit big-endian. */
function readPngSize(bytes: Buffer): PixelSize {
  if (bytes.length < 24 || bytes.readUInt32BE(8) !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new FileRejection('unreadable');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** JPEG: walk the marker segments up to the first start-of-frame; the scan data is never touched. */
function readJpegSize(bytes: Buffer): PixelSize {
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) throw new FileRejection('unreadable');
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // scan or end before any frame header
    const length = bytes.readUInt16BE(offset + 2);
    if (length < 2) break;
    if (isStartOfFrame(marker)) {
      if (offset + 9 > bytes.length) break;
      const size = { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
      if (size.width === 0 || size.height === 0) break; // height from a DNL marker: not worth supporting
      return size;
    }
    offset += 2 + length;
  }
  throw new FileRejection('unreadable');
}

/** Type and, for images, declared dimensions, refused above the bounds before any decoder runs. */
export function inspectFile(bytes: Buffer): Inspection {
  const kind = detectKind(bytes);
  if (kind === 'pdf') return { kind };
  const pixels = kind === 'png' ? readPngSize(bytes) : readJpegSize(bytes);
  if (pixels.width === 0 || pixels.height === 0) throw new FileRejection('unreadable');
  if (pixels.width > MAX_SIDE || pixels.height > MAX_SIDE || pixels.width * pixels.height > MAX_PIXELS) {
    throw new FileRejection('too_many_pixels');
  }
  return { kind, pixels };
}
