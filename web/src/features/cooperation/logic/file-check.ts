/** What an exchange or agreement accepts: photos as JPEG or PNG, documents as PDF, each at most 10 MiB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export const DOCUMENT_TYPES = ['application/pdf'] as const;
export const FILE_ACCEPT = '.jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf';

export type FileProblem = 'type' | 'size' | 'empty';

const extensionOf = (name: string) => name.toLowerCase().split('.').pop() ?? '';

/** The browser's own check before sending (the server inspects the content again): null when fine. */
export function fileProblem(
  file: { name: string; type: string; size: number },
  allowed: 'photo_or_document' | 'document' = 'photo_or_document',
): FileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'size';
  const ext = extensionOf(file.name);
  const isPdf = file.type === 'application/pdf' || ext === 'pdf';
  const isPhoto = (PHOTO_TYPES as readonly string[]).includes(file.type) || ['jpg', 'jpeg', 'png'].includes(ext);
  if (allowed === 'document') return isPdf ? null : 'type';
  return isPdf || isPhoto ? null : 'type';
}

export const isPhoto = (file: { name: string; type: string }): boolean =>
  (PHOTO_TYPES as readonly string[]).includes(file.type) || ['jpg', 'jpeg', 'png'].includes(extensionOf(file.name));

/** '2.4 MB', '830 KB': for file lists. */
export function formatBytes(bytes: number, locale: string): string {
  const format = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (bytes >= 1024 * 1024) return `${format(bytes / 1024 / 1024)} MB`;
  return `${format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
