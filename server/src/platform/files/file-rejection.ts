import type { FileRejectionReason } from '../i18n/error-messages.ts';

/** Thrown by the inspectors; upload-policy turns it into an AppError that names the client's file. */
export class FileRejection extends Error {
  constructor(readonly reason: FileRejectionReason) {
    super(`file rejected: ${reason}`);
    this.name = 'FileRejection';
  }
}
