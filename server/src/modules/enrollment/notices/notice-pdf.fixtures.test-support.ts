import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import sharp from 'sharp';

// Reading a PDF back as a person's tools would: its text (pdftotext) and its first page as pixels
// (pdftoppm, both from poppler-utils), with the QR code decoded from the pixels of the last page.

const run = promisify(execFile);

export interface ReadPdf {
  text: string;
  /** What the QR code on the last page says, or null when no code could be decoded. */
  qr: string | null;
  pages: number;
}

export async function readPdf(pdf: Buffer, dpi = 100): Promise<ReadPdf> {
  const dir = await mkdtemp(join(tmpdir(), 'notice-'));
  try {
    const file = join(dir, 'notice.pdf');
    await writeFile(file, pdf);
    const { stdout: text } = await run('pdftotext', ['-layout', file, '-']);
    await run('pdftoppm', ['-png', '-r', String(dpi), file, join(dir, 'page')]);
    const pngs = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
    const { data, info } = await sharp(join(dir, pngs.at(-1)!))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
    return { text, qr: code?.data ?? null, pages: pngs.length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
