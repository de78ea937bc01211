/**
 * Names that make a PDF act on its own or carry payloads, rather than show pages and follow links.
 * A document for a school application needs none of them.
 */
export const ACTIVE_CONTENT_NAMES: ReadonlySet<string> = new Set([
  'JavaScript', // name tree of document scripts, and the action type
  'JS', // the script of a JavaScript action
  'Launch', // runs a program or opens a local file
  'EmbeddedFile',
  'EmbeddedFiles', // attachments, which may be anything
  'AA', // additional actions, fired on open, close, page view, focus …
  'RichMedia', // Flash and video annotations
  'XFA', // XML forms with their own scripting
  'SubmitForm', // sends form data to a URL
  'ImportData',
  'GoToE', // jumps into an embedded document
  'GoToR', // opens another file
]);

/** Names may spell any byte as #xx (so /J#61vaScript is /JavaScript); readers accept either case of hex. */
export function normalisePdfName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

export interface NameFindings {
  hasActiveContent: boolean;
  isEncrypted: boolean;
}

/** Records one name (already decoded by its parser or not: decoding twice is harmless here). */
export function noteName(findings: NameFindings, raw: string): void {
  const name = normalisePdfName(raw);
  if (ACTIVE_CONTENT_NAMES.has(name)) findings.hasActiveContent = true;
  if (name === 'Encrypt') findings.isEncrypted = true;
}
