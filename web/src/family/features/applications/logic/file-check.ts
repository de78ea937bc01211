/**
 * The server's limit per document and per piece of appeal evidence (DOCUMENT_MAX_BYTES, MAX_EVIDENCE_BYTES):
 * checked here too, to spare a family a slow upload that would be refused at the end.
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

const ACCEPTED_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);
const ACCEPTED_NAMES = /\.(pdf|jpe?g|png)$/i;

export type FileProblem = 'too_large' | 'empty' | 'type';

/**
 * What is plainly wrong with a chosen file before it is sent. The server decides by content; this only
 * catches the obvious (a Word file, a 30 MB video) with a message at once. Phones sometimes give no type:
 * then the name decides.
 */
export function checkFile(file: Pick<File, 'name' | 'size' | 'type'>): FileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'too_large';
  const typeOk = file.type ? ACCEPTED_TYPES.has(file.type) : ACCEPTED_NAMES.test(file.name);
  // HEIC photos of iPhones are converted to JPEG by the browser when the input accepts image/jpeg only.
  return typeOk ? null : 'type';
}

/** '2.4 MB', '350 KB' */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
