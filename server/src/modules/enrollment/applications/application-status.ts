import { randomUUID } from 'node:crypto';
import { canTransition, type ApplicationEventKind, type ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import type { EnrollmentApplicationTable } from '../../../platform/db/schema.ts';
import { AppError, conflict } from '../../../platform/http/errors.ts';

/** What a status change needs to know of the application: where it is and which version the caller saw. */
export interface ApplicationRef {
  id: string;
  status: ApplicationStatus;
  version: number;
}

export interface ApplicationEvent {
  actorUserId: string | null;
  kind: ApplicationEventKind;
  /** Shown on the family's timeline: a reason, a deadline, a school id; never personal data. */
  detail?: Record<string, unknown>;
}

/**
 * The one way an application changes status: checks the transition is allowed, writes it only if nobody
 * changed the application since the caller read it (optimistic concurrency), and adds it to the timeline.
 * Returns the new version. Call inside the workflow step's transaction.
 */
export async function changeApplicationStatus(
  tx: DbOrTx,
  app: ApplicationRef,
  to: ApplicationStatus,
  event: ApplicationEvent,
  fields: Partial<Omit<EnrollmentApplicationTable, 'id' | 'status' | 'version' | 'updated_at'>> = {},
): Promise<number> {
  if (!canTransition(app.status, to)) throw new AppError('enrollment.application_status_invalid', 409, { status: `status:${app.status}` });
  const now = nowIso();
  const result = await tx
    .updateTable('enrollment_applications')
    .set({ ...fields, status: to, updated_at: now, version: app.version + 1 })
    .where('id', '=', app.id)
    .where('version', '=', app.version)
    .where('status', '=', app.status)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw conflict();
  await recordApplicationEvent(tx, app.id, { ...event, from: app.status, to }, now);
  return app.version + 1;
}

/** A timeline entry without a status change (a document accepted, points verified, a public listing). */
export async function recordApplicationEvent(
  tx: DbOrTx,
  applicationId: string,
  event: ApplicationEvent & { from?: ApplicationStatus | null; to?: ApplicationStatus | null },
  at: string = nowIso(),
): Promise<void> {
  await tx
    .insertInto('enrollment_application_events')
    .values({
      id: randomUUID(), application_id: applicationId, at, actor_user_id: event.actorUserId, kind: event.kind,
      from_status: event.from ?? null, to_status: event.to ?? null, detail: event.detail ? JSON.stringify(event.detail) : null,
    })
    .execute();
}
