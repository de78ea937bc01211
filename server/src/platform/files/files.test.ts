import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickLocale } from '../../../../common/locales.ts';
import { registerErrorHandling } from '../http/error-handler.ts';
import { AppError } from '../http/errors.ts';
import { fileRejectionReasons } from '../i18n/error-messages.ts';
import { inspectFile, MAX_PIXELS, MAX_SIDE } from './file-inspection.ts';
import { createDiskFileStore } from './file-store.ts';
import { GPS_EXIF, makeJpeg, makePdf, makePng, makePngHeader, withJavaScriptOpenAction, withJpegSize } from './files.fixtures.test-support.ts';
import { MAX_OUTPUT_SIDE } from './image-sanitizer.ts';
import { acceptUpload, displayFileName } from './upload-policy.ts';

const MB = 1024 * 1024;
const accept = (filename: string, bytes: Buffer, maxBytes = 10 * MB) => acceptUpload({ filename, bytes, maxBytes });

/** The refusal an upload gets, as code, status and params (or null when accepted). */
async function refusal(filename: string, bytes: Buffer, maxBytes = 10 * MB) {
  try {
    await accept(filename, bytes, maxBytes);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, status: error.statusCode, params: error.params };
  }
}

/** True when the EXIF block's first IFD points to a GPS IFD (tag 0x8825). */
function hasGpsIfd(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const tiff = exif.subarray(exif.indexOf('II*\0') >= 0 ? exif.indexOf('II*\0') : exif.indexOf('MM\0*'));
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const ifd = little ? tiff.readUInt32LE(4) : tiff.readUInt32BE(4);
  for (let i = 0; i < u16(ifd); i += 1) if (u16(ifd + 2 + i * 12) === 0x8825) return true;
  return false;
}

describe('recognising files by content', () => {
  it('refuses a PHP script named photo.jpg, and GIF and WebP images, as not allowed types', async () => {
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#f00' } })
      .gif()
      .toBuffer();
    const webp = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#f00' } })
      .webp()
      .toBuffer();
    for (const [name, bytes] of [
      ['photo.jpg', Buffer.from('<?php echo 1; ?>')],
      ['scan.png', gif],
      ['scan.jpg', webp],
    ] as const) {
      expect(await refusal(name, bytes)).toEqual({ code: 'files.rejected', status: 400, params: { file: name, reason: 'reason:not_allowed_type' } });
    }
  });

  it('refuses an empty file', async () => {
    expect((await refusal('empty.pdf', Buffer.alloc(0)))?.params.reason).toBe('reason:empty');
  });

  it('refuses an oversized file with 413 before looking inside, naming the file and the limit', async () => {
    const png = await makePng(32, 32);
    expect(await refusal('big.png', png, png.length - 1)).toEqual({
      code: 'files.too_large',
      status: 413,
      params: { file: 'big.png', maxMb: Math.round(((png.length - 1) / MB) * 10) / 10 },
    });
    expect(await refusal('fits.png', png, png.length)).toBeNull();
  });

  it('reads image dimensions from the header and refuses a 50 000 × 50 000 PNG before decoding', async () => {
    expect(inspectFile(await makePng(30, 20))).toEqual({ kind: 'png', pixels: { width: 30, height: 20 } });
    expect(inspectFile(await makeJpeg({ width: 33, height: 17 }))).toEqual({ kind: 'jpeg', pixels: { width: 33, height: 17 } });
    // Only the header check can give this reason: a decoder would fail as 'unreadable' (there is no pixel data).
    expect((await refusal('bomb.png', makePngHeader(50_000, 50_000)))?.params.reason).toBe('reason:too_many_pixels');
    expect((await refusal('wide.png', makePngHeader(MAX_SIDE + 1, 10)))?.params.reason).toBe('reason:too_many_pixels');
    expect((await refusal('bomb.jpg', withJpegSize(await makeJpeg(), 60_000, 60_000)))?.params.reason).toBe('reason:too_many_pixels');
    expect((await refusal('ok-header.png', makePngHeader(100, 100)))?.params.reason).toBe('reason:unreadable');
  });

  it('refuses a truncated JPEG and a PNG cut inside its header as unreadable', async () => {
    const jpeg = await makeJpeg({ width: 200, height: 150 });
    expect(await refusal('whole.jpg', jpeg)).toBeNull();
    expect((await refusal('cut.jpg', jpeg.subarray(0, Math.floor(jpeg.length * 0.6))))?.params.reason).toBe('reason:unreadable');
    expect((await refusal('cut-header.jpg', jpeg.subarray(0, 40)))?.params.reason).toBe('reason:unreadable');
    expect((await refusal('cut.png', (await makePng(10, 10)).subarray(0, 20)))?.params.reason).toBe('reason:unreadable');
  });
});

