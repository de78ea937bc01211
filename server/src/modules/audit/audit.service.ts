import type { Locale } from '../../../../common/locales.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { platformAuditActions } from '../../platform/audit/platform-audit-actions.ts';
import { installedModules } from '../../platform/modules/installed-modules.ts';
import type { Localised } from '../../platform/modules/module-contract.ts';
import { authorize } from '../../platform/access/policy.ts';
import type { Db } from '../../platform/db/database.ts';
import * as repo from './audit.repository.ts';
import type { AuditActionList, AuditEntryView, AuditQuery } from './audit.schemas.ts';

/** The labels of the platform's own audit actions and those every module declares, in module-list order. */
const actionLabels = (): [string, Localised][] => [
  ...Object.entries(platformAuditActions),
  ...installedModules().flatMap((m) => Object.entries(m.auditActions ?? {})),
];

export function listAuditActions(actor: Actor, locale: Locale): AuditActionList {
  authorize(actor, 'read', { type: 'audit_log' });
  return { items: actionLabels().map(([action, label]) => ({ action, label: label[locale] })) };
}

export async function browseAuditLog(db: Db, actor: Actor, query: AuditQuery, locale: Locale): Promise<{ items: AuditEntryView[]; total: number }> {
  authorize(actor, 'read', { type: 'audit_log' });
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const { rows, total } = await repo.findAuditEntries(db, { ...query, offset: (page - 1) * pageSize, limit: pageSize });
  const labels = new Map(actionLabels());
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at,
      actorUserId: r.actor_user_id,
      actorName: r.actor_name,
      action: r.action,
      actionLabel: labels.get(r.action)?.[locale] ?? r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      result: r.result,
      requestId: r.request_id,
      ip: r.ip,
      detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    })),
  };
}
