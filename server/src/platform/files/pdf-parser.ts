import { inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFName, PDFParser, PDFRawStream, type PDFContext, type PDFDict, type PDFStream } from 'pdf-lib';
import { FileRejection } from './file-rejection.ts';

/** Object streams of real documents decode to a few MB at most; a deflate bomb decodes to gigabytes. */
export const MAX_DECODED_OBJECT_STREAM_BYTES = 16 * 1024 * 1024;
const CHUNK = 64 * 1024;

/**
 * pdf-lib's parser, except that object and cross-reference streams, which it inflates while parsing and
 * without limit, are first decoded here against a shared budget. Their decoded bodies are kept for the
 * lexical scan.
 */
class BoundedPdfParser extends PDFParser {
  readonly decodedObjectStreams: Uint8Array[] = [];
  private decodedBytes = 0;

  protected override parseDictOrStream(): PDFDict | PDFStream {
    const object = super.parseDictOrStream();
    if (!(object instanceof PDFRawStream)) return object;
    // The same test pdf-lib applies right after this returns, so exactly the streams it will inflate.
    const type = object.dict.lookup(PDFName.of('Type'));
    if (type === PDFName.of('ObjStm') || type === PDFName.of('XRef')) {
      const body = this.decodeWithinBudget(object);
      if (type === PDFName.of('ObjStm')) this.decodedObjectStreams.push(body);
    }
    return object;
  }

  private decodeWithinBudget(raw: PDFRawStream): Uint8Array {
    const body = this.inflateNatively(raw) ?? this.decodeInChunks(raw);
    this.decodedBytes += body.length;
    if (this.decodedBytes > MAX_DECODED_OBJECT_STREAM_BYTES) throw new FileRejection('unreadable');
    return body;
  }

  /** Plain Flate (nearly every object stream) through zlib: bounded and fast. Undefined when zlib balks. */
  private inflateNatively(raw: PDFRawStream): Uint8Array | undefined {
    if (raw.dict.lookup(PDFName.of('Filter')) !== PDFName.of('FlateDecode')) return undefined;
    const remaining = MAX_DECODED_OBJECT_STREAM_BYTES - this.decodedBytes;
    try {
      return inflateSync(raw.contents, { maxOutputLength: Math.max(1, remaining) });
    } catch (error) {
      if (error instanceof RangeError) throw new FileRejection('unreadable');
      return undefined; // damaged data that pdf-lib's more tolerant decoder may still read
    }
  }

  /** Any other filter chain, through pdf-lib's own decoders, chunk by chunk (pure JS, so slower). */
  private decodeInChunks(raw: PDFRawStream): Uint8Array {
    const stream = decodePDFRawStream(raw);
    const chunks: Uint8Array[] = [];
    let length = this.decodedBytes;
    for (let chunk = stream.getBytes(CHUNK); chunk.length > 0; chunk = stream.getBytes(CHUNK)) {
      length += chunk.length;
      if (length > MAX_DECODED_OBJECT_STREAM_BYTES) throw new FileRejection('unreadable');
      chunks.push(Uint8Array.from(chunk));
    }
    return Buffer.concat(chunks);
  }
}

export interface ParsedPdf {
  context: PDFContext;
  decodedObjectStreams: Uint8Array[];
}

/** Strict parse: an object pdf-lib cannot read fails the file instead of being kept as opaque bytes. */
export async function parsePdf(bytes: Uint8Array): Promise<ParsedPdf> {
  const parser = new BoundedPdfParser(bytes, 100, true, false);
  try {
    const context = await parser.parseDocument();
    return { context, decodedObjectStreams: parser.decodedObjectStreams };
  } catch (error) {
    if (error instanceof FileRejection) throw error;
    throw new FileRejection('unreadable');
  }
}
