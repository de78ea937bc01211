import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../http/errors.ts';
import { FileRejection } from './file-rejection.ts';
import { makePdf, makeRawPdf, objectStream, PAGE_TREE, withAttachment, withJavaScriptOpenAction, withLaunchLink } from './files.fixtures.test-support.ts';
import { inspectPdf } from './pdf-inspection.ts';
import type { NameFindings } from './pdf-names.ts';
import { MAX_DECODED_OBJECT_STREAM_BYTES, parsePdf } from './pdf-parser.ts';
import { scanPdfSyntax } from './pdf-text-scan.ts';
import { acceptUpload } from './upload-policy.ts';

/** The reason inspectPdf refuses the bytes with, or null when it accepts them. */
async function reasonFor(bytes: Buffer): Promise<string | null> {
  try {
    await inspectPdf(bytes);
    return null;
  } catch (error) {
    if (error instanceof FileRejection) return error.reason;
    throw error;
  }
}

const scan = (bytes: Uint8Array): NameFindings => {
  const findings = { hasActiveContent: false, isEncrypted: false };
  scanPdfSyntax(bytes, findings);
  return findings;
};

const jsAction = '<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>';

describe('PDF inspection', () => {
  it('accepts a plain PDF, made by pdf-lib or by hand, and stores its bytes unchanged', async () => {
    const pdf = await makePdf();
    const accepted = await acceptUpload({ filename: '户口簿.pdf', bytes: pdf, maxBytes: 1024 * 1024 });
    expect(accepted).toMatchObject({ kind: 'pdf', mime: 'application/pdf', extension: 'pdf' });
    expect(accepted.bytes.equals(pdf)).toBe(true);
    expect(await reasonFor(makeRawPdf(PAGE_TREE))).toBeNull();
    // A destination or GoTo action on opening is how office programs open at page 1.
    const goTo = makeRawPdf([[1, '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>'], ...PAGE_TREE.slice(1), [4, '<< /S /GoTo /D [3 0 R /Fit] >>']]);
    expect(await reasonFor(goTo)).toBeNull();
    const destination = makeRawPdf([[1, '<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>'], ...PAGE_TREE.slice(1)]);
    expect(await reasonFor(destination)).toBeNull();
  });

  it('refuses a JavaScript open action, a Launch link and an embedded file, with a 400 naming the file', async () => {
    for (const modify of [withJavaScriptOpenAction, withLaunchLink, withAttachment]) {
      expect(await reasonFor(await makePdf(modify))).toBe('pdf_active_content');
    }
    const error = await acceptUpload({ filename: 'report.pdf', bytes: await makePdf(withJavaScriptOpenAction), maxBytes: 1024 * 1024 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'files.rejected', statusCode: 400, params: { file: 'report.pdf', reason: 'reason:pdf_active_content' } });
  });

  it('finds active content packed in compressed object streams, where the raw bytes do not show it', async () => {
    const pdf = await makePdf(withJavaScriptOpenAction);
    expect(scan(pdf).hasActiveContent).toBe(false);
    const { context, decodedObjectStreams } = await parsePdf(pdf);
    expect(decodedObjectStreams.length).toBeGreaterThan(0);
    expect(decodedObjectStreams.some((body) => scan(body).hasActiveContent)).toBe(true);
    expect(context.enumerateIndirectObjects().length).toBeGreaterThan(3);
    // Hand-made too: the catalog points at an action that only exists inside an object stream.
    const packed = makeRawPdf([[1, '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>'], ...PAGE_TREE.slice(1), [5, objectStream([[4, jsAction]])]]);
    expect(await reasonFor(packed)).toBe('pdf_active_content');
  });

  it('reads names written with #xx escapes, in either case of hex', async () => {
    const escaped = '<< /Type /Action /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>';
    expect(scan(Buffer.from(escaped)).hasActiveContent).toBe(true);
    expect(scan(Buffer.from('<< /#4aS (x) >>')).hasActiveContent).toBe(true);
    expect(scan(Buffer.from('<< /Launc#68 true >>')).hasActiveContent).toBe(true);
    const pdf = makeRawPdf([[1, '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>'], ...PAGE_TREE.slice(1), [4, escaped]]);
    expect(await reasonFor(pdf)).toBe('pdf_active_content');
    const lower = makeRawPdf([
      [1, '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>'],
      ...PAGE_TREE.slice(1),
      [5, objectStream([[4, '<< /S /Launch /F (calc.exe) /#6aS (x) >>']])],
    ]);
    expect(await reasonFor(lower)).toBe('pdf_active_content');
  });

  it('refuses additional actions, rich media, XFA forms and open actions that are not page jumps', async () => {
    const cases = [
      [
        [1, '<< /Type /Catalog /Pages 2 0 R /AA << /WC 4 0 R >> >>'],
        [4, '<< /S /GoTo /D [3 0 R /Fit] >>'],
      ],
      [
        [1, '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /XFA 4 0 R >> >>'],
        [4, '<< >>'],
      ],
      [
        [1, '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /URI /URI (http://example.com/) >> >>'],
        [4, '<< >>'],
      ],
      [
        [1, '<< /Type /Catalog /Pages 2 0 R >>'],
        [4, '<< /Type /Annot /Subtype /RichMedia /Rect [0 0 1 1] >>'],
      ],
    ] as Array<Array<[number, string]>>;
    for (const [catalog, extra] of cases) {
      expect(await reasonFor(makeRawPdf([catalog!, ...PAGE_TREE.slice(1), extra!]))).toBe('pdf_active_content');
    }
  });

  it('sees a script in an older revision of an object that a later revision hides from the parser', async () => {
    const pdf = makeRawPdf([
      [1, '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>'],
      ...PAGE_TREE.slice(1),
      [4, jsAction],
      [4, '<< /S /GoTo /D [3 0 R /Fit] >>'],
    ]);
    const { context } = await parsePdf(pdf);
    expect(context.lookup(context.trailerInfo.Root)).toBeDefined();
    expect(await reasonFor(pdf)).toBe('pdf_active_content');
  });

  it('does not mistake names in strings, comments or stream data for active content', async () => {
    const content = Buffer.from('BT /F1 12 Tf (see /JavaScript and /AA) Tj ET');
    const pdf = makeRawPdf([
      ...PAGE_TREE.slice(0, 2),
      [3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>'],
      [4, Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')])],
      [5, '<< /Title (Form /JS \\(draft\\)) >> % a comment about /Launch'],
    ]);
    expect(await reasonFor(pdf)).toBeNull();
  });

  it('refuses an encrypted PDF and one that does not parse', async () => {
    const encrypted = makeRawPdf([...PAGE_TREE, [4, '<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>']], '/Encrypt 4 0 R ');
    expect(await reasonFor(encrypted)).toBe('pdf_encrypted');
    expect(await reasonFor(Buffer.from('%PDF-1.7\nnot really a PDF\n'))).toBe('unreadable');
    expect(await reasonFor(makeRawPdf([[1, '<< /Type /Catalog >>']]))).toBe('unreadable');
    const pdf = await makePdf();
    expect(await reasonFor(pdf.subarray(0, Math.floor(pdf.length / 2)))).toBe('unreadable');
  });

  it('refuses a deflate bomb in an object stream without inflating it beyond the budget', async () => {
    // A well-formed object stream whose one object is a 16 MB string: pdf-lib alone would read it happily.
    const padded = (size: number) => `<< /Note (${'x'.repeat(size)}) >>`;
    const bomb = makeRawPdf([...PAGE_TREE, [5, objectStream([[4, padded(MAX_DECODED_OBJECT_STREAM_BYTES)]])]]);
    expect(bomb.length).toBeLessThan(50_000);
    expect(await reasonFor(bomb)).toBe('unreadable');
    // The same behind a filter chain zlib alone cannot read goes through pdf-lib's decoders, in chunks.
    const hex = deflateSync(`4 0 ${padded(MAX_DECODED_OBJECT_STREAM_BYTES)}`).toString('hex');
    const chained = `<< /Type /ObjStm /N 1 /First 4 /Filter [/ASCIIHexDecode /FlateDecode] /Length ${hex.length + 1} >>\nstream\n${hex}>\nendstream`;
    expect(await reasonFor(makeRawPdf([...PAGE_TREE, [5, chained]]))).toBe('unreadable');
    const large = makeRawPdf([...PAGE_TREE, [5, objectStream([[4, padded(1024 * 1024)]])]]);
    expect(await reasonFor(large)).toBeNull();
  });
});
