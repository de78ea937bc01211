import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

// The notice is set in Noto Sans SC (SIL Open Font License 1.1), shipped by the npm package
// @expo-google-fonts/noto-sans-sc as TrueType files: nothing is downloaded at run time.

type PdfFontkit = Parameters<PDFDocument['registerFontkit']>[0];
type PdfFont = ReturnType<PdfFontkit['create']>;

const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type NoticeFontWeight = keyof typeof FONT_FILES;

const require = createRequire(import.meta.url);
const loaded = new Map<NoticeFontWeight, Promise<Uint8Array>>();

/** The font file's bytes, read once per process (about 10 MB each); pdf-lib embeds only the glyphs used. */
export function noticeFontBytes(weight: NoticeFontWeight): Promise<Uint8Array> {
  let bytes = loaded.get(weight);
  if (!bytes) {
    bytes = readFile(require.resolve(FONT_FILES[weight])).then((buffer) => new Uint8Array(buffer));
    loaded.set(weight, bytes);
    bytes.catch(() => loaded.delete(weight));
  }
  return bytes;
}

const parsed = new WeakMap<Uint8Array, PdfFont>();

/**
 * pdf-lib expects the API of its own fontkit fork, whose subsetter loses glyphs of CJK fonts (composite
 * glyphs come out blank). fontkit 2 subsets them correctly; this adapter gives its subset the stream
 * interface pdf-lib reads, and parses each font file once.
 */
export const noticeFontkit: PdfFontkit = {
  create(bytes) {
    const cached = parsed.get(bytes);
    if (cached) return cached;
    const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as fontkit.Font;
    const createSubset = font.createSubset.bind(font);
    const adapted = Object.assign(font, {
      createSubset: () => {
        const subset = createSubset();
        return Object.assign(subset, {
          encodeStream: () => {
            const stream = new EventEmitter();
            queueMicrotask(() => {
              try {
                stream.emit('data', subset.encode());
                stream.emit('end');
              } catch (error) {
                stream.emit('error', error);
              }
            });
            return stream;
          },
        });
      },
    }) as unknown as PdfFont;
    parsed.set(bytes, adapted);
    return adapted;
  },
};
