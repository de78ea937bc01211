import { randomUUID } from 'node:crypto';
import { canTransition, type ApplicationEventKind, type ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import type { EnrollmentApplicationTable } from '../enrollment.tables.ts';
import { AppError, conflict } from '../../../platform/http/errors.ts';
import { chunked, ID_CHUNK, insertMany } from '../../../platform/db/bulk-writes.ts';

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

const statusInvalid = (status: ApplicationStatus) => new AppError('enrollment.application_status_invalid', 409, { status: `status:${status}` });

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
  if (!canTransition(app.status, to)) throw statusInvalid(app.status);
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
  await recordApplicationEvents(tx, [{ applicationId, event, from: event.from, to: event.to }], at);
}

export type StatusFields = Partial<Pick<EnrollmentApplicationTable, 'placed_school_id' | 'placement_kind' | 'placement_round'>>;

export interface StatusChange {
  app: ApplicationRef;
  to: ApplicationStatus;
  event: ApplicationEvent;
  fields?: StatusFields;
}

/**
 * changeApplicationStatus for many applications at once (a final run, the hourly jobs), with the same
 * guarantees: only allowed transitions, only from the version and status the caller read (else 409 and the
 * caller's transaction rolls back), one timeline entry each. Applications sharing (from, to, version, fields)
 * move in one `update … where id in (…)`.
 */
export async function changeApplicationStatuses(tx: DbOrTx, changes: readonly StatusChange[]): Promise<void> {
  const now = nowIso();
  const groups = new Map<string, { from: ApplicationStatus; to: ApplicationStatus; version: number; fields: StatusFields; ids: string[] }>();
  for (const { app, to, fields = {} } of changes) {
    if (!canTransition(app.status, to)) throw statusInvalid(app.status);
    const key = JSON.stringify([app.status, to, app.version, fields]);
    const group = groups.get(key) ?? { from: app.status, to, version: app.version, fields, ids: [] };
    group.ids.push(app.id);
    groups.set(key, group);
  }
  for (const { from, to, version, fields, ids } of groups.values()) {
    for (const chunk of chunked(ids, ID_CHUNK)) {
      const result = await tx
        .updateTable('enrollment_applications')
        .set({ ...fields, status: to, updated_at: now, version: version + 1 })
        .where('id', 'in', chunk)
        .where('status', '=', from)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== chunk.length) throw conflict();
    }
  }
  await recordApplicationEvents(
    tx,
    changes.map(({ app, to, event }) => ({ applicationId: app.id, event, from: app.status, to })),
    now,
  );
}

/** Timeline entries without a status change, many at once (an applicant who stays unplaced in a later round). */
export async function recordApplicationEvents(
  tx: DbOrTx,
  entries: readonly { applicationId: string; event: ApplicationEvent; from?: ApplicationStatus | null; to?: ApplicationStatus | null }[],
  at: string = nowIso(),
): Promise<void> {
  await insertMany(
    tx,
    'enrollment_application_events',
    entries.map(({ applicationId, event, from, to }) => ({
      id: randomUUID(),
      application_id: applicationId,
      at,
      actor_user_id: event.actorUserId,
      kind: event.kind,
      from_status: from ?? null,
      to_status: to ?? null,
      detail: event.detail ? JSON.stringify(event.detail) : null,
    })),
  );
}
