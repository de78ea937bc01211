import sharp from 'sharp';
import { MAX_PIXELS, type PixelSize } from './file-inspection.ts';
import { FileRejection } from './file-rejection.ts';

/** Longest side kept: documents stay legible on a reviewer's screen at a tenth of a phone photo's bytes. */
export const MAX_OUTPUT_SIDE = 4000;
const JPEG_QUALITY = 85;

export interface SanitizedImage {
  bytes: Buffer;
  pixels: PixelSize;
}

/**
 * Decodes and re-encodes the image, so that nothing of the upload survives but its pixels: EXIF (GPS,
 * camera serial), XMP, ICC, comments and anything appended after the image data are all dropped.
 */
export async function sanitizeImage(kind: 'jpeg' | 'png', bytes: Buffer): Promise<SanitizedImage> {
  // Second guard behind the header check; failOn 'error' also refuses truncated files.
  const pipeline = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error', sequentialRead: true })
    // Turn the pixels as the EXIF orientation says before that tag is dropped, or photos end up sideways.
    .autoOrient()
    .resize({ width: MAX_OUTPUT_SIDE, height: MAX_OUTPUT_SIDE, fit: 'inside', withoutEnlargement: true });
  const encoded = kind === 'jpeg' ? pipeline.jpeg({ quality: JPEG_QUALITY }) : pipeline.png();
  try {
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { bytes: data, pixels: { width: info.width, height: info.height } };
  } catch {
    throw new FileRejection('unreadable');
  }
}
