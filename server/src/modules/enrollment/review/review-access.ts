import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, can, type Action, type Resource } from '../../../platform/access/policy.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { conflict, notFound } from '../../../platform/http/errors.ts';
import * as repo from './review.repository.ts';

export const applicationResource = (
  row: Pick<repo.ApplicationRow, 'host_region_path' | 'guardian_user_id' | 'placed_school_id' | 'status'>,
): Resource => ({ type: 'enrollment_application', regionPath: row.host_region_path, guardianUserId: row.guardian_user_id, placedSchoolId: row.placed_school_id, status: row.status });

/**
 * The application for an action: 404 for those who may not even see it (its existence does not leak),
 * 403 for those who see it but may not do this. A draft is its family's alone until submitted.
 */
export async function loadApplicationFor(db: DbOrTx, actor: Actor, id: string, action: Action): Promise<repo.ApplicationRow> {
  const row = await repo.findApplication(db, id);
  if (!row) throw notFound();
  const resource = applicationResource(row);
  if (!can(actor, 'read', resource) || (row.status === 'draft' && row.guardian_user_id !== actor.userId)) throw notFound();
  authorize(actor, action, resource);
  return row;
}

/** Every decision names the version its maker saw: a second reviewer deciding from the same view loses. */
export function assertVersion(row: { version: number }, version: number): void {
  if (row.version !== version) throw conflict();
}
