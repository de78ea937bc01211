import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, can, type Action } from '../../../platform/access/policy.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { applicationResource } from '../enrollment.policy.ts';

type AccessFields = Parameters<typeof applicationResource>[0];

/**
 * The one gate of every step on an application (family, review, appeal): the application for an action, or
 * 404 for those who may not even read it (its existence does not leak) and 403 for those who may read but
 * not act (a draft is its family's alone: the policy says so). `find` reads the row in the shape the caller's
 * part needs (the review reads it with its child, route and guardian).
 */
export async function loadApplicationFor<Row extends AccessFields>(
  db: DbOrTx,
  actor: Actor,
  id: string,
  action: Action,
  find: (db: DbOrTx, id: string) => Promise<Row | undefined>,
): Promise<Row> {
  const row = await find(db, id);
  if (!row) throw notFound();
  const resource = applicationResource(row);
  if (!can(actor, 'read', resource)) throw notFound();
  authorize(actor, action, resource);
  return row;
}
