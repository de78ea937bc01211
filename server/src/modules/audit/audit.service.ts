import type { Actor } from '../../platform/access/actor.ts';
import { authorize } from '../../platform/access/policy.ts';
import type { Db } from '../../platform/db/database.ts';
import * as repo from './audit.repository.ts';
import type { AuditEntryView, AuditQuery } from './audit.schemas.ts';

export async function browseAuditLog(db: Db, actor: Actor, query: AuditQuery): Promise<{ items: AuditEntryView[]; total: number }> {
  authorize(actor, 'read', { type: 'audit_log' });
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const { rows, total } = await repo.findAuditEntries(db, { ...query, offset: (page - 1) * pageSize, limit: pageSize });
  return {
    total,
    items: rows.map((r) => ({
      id: r.id, occurredAt: r.occurred_at, actorUserId: r.actor_user_id, actorName: r.actor_name, action: r.action,
      objectType: r.object_type, objectId: r.object_id, result: r.result, requestId: r.request_id, ip: r.ip,
      detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    })),
  };
}
