import { PDFArray, PDFDict, PDFName, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { FileRejection } from './file-rejection.ts';
import { noteName, type NameFindings } from './pdf-names.ts';
import { parsePdf } from './pdf-parser.ts';
import { scanPdfSyntax } from './pdf-text-scan.ts';

const OPEN_ACTION = PDFName.of('OpenAction');
const ACTION_TYPE = PDFName.of('S');
const GO_TO = PDFName.of('GoTo');

/** An OpenAction may show a page on opening (a destination or a GoTo action); anything else acts on its own. */
function isPassiveOpenAction(context: PDFContext, value: PDFObject): boolean {
  const target = context.lookup(value);
  if (target instanceof PDFArray) return true;
  return target instanceof PDFDict && target.lookup(ACTION_TYPE) === GO_TO;
}

/** First net: every name (key or value) of every object the parser kept, object streams included. */
function walkObjects(context: PDFContext, findings: NameFindings): void {
  const pending: PDFObject[] = context.enumerateIndirectObjects().map(([, object]) => object);
  // Iterative: a hostile file can nest arrays deeper than the call stack.
  for (let object = pending.pop(); object !== undefined; object = pending.pop()) {
    if (object instanceof PDFName) {
      noteName(findings, object.decodeText());
    } else if (object instanceof PDFArray) {
      pending.push(...object.asArray());
    } else if (object instanceof PDFStream) {
      pending.push(object.dict);
    } else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        noteName(findings, key.decodeText());
        if (key === OPEN_ACTION && !isPassiveOpenAction(context, value)) findings.hasActiveContent = true;
        pending.push(value);
      }
    }
  }
}

function throwIfFound(findings: NameFindings): void {
  if (findings.isEncrypted) throw new FileRejection('pdf_encrypted');
  if (findings.hasActiveContent) throw new FileRejection('pdf_active_content');
}

/**
 * Accepts a PDF only if it parses, is not encrypted (we could not see inside) and holds no active content.
 * The bytes are stored as uploaded: rewriting a PDF could change what an official seal or signature shows.
 */
export async function inspectPdf(bytes: Buffer): Promise<void> {
  const findings: NameFindings = { hasActiveContent: false, isEncrypted: false };
  scanPdfSyntax(bytes, findings);
  throwIfFound(findings);

  const { context, decodedObjectStreams } = await parsePdf(bytes);
  if (context.trailerInfo.Encrypt) throw new FileRejection('pdf_encrypted');
  const catalog = context.lookup(context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict) || !(catalog.lookup(PDFName.of('Pages')) instanceof PDFDict)) {
    throw new FileRejection('unreadable');
  }
  for (const body of decodedObjectStreams) scanPdfSyntax(body, findings);
  walkObjects(context, findings);
  throwIfFound(findings);
}
