import { randomUUID } from 'node:crypto';
import { MATERIALS, type Material } from '../../../../../common/enrollment.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { can } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { acceptUpload } from '../../../platform/files/upload-policy.ts';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { routeById } from './application-policy.ts';
import { applicationResource } from '../enrollment.policy.ts';
import { isAwaitingReview, toDocumentView } from './application-view.ts';
import * as repo from './applications.repository.ts';
import type { DocumentView } from './applications.schemas.ts';
import { loadApplicationFor } from './application-access.ts';
import { loadFactsOf, type ApplicationDeps } from './applications.service.ts';

/** Per file; below the multipart limit, so that a too large file is refused by name. */
export const DOCUMENT_MAX_BYTES = 8 * 1024 * 1024;

/** The family uploads to their own application; a reviewer at a counter to an application filed there. */
type Uploader = 'family' | 'counter';

/**
 * Who may upload to the application now, decided before the file is read: the family in a draft, or in
 * supplement_requested for the requested materials; the host reviewer while an assisted application is submitted.
 */
export async function assertMayUpload(deps: ApplicationDeps, actor: Actor, id: string): Promise<{ app: repo.ApplicationRow; uploader: Uploader }> {
  const app = await loadApplicationFor(deps.db, actor, id, 'read', repo.findApplication);
  const resource = applicationResource(app);
  if (can(actor, 'update', resource)) {
    if (app.status !== 'draft' && app.status !== 'supplement_requested')
      throw new AppError('enrollment.application_status_invalid', 409, { status: `status:${app.status}` });
    return { app, uploader: 'family' };
  }
  if (can(actor, 'review', resource)) {
    if (app.assisted_by === null) throw new AppError('enrollment.not_assisted', 409);
    if (app.status !== 'submitted') throw new AppError('enrollment.application_status_invalid', 409, { status: `status:${app.status}` });
    return { app, uploader: 'counter' };
  }
  throw forbidden();
}

/** Which open supplement request the upload answers (null in a draft or at a counter); refuses materials not asked for. */
async function supplementFor(deps: ApplicationDeps, app: repo.ApplicationRow, uploader: Uploader, material: Material): Promise<string | null> {
  if (uploader === 'counter' || app.status === 'draft') return null;
  const request = await repo.findOpenSupplementRequest(deps.db, app.id);
  if (!request || !(JSON.parse(request.materials) as Material[]).includes(material))
    throw new AppError('enrollment.document_locked', 409, { material: `material:${material}` });
  return request.id;
}

export interface UploadInput {
  material: string;
  filename: string;
  bytes: Buffer;
}

/**
 * Checks the file (PDF, JPEG, PNG by content; images re-encoded without metadata), stores it encrypted
 * under a server-generated name and records it; a live document of the same material is superseded.
 */
export async function uploadDocument(deps: ApplicationDeps, actor: Actor, audit: AuditContext, id: string, input: UploadInput): Promise<DocumentView> {
  const { app, uploader } = await assertMayUpload(deps, actor, id);
  const material = input.material as Material;
  if (!MATERIALS.includes(material)) throw new AppError('request.invalid', 400, {}, [{ field: '/material', message: '' }]);
  const route = routeById(await loadFactsOf(deps.db, app), app.route_id);
  if (!route.materials.some((m) => m.material === material)) {
    throw new AppError('enrollment.material_not_in_route', 400, { material: `material:${material}` }, [{ field: '/material', message: '' }]);
  }
  const supplementRequestId = await supplementFor(deps, app, uploader, material);
  const accepted = await acceptUpload({ filename: input.filename, bytes: input.bytes, maxBytes: DOCUMENT_MAX_BYTES });
  const stored = await deps.files.put(accepted.bytes, { mime: accepted.mime });
  const document: repo.DocumentRow = {
    // The client's file name may carry a name or an ID number: the record keeps a name made here.
    id: randomUUID(),
    application_id: id,
    material,
    appeal_id: null,
    supplement_request_id: supplementRequestId,
    storage_key: stored.storageKey,
    original_name: `${material}.${accepted.extension}`,
    media_type: accepted.mime,
    size_bytes: stored.size,
    sha256: stored.sha256,
    status: 'pending',
    rejection_reason: null,
    decided_by: null,
    decided_at: null,
    uploaded_by: actor.userId,
    uploaded_at: nowIso(),
  };
  try {
    await deps.db.transaction().execute(async (tx) => {
      const current = await repo.findApplication(tx, id);
      // The status decided what may be uploaded; if it moved meanwhile, the caller must look again.
      if (!current || current.status !== app.status) throw new AppError('resource.conflict', 409);
      await repo.supersedeDocuments(
        tx,
        (await repo.findLiveDocuments(tx, id, material)).map((d) => d.id),
      );
      await repo.insertDocument(tx, document);
      await recordAudit(tx, audit, {
        action: 'enrollment_document.upload',
        objectType: 'enrollment_application',
        objectId: id,
        result: 'success',
        detail: { documentId: document.id, material, uploader, sizeBytes: stored.size },
      });
    });
  } catch (error) {
    await deps.files.delete(stored.storageKey);
    throw error;
  }
  return toDocumentView(document, app.guardian_user_id, isAwaitingReview(document, app, document.supplement_request_id));
}

/** A draft's document, removed with its file. */
export async function deleteDocument(deps: ApplicationDeps, actor: Actor, audit: AuditContext, id: string, documentId: string): Promise<void> {
  const app = await loadApplicationFor(deps.db, actor, id, 'update', repo.findApplication);
  if (app.status !== 'draft') throw new AppError('enrollment.application_status_invalid', 409, { status: `status:${app.status}` });
  const document = await repo.findDocument(deps.db, id, documentId);
  if (!document) throw notFound();
  await deps.db.transaction().execute(async (tx) => {
    await repo.deleteDocument(tx, documentId);
    await recordAudit(tx, audit, {
      action: 'enrollment_document.delete',
      objectType: 'enrollment_application',
      objectId: id,
      result: 'success',
      detail: { documentId, material: document.material },
    });
  });
  if (document.storage_key) await deps.files.delete(document.storage_key);
}

export interface DocumentContent {
  bytes: Buffer;
  mediaType: string;
  filename: string;
}

/** The file, for the family and the host district's reviewers; a reviewer's view is on record. */
export async function readDocument(deps: ApplicationDeps, actor: Actor, audit: AuditContext, id: string, documentId: string): Promise<DocumentContent> {
  const app = await loadApplicationFor(deps.db, actor, id, 'read', repo.findApplication);
  const resource = applicationResource(app);
  const isFamily = can(actor, 'update', resource);
  if (!isFamily && !can(actor, 'review', resource)) throw forbidden();
  const document = await repo.findDocument(deps.db, id, documentId);
  if (!document || document.storage_key === null) throw notFound();
  const bytes = await deps.files.get(document.storage_key);
  if (!isFamily) {
    await recordAudit(deps.db, audit, {
      action: 'enrollment_document.view',
      objectType: 'enrollment_application',
      objectId: id,
      result: 'success',
      detail: { documentId, material: document.material },
    });
  }
  return { bytes, mediaType: document.media_type, filename: document.original_name };
}
