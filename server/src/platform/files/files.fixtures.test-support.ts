/** Test inputs built at run time, so that no binary fixture is committed. Used by the *.test.ts beside it. */
import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import sharp, { type Exif } from 'sharp';

export async function makeJpeg(options: { width?: number; height?: number; exif?: Exif; orientation?: number } = {}): Promise<Buffer> {
  const { width = 64, height = 48 } = options;
  // Noise, not a flat colour, so that the scan data is long enough to truncate meaningfully.
  let image = sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } });
  if (options.exif) image = image.withExif(options.exif);
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  return image.jpeg({ quality: 90 }).toBuffer();
}

export const GPS_EXIF: Exif = {
  IFD0: { Make: 'FixtureCam' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '29/1 33/1 36/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 33/1 0/1' },
};

export function makePng(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 20, g: 120, b: 200, alpha: 0.5 } } })
    .png()
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A well-formed PNG header declaring the given size, with a token IDAT: decoding it would need gigabytes. */
export function makePngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(Buffer.alloc(64))), pngChunk('IEND', Buffer.alloc(0))]);
}

/** Rewrites the frame header of a real JPEG to declare another size. */
export function withJpegSize(jpeg: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(jpeg);
  for (let offset = 2; offset < copy.length; offset += 2 + copy.readUInt16BE(offset + 2)) {
    if (copy[offset + 1] === 0xc0 || copy[offset + 1] === 0xc2) {
      copy.writeUInt16BE(height, offset + 5);
      copy.writeUInt16BE(width, offset + 7);
      return copy;
    }
  }
  throw new Error('no frame header');
}

/** A one-page PDF made by pdf-lib (which packs objects into compressed object streams), changed by `modify`. */
export async function makePdf(modify?: (doc: PDFDocument) => void | Promise<void>): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText('Hukou register, page 1', { x: 20, y: 100, size: 10 });
  await modify?.(doc);
  return Buffer.from(await doc.save());
}

export const withJavaScriptOpenAction = (doc: PDFDocument) => {
  const action = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
};

export const withLaunchLink = (doc: PDFDocument) => {
  const action = doc.context.obj({ S: 'Launch', F: PDFString.of('C:\\Windows\\System32\\calc.exe') });
  const link = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 100, 100], A: action });
  doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
};

export const withAttachment = (doc: PDFDocument) => doc.attach(Buffer.from('MZ payload'), 'payload.exe', { mimeType: 'application/octet-stream' });

/** Page tree of a minimal valid document: objects 1 (catalog), 2 (pages), 3 (page). */
export const PAGE_TREE: Array<[number, string]> = [
  [1, '<< /Type /Catalog /Pages 2 0 R >>'],
  [2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
  [3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'],
];

/** A PDF written by hand, object by object (a later object with the same number is a newer revision). */
export function makeRawPdf(objects: Array<[number, string | Buffer]>, trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = new Map<number, number>();
  let length = parts[0]!.length;
  for (const [id, body] of objects) {
    const part = Buffer.concat([Buffer.from(`${id} 0 obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]);
    offsets.set(id, length);
    parts.push(part);
    length += part.length;
  }
  const size = Math.max(...offsets.keys()) + 1;
  const rows = Array.from({ length: size }, (_, id) => (offsets.has(id) ? `${String(offsets.get(id)).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n'));
  const trailer = `xref\n0 ${size}\n${rows.join('')}trailer\n<< /Size ${size} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(trailer, 'latin1')]);
}

/** An object stream holding `objects`, compressed, so that their names are invisible in the raw bytes. */
export function objectStream(objects: Array<[number, string]>, inflated?: Buffer): Buffer {
  let header = '';
  let body = '';
  for (const [id, text] of objects) {
    header += `${id} ${body.length} `;
    body += `${text}\n`;
  }
  const plain = inflated ?? Buffer.from(header + body, 'latin1');
  const data = deflateSync(plain);
  const dict = `<< /Type /ObjStm /N ${objects.length} /First ${header.length} /Filter /FlateDecode /Length ${data.length} >>\nstream\n`;
  return Buffer.concat([Buffer.from(dict, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}