describe('sanitising images', () => {
  it('drops EXIF, GPS included, from a JPEG photo', async () => {
    const photo = await makeJpeg({ exif: GPS_EXIF });
    expect(hasGpsIfd((await sharp(photo).metadata()).exif)).toBe(true);
    const accepted = await accept('IMG_0001.JPG', photo);
    expect(accepted).toMatchObject({ kind: 'jpeg', mime: 'image/jpeg', extension: 'jpg', pixels: { width: 64, height: 48 } });
    const after = await sharp(accepted.bytes).metadata();
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(accepted.bytes.includes('FixtureCam')).toBe(false);
  });

  it('turns the pixels as the EXIF orientation says before dropping the tag', async () => {
    const accepted = await accept('sideways.jpg', await makeJpeg({ width: 40, height: 20, orientation: 6 }));
    expect(accepted.pixels).toEqual({ width: 20, height: 40 });
    expect((await sharp(accepted.bytes).metadata()).orientation).toBeUndefined();
  });

  it('keeps a PNG a PNG (with its transparency) and caps the longest side', async () => {
    const accepted = await accept('scan.png', await makePng(MAX_OUTPUT_SIDE + 1000, 100));
    expect(accepted).toMatchObject({ kind: 'png', mime: 'image/png', extension: 'png' });
    const after = await sharp(accepted.bytes).metadata();
    expect([after.format, after.width, after.hasAlpha]).toEqual(['png', MAX_OUTPUT_SIDE, true]);
    expect(accepted.pixels).toEqual({ width: MAX_OUTPUT_SIDE, height: 80 });
  });

  it('drops anything appended after the image data (a JPEG/PHP polyglot)', async () => {
    const polyglot = Buffer.concat([await makeJpeg(), Buffer.from('<?php system($_GET["c"]); ?>')]);
    expect((await accept('photo.jpg', polyglot)).bytes.includes('<?php')).toBe(false);
  });
});

