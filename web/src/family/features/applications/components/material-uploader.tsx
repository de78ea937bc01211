import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { Chip } from '../../../components/status-chip.tsx';
import { ApiError, apiUrl, type UploadOptions } from '../../../../lib/api-client.ts';
import { newIdempotencyKey } from '../../../lib/idempotency-key.ts';
import type { ApplicationDocument } from '../../../types.ts';
import { checkFile, fileSize, MAX_FILE_BYTES } from '../logic/file-check.ts';

interface Upload {
  id: string;
  file: File;
  /** 0…1 while the bytes travel; 1 while the server inspects the file. */
  progress: number;
  error: string | null;
  /** A lost connection or a server fault: the same file may go through on another try. */
  retryable: boolean;
}

interface Props {
  /** The label of what is being uploaded (a material's name, "evidence"), for screen readers. */
  label: string;
  upload: (file: File, options: UploadOptions) => Promise<unknown>;
  onUploaded: () => void;
  disabled?: boolean;
}

/**
 * Adds files to one material: take a photo (the phone's camera) or choose files; each file uploads on
 * its own with a progress bar, and a refused file says which one and why, leaving the others alone.
 */
export function MaterialUploader({ label, upload, onUploaded, disabled }: Props) {
  const { t } = useTranslation();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const photoInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const patch = (id: string, changes: Partial<Upload>) => setUploads((list) => list.map((u) => (u.id === id ? { ...u, ...changes } : u)));
  const drop = (id: string) => setUploads((list) => list.filter((u) => u.id !== id));

  const send = async (item: Upload) => {
    const problem = checkFile(item.file);
    if (problem) return patch(item.id, { error: t(`family.documents.problems.${problem}`, { max: fileSize(MAX_FILE_BYTES) }), retryable: false });
    patch(item.id, { error: null, progress: 0 });
    try {
      await upload(item.file, { onProgress: (progress) => patch(item.id, { progress }) });
      drop(item.id);
      onUploaded();
    } catch (error) {
      const retryable = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
      patch(item.id, { error: error instanceof Error ? error.message : String(error), retryable });
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = ''; // the same file may be chosen again after a failure
    const added = files.map((file) => ({ id: newIdempotencyKey(), file, progress: 0, error: null, retryable: false }));
    setUploads((list) => [...list, ...added]);
    // One after another: a phone on a weak connection does better with one upload at a time.
    void added.reduce((chain, item) => chain.then(() => send(item)), Promise.resolve());
  };

  const busy = uploads.some((u) => u.error === null);
  return (
    <div className="stack">
      {uploads.map((item) => (
        <div key={item.id} className="upload" aria-live="polite">
          <div className="spread">
            <span className="upload-name">{item.file.name}</span>
            <span className="small muted num">{fileSize(item.file.size)}</span>
          </div>
          {item.error ? (
            <>
              <p className="field-error" role="alert">
                {/* The server's messages name the file themselves; this page's own checks do not. */}
                {item.error.includes(item.file.name) ? item.error : t('family.documents.fileError', { name: item.file.name, message: item.error })}
              </p>
              <div className="row">
                {item.retryable && (
                  <Button small onClick={() => void send(item)}>
                    {t('family.common.retry')}
                  </Button>
                )}
                <Button small onClick={() => drop(item.id)}>
                  {t('family.documents.dismiss')}
                </Button>
              </div>
            </>
          ) : (
            <>
              <div
                className="meter"
                role="progressbar"
                aria-label={item.file.name}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(item.progress * 100)}
              >
                <span style={{ width: `${Math.round(item.progress * 100)}%` }} />
              </div>
              <span className="small muted">
                {item.progress < 1 ? t('family.documents.uploading', { percent: Math.round(item.progress * 100) }) : t('family.documents.checking')}
              </span>
            </>
          )}
        </div>
      ))}
      <div className="btn-row">
        <Button onClick={() => photoInput.current?.click()} disabled={disabled}>
          {t('family.documents.takePhoto')}
          <span className="visually-hidden"> · {label}</span>
        </Button>
        <Button onClick={() => fileInput.current?.click()} disabled={disabled}>
          {t('family.documents.chooseFile')}
          <span className="visually-hidden"> · {label}</span>
        </Button>
      </div>
      {/* The camera on phones; elsewhere a file chooser. */}
      <input ref={photoInput} type="file" accept="image/*" capture="environment" hidden onChange={choose} />
      <input ref={fileInput} type="file" accept="image/*,application/pdf" multiple hidden onChange={choose} aria-label={label} />
      {busy && <span className="visually-hidden">{t('family.documents.inProgress')}</span>}
    </div>
  );
}

const DOCUMENT_TONES = { uploaded: 'grey', pending: 'blue', accepted: 'green', rejected: 'red', superseded: 'grey' } as const;

/** A file on record: its name, size and review status, the reviewer's reason when refused. */
/** Where the family fetches its own file (an attachment: the phone opens or saves it). */
const contentUrl = (applicationId: string, documentId: string) =>
  apiUrl(`/enrollment/applications/${encodeURIComponent(applicationId)}/documents/${encodeURIComponent(documentId)}/content`);

export function DocumentRow({
  applicationId,
  document,
  onDelete,
  deleting,
}: {
  applicationId: string;
  document: ApplicationDocument;
  onDelete?: () => void;
  deleting?: boolean;
}) {
  const { t } = useTranslation();
  // "Waiting for review" only once handed in (the server says so): before that a file is just uploaded.
  const shown = document.status === 'pending' && !document.isAwaitingReview ? 'uploaded' : document.status;
  return (
    <div className="upload">
      <div className="spread">
        <span className="upload-name">{document.originalName}</span>
        <Chip tone={DOCUMENT_TONES[shown]}>{t(`family.documents.status.${shown}`)}</Chip>
      </div>
      <span className="small muted num">{fileSize(document.sizeBytes)}</span>
      {document.status === 'rejected' && document.rejectionReason && (
        <p className="small field-error">{t('family.documents.rejectionReason', { reason: document.rejectionReason })}</p>
      )}
      <a className="text-link align-start small" href={contentUrl(applicationId, document.id)} download={document.originalName}>
        {t('family.documents.open')}
        <span className="visually-hidden"> {document.originalName}</span>
      </a>
      {onDelete && (
        <Button small variant="link" className="align-start" busy={deleting} onClick={onDelete}>
          {t('family.documents.delete')}
          <span className="visually-hidden"> {document.originalName}</span>
        </Button>
      )}
    </div>
  );
}
