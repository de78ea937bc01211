import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { acceptUpload, displayFileName, type AcceptedUpload } from '../../platform/files/upload-policy.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { fieldMessages } from '../../platform/i18n/error-messages.ts';
import type { CooperationFileView } from './cooperation.schemas.ts';
import * as repo from './cooperation-files.repository.ts';
import { readUploadedBytes } from '../../platform/http/uploaded-bytes.ts';

// Photos and documents of agreements and exchanges: every upload passes the platform's inspection
// (PDF, JPEG or PNG by content; images re-encoded without metadata) and is stored encrypted.

export interface Upload {
  filename: string;
  bytes: Buffer;
}

/** The one file of a multipart body, named `file` (the multipart plugin limits its size: 413). */
export async function uploadedFile(request: FastifyRequest): Promise<Upload> {
  const part = await request.file();
  if (part?.fieldname === 'file') return { filename: part.filename, bytes: await readUploadedBytes(part) };
  part?.file.resume();
  throw new AppError('request.invalid', 400, {}, [{ field: '/file', message: fieldMessages.required[request.locale] }]);
}

/** The multipart plugin's limit too (app.ts): 10 MiB. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const inspectUpload = (upload: Upload): Promise<AcceptedUpload> => acceptUpload({ ...upload, maxBytes: MAX_FILE_BYTES });

export const toFileView = (row: repo.FileRow): CooperationFileView => ({
  id: row.id,
  kind: row.kind,
  name: row.original_name,
  mediaType: row.media_type,
  sizeBytes: row.size_bytes,
  uploadedAt: row.uploaded_at,
});

/**
 * Stores the inspected bytes, then records them in the caller's transaction. Should the transaction fail,
 * the caller removes the stored bytes with `discard`; an orphan file is harmless, a row without bytes is not.
 */
export async function storeFile(
  tx: DbOrTx,
  store: FileStore,
  owner: { type: repo.FileOwner; id: string },
  upload: Upload,
  accepted: AcceptedUpload,
  userId: string,
): Promise<repo.FileRow> {
  const stored = await store.put(accepted.bytes, { mime: accepted.mime });
  const row: repo.FileRow = {
    id: randomUUID(),
    owner_type: owner.type,
    owner_id: owner.id,
    kind: accepted.kind === 'pdf' ? 'document' : 'photo',
    storage_key: stored.storageKey,
    original_name: displayFileName(upload.filename),
    media_type: accepted.mime,
    size_bytes: stored.size,
    sha256: stored.sha256,
    uploaded_by: userId,
    uploaded_at: nowIso(),
  };
  try {
    await repo.insertFile(tx, row);
  } catch (error) {
    await store.delete(stored.storageKey);
    throw error;
  }
  return row;
}

export async function loadFile(db: DbOrTx, owner: { type: repo.FileOwner; id: string }, fileId: string): Promise<repo.FileRow> {
  const row = await repo.findFile(db, owner.type, owner.id, fileId);
  if (!row) throw notFound();
  return row;
}

/** Images open in the browser, PDFs download; neither is ever sniffed as anything else. */
export async function sendStoredFile(reply: FastifyReply, store: FileStore, row: repo.FileRow) {
  const bytes = await store.get(row.storage_key);
  const extension = row.media_type === 'application/pdf' ? 'pdf' : row.media_type === 'image/png' ? 'png' : 'jpg';
  const disposition = row.kind === 'photo' ? 'inline' : 'attachment';
  return reply
    .header('content-type', row.media_type)
    .header('content-disposition', `${disposition}; filename="${row.id}.${extension}"; filename*=UTF-8''${encodeURIComponent(row.original_name)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(bytes);
}

/** The file-download response of the OpenAPI document. */
export const fileDownloadResponse = {
  description: 'The file: a JPEG or PNG photo (inline) or a PDF document (attachment)',
  content: Object.fromEntries(['image/jpeg', 'image/png', 'application/pdf'].map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
};
