import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { conflict } from '../../../platform/http/errors.ts';
import { notifyAll } from '../../../platform/notifications/notify.ts';
import { changeApplicationStatuses } from '../applications/application-status.ts';
import { chunked, ID_CHUNK } from '../../../platform/db/bulk-writes.ts';
import * as repo from './review.repository.ts';

/**
 * A supplement request whose deadline passed without the family resubmitting: the application goes back to
 * the reviewers' inbox ('submitted', flagged as overdue there), to be decided on what it has; nobody is
 * rejected by a clock. The family is told, by SMS and in the app, in the same transaction. Returns how many.
 */
export async function returnOverdueSupplements(tx: DbOrTx, now: string = nowIso()): Promise<number> {
  const overdue = await repo.findOverdueSupplements(tx, now);
  if (overdue.length === 0) return 0;
  for (const chunk of chunked(
    overdue.map((o) => o.request_id),
    ID_CHUNK,
  )) {
    if (!(await repo.markSupplementsOverdue(tx, chunk, now))) throw conflict();
  }
  await changeApplicationStatuses(
    tx,
    overdue.map((o) => ({
      app: { id: o.id, status: o.status, version: o.version },
      to: 'submitted' as const,
      event: { actorUserId: null, kind: 'supplement_overdue' as const, detail: { supplementRequestId: o.request_id, deadline: o.deadline } },
    })),
  );
  await notifyAll(
    tx,
    overdue.map((o) => ({
      userId: o.guardian_user_id,
      kind: 'supplement_overdue' as const,
      params: { reference: o.reference, deadline: o.deadline },
      objectType: 'enrollment_application',
      objectId: o.id,
      sms: true,
    })),
  );
  return overdue.length;
}
