import { randomUUID } from 'node:crypto';
import { canTransition, type ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import type { EnrollmentApplicationTable } from '../../../platform/db/schema.ts';
import { AppError, conflict } from '../../../platform/http/errors.ts';
import type { ApplicationEvent, ApplicationRef } from '../applications/application-status.ts';
import { chunked, ID_CHUNK, insertMany } from './batch-writes.ts';

export type StatusFields = Partial<Pick<EnrollmentApplicationTable, 'placed_school_id' | 'placement_kind' | 'placement_round'>>;

export interface StatusChange {
  app: ApplicationRef;
  to: ApplicationStatus;
  event: ApplicationEvent;
  fields?: StatusFields;
}

/**
 * changeApplicationStatus (applications/application-status.ts) for many applications at once, with the same
 * guarantees: only allowed transitions, only from the version and status the caller read (else 409 and the
 * caller's transaction rolls back), one timeline entry each. Applications sharing (from, to, version, fields)
 * move in one `update … where id in (…)`: a final run over 100 000 applicants is a few hundred statements.
 */
export async function changeApplicationStatuses(tx: DbOrTx, changes: readonly StatusChange[]): Promise<void> {
  const now = nowIso();
  const groups = new Map<string, { from: ApplicationStatus; to: ApplicationStatus; version: number; fields: StatusFields; ids: string[] }>();
  for (const { app, to, fields = {} } of changes) {
    if (!canTransition(app.status, to)) throw new AppError('enrollment.application_status_invalid', 409, { status: `status:${app.status}` });
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
  await recordApplicationEvents(tx, changes.map(({ app, to, event }) => ({ applicationId: app.id, event, from: app.status, to })), now);
}

/** Timeline entries without a status change (an applicant who stays unplaced in a later round). */
export async function recordApplicationEvents(
  tx: DbOrTx,
  entries: readonly { applicationId: string; event: ApplicationEvent; from?: ApplicationStatus | null; to?: ApplicationStatus | null }[],
  at: string = nowIso(),
): Promise<void> {
  await insertMany(tx, 'enrollment_application_events', entries.map(({ applicationId, event, from, to }) => ({
    id: randomUUID(), application_id: applicationId, at, actor_user_id: event.actorUserId, kind: event.kind,
    from_status: from ?? null, to_status: to ?? null, detail: event.detail ? JSON.stringify(event.detail) : null,
  })));
}
