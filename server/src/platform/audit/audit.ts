import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../db/database.ts';
import { nowIso } from '../db/database.ts';

/** Who did it and through which request: every service that changes state takes one. */
export interface AuditContext {
  actorUserId: string | null;
  actorName: string | null;
  requestId: string | null;
  ip: string | null;
}

export interface AuditEntry {
  action: string; // 'school.update', 'user.disable', 'auth.login', 'child.id_number.view' …
  objectType: string;
  objectId: string | null;
  result: 'success' | 'denied' | 'failure';
  /** Never personal data: ids, changed field names, counts. */
  detail?: Record<string, unknown>;
}

/** Appends to the audit log; call it inside the same transaction as the change it records. */
export async function recordAudit(db: DbOrTx, context: AuditContext, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      occurred_at: nowIso(),
      actor_user_id: context.actorUserId,
      actor_name: context.actorName,
      action: entry.action,
      object_type: entry.objectType,
      object_id: entry.objectId,
      result: entry.result,
      request_id: context.requestId,
      ip: context.ip,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}

export const systemAuditContext = (name: string): AuditContext => ({ actorUserId: null, actorName: name, requestId: null, ip: null });