describe('naming the file in messages', () => {
  it('shows the last path segment without control or bidi characters, at most 80 characters', () => {
    expect(displayFileName('C:\\Users\\me\\..\\户口簿.pdf')).toBe('户口簿.pdf');
    expect(displayFileName('../../etc/passwd')).toBe('passwd');
    expect(displayFileName('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
    expect(displayFileName('a\r\nb\u0000.png')).toBe('ab.png');
    expect([...displayFileName(`${'长'.repeat(200)}.jpg`)]).toHaveLength(80);
    expect(displayFileName('\u0007')).toBe('?');
  });

  it('renders refusals in the caller language with the reason worded for it', async () => {
    const app = Fastify();
    app.decorateRequest('locale', 'zh-CN');
    app.addHook('onRequest', async (request) => {
      request.locale = pickLocale(request.headers['accept-language']);
    });
    registerErrorHandling(app);
    app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    app.post('/upload', async (request) => {
      await accept(String(request.headers['x-file-name']), request.body as Buffer, MB / 2);
      return { ok: true };
    });
    const upload = (name: string, body: Buffer, language: string) =>
      app.inject({
        method: 'POST',
        url: '/upload',
        payload: body,
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': name, 'accept-language': language },
      });

    const php = await upload('photo.jpg', Buffer.from('<?php echo 1; ?>'), 'en-US');
    expect(php.statusCode).toBe(400);
    expect(php.json().error).toEqual({
      code: 'files.rejected',
      message: `The file "photo.jpg" was refused: ${fileRejectionReasons.not_allowed_type['en-US']}`,
    });
    const phpZh = await upload('photo.jpg', Buffer.from('<?php echo 1; ?>'), 'zh-CN');
    expect(phpZh.json().error.message).toBe(`文件「photo.jpg」未通过检查：${fileRejectionReasons.not_allowed_type['zh-CN']}`);
    const named = await upload('reason:empty', Buffer.from('GIF89a'), 'en-US');
    expect(named.json().error.message).toBe(`The file "reason:empty" was refused: ${fileRejectionReasons.not_allowed_type['en-US']}`);
    const big = await upload('big.pdf', Buffer.alloc(MB / 2 + 1, 1), 'en-US');
    expect([big.statusCode, big.json().error.message]).toEqual([413, 'The file "big.pdf" is larger than 0.5 MB']);
    await app.close();
  });

  it('words the pixel bound as the code enforces it', () => {
    expect(fileRejectionReasons.too_many_pixels['en-US']).toContain(`${MAX_PIXELS / 1_000_000} megapixels`);
    expect(fileRejectionReasons.too_many_pixels['en-US']).toContain(MAX_SIDE.toLocaleString('en-US').replace(',', ' '));
    expect(fileRejectionReasons.too_many_pixels['zh-CN']).toContain(`${MAX_PIXELS / 10_000} 万像素`);
  });
});

describe('disk file store', () => {
  let dataDir: string;
  const dataKey = Buffer.alloc(32, 9);
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'files-test-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('stores under a random server-made name, encrypted, and gives the bytes back', async () => {
    const store = createDiskFileStore({ dataDir, dataKey });
    const pdf = await makePdf();
    const stored = await store.put(pdf, { mime: 'application/pdf' });
    const now = new Date();
    const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    expect(stored.storageKey).toMatch(new RegExp(`^${month}/[0-9a-f]{32}$`));
    expect(stored.size).toBe(pdf.length);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);

    const path = join(dataDir, 'files', ...stored.storageKey.split('/'));
    const onDisk = await readFile(path);
    expect(onDisk.includes(pdf.subarray(0, 64))).toBe(false);
    expect(onDisk.includes('%PDF')).toBe(false);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(join(path, '..'))).toEqual([stored.storageKey.split('/')[2]]); // no temp file left
    expect((await store.get(stored.storageKey)).equals(pdf)).toBe(true);

    const second = await store.put(pdf, { mime: 'application/pdf' });
    expect(second.storageKey).not.toBe(stored.storageKey);
    expect(second.sha256).toBe(stored.sha256);
  });

  it('will not open a file with another key, nor one moved under another name', async () => {
    const store = createDiskFileStore({ dataDir, dataKey });
    const a = await store.put(Buffer.from('first'), { mime: 'text/plain' });
    const b = await store.put(Buffer.from('second'), { mime: 'text/plain' });
    await expect(createDiskFileStore({ dataDir, dataKey: Buffer.alloc(32, 1) }).get(a.storageKey)).rejects.toThrow();
    const pathOf = (key: string) => join(dataDir, 'files', ...key.split('/'));
    await writeFile(pathOf(b.storageKey), await readFile(pathOf(a.storageKey)));
    await expect(store.get(b.storageKey)).rejects.toThrow();
  });

  it('deletes, idempotently, and refuses keys that are not its own names', async () => {
    const store = createDiskFileStore({ dataDir, dataKey });
    const stored = await store.put(await makePdf(withJavaScriptOpenAction), { mime: 'application/pdf' });
    await store.delete(stored.storageKey);
    await expect(store.get(stored.storageKey)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(store.delete(stored.storageKey)).resolves.toBeUndefined();
    for (const key of ['../../etc/passwd', '2026/11/../../x', `2026/11/${'A'.repeat(32)}`, 'photo.jpg']) {
      await expect(store.get(key)).rejects.toThrow('Invalid storage key');
    }
  });
});
