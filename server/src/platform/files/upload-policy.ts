import { AppError } from '../http/errors.ts';
import { inspectFile, type FileKind, type PixelSize } from './file-inspection.ts';
import { malwareScanner, ScannerUnavailable } from './malware-scanner.ts';
import { FileRejection } from './file-rejection.ts';
import { sanitizeImage } from './image-sanitizer.ts';
import { inspectPdf } from './pdf-inspection.ts';

export interface AcceptedUpload {
  kind: FileKind;
  /** For images, the re-encoded bytes: never store or serve the original. */
  bytes: Buffer;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  extension: 'pdf' | 'jpg' | 'png';
  pixels?: PixelSize;
}

const MAX_DISPLAY_NAME = 80;

/** The client's file name as it may appear in a message: last path segment, no control or bidi characters. */
export function displayFileName(filename: string): string {
  const base = filename.split(/[/\\]/).pop() ?? '';
  // \p{Cc} control, \p{Cf} format (bidi overrides that turn "gpj.exe" around), \p{Zl}\p{Zp} line breaks.
  const clean = base.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '').trim();
  const chars = [...clean];
  const shown = chars.length > MAX_DISPLAY_NAME ? `${chars.slice(0, MAX_DISPLAY_NAME - 1).join('')}…` : clean;
  return shown || '?';
}

async function sanitize(bytes: Buffer): Promise<AcceptedUpload> {
  const { kind } = inspectFile(bytes);
  if (kind === 'pdf') {
    await inspectPdf(bytes);
    return { kind, bytes, mime: 'application/pdf', extension: 'pdf' };
  }
  const image = await sanitizeImage(kind, bytes);
  return kind === 'jpeg'
    ? { kind, bytes: image.bytes, mime: 'image/jpeg', extension: 'jpg', pixels: image.pixels }
    : { kind, bytes: image.bytes, mime: 'image/png', extension: 'png', pixels: image.pixels };
}

/**
 * The one gate every uploaded document passes: PDF, JPEG or PNG by content, within the size limit, scanned
 * for malware (when CLAMD_SOCKET is set), images re-encoded without metadata, PDFs without active content. Refusals name the file and the reason.
 */
export async function acceptUpload(input: { filename: string; bytes: Buffer; maxBytes: number }): Promise<AcceptedUpload> {
  const file = displayFileName(input.filename);
  if (input.bytes.length > input.maxBytes) {
    throw new AppError('files.too_large', 413, { file, maxMb: Math.round((input.maxBytes / (1024 * 1024)) * 10) / 10 });
  }
  // The file as it came, before anything parses it; nothing is stored unscanned while a scanner is configured.
  const scanner = malwareScanner();
  if (scanner) {
    const verdict = await scanner.scan(input.bytes).catch((error: unknown) => {
      if (error instanceof ScannerUnavailable) throw new AppError('files.scan_unavailable', 503);
      throw error;
    });
    if (verdict.infected) throw new AppError('files.infected', 422, { file });
  }
  try {
    return await sanitize(input.bytes);
  } catch (error) {
    if (error instanceof FileRejection) throw new AppError('files.rejected', 400, { file, reason: `reason:${error.reason}` });
    throw error;
  }
}
