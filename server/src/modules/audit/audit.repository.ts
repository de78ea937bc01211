import type { DbOrTx } from '../../platform/db/database.ts';
import type { AuditQuery } from './audit.schemas.ts';

export async function findAuditEntries(db: DbOrTx, filter: AuditQuery & { offset: number; limit: number }) {
  let query = db.selectFrom('audit_log');
  if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
  // An action filter 'user.' matches every user action; a full name matches exactly.
  if (filter.action)
    query = filter.action.endsWith('.') ? query.where('action', 'like', `${filter.action.replace(/[%_]/g, '')}%`) : query.where('action', '=', filter.action);
  if (filter.objectType) query = query.where('object_type', '=', filter.objectType);
  if (filter.objectId) query = query.where('object_id', '=', filter.objectId);
  if (filter.result) query = query.where('result', '=', filter.result);
  if (filter.from) query = query.where('occurred_at', '>=', new Date(filter.from).toISOString());
  if (filter.to) query = query.where('occurred_at', '<', new Date(filter.to).toISOString());
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('occurred_at', 'desc').orderBy('id', 'desc').offset(filter.offset).limit(filter.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
