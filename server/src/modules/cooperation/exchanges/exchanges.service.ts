import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../platform/access/actor.ts';
import type { CooperationResource, OrgRef } from '../cooperation.policy.ts';
import { authorize, can, type Action } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import type { FileStore } from '../../../platform/files/file-store.ts';
import { AppError, conflict, notFound } from '../../../platform/http/errors.ts';
import { findOrganizations, summaryOf, toOrgRef, type OrganizationInfo } from '../cooperation.repository.ts';
import { findRegionPath } from '../cooperation.service.ts';
import * as files from '../cooperation-files.repository.ts';
import { inspectUpload, loadFile, storeFile, toFileView, type Upload } from '../cooperation-files.ts';
import { visibilityOf } from '../scope.ts';
import * as repo from './exchanges.repository.ts';
import type {
  CreateExchangeBody,
  ExchangeInput,
  ExchangeListQuery,
  ExchangeView,
  ParticipantCandidates,
  ParticipantSearchQuery,
  UpdateExchangeBody,
} from './exchanges.schemas.ts';

export interface ExchangeDeps {
  db: Db;
  files: FileStore;
}

const MAX_FILES = 20;
type ExchangeResource = Extract<CooperationResource, { type: 'cooperation_exchange' }>;

const resourceOf = (createdBy: string | null, organizations: OrgRef[]): ExchangeResource => ({ type: 'cooperation_exchange', createdBy, organizations });

/** The exchange for an action; a 404 for staff who may not see it (neither a participant nor a bureau above one). */
async function loadExchange(db: DbOrTx, actor: Actor, id: string, action: Action) {
  authorize(actor, 'read', { type: 'cooperation_network' });
  const exchange = await repo.findExchange(db, id);
  if (!exchange) throw notFound();
  const organizations = await repo.findOrganizationsOf(db, [id]);
  const infos = await findOrganizations(
    db,
    organizations.map((o) => o.organization_id),
  );
  const resource = resourceOf(exchange.created_by, [...infos.values()].map(toOrgRef));
  if (!can(actor, 'read', resource)) throw notFound();
  authorize(actor, action, resource);
  return exchange;
}

async function present(db: DbOrTx, actor: Actor, rows: repo.ExchangeRow[]): Promise<ExchangeView[]> {
  const ids = rows.map((r) => r.id);
  const [organizations, participants, links, attached] = await Promise.all([
    repo.findOrganizationsOf(db, ids),
    repo.findParticipantsOf(db, ids),
    repo.findLinkNames(db, rows),
    files.findFiles(db, 'exchange', ids),
  ]);
  const infos = await findOrganizations(
    db,
    organizations.map((o) => o.organization_id),
  );
  return rows.map((row) => {
    const own = organizations.filter((o) => o.exchange_id === row.id);
    const resource = resourceOf(
      row.created_by,
      own.map((o) => toOrgRef(infos.get(o.organization_id)!)),
    );
    const partners = own
      .filter((o) => o.role === 'partner')
      .map((o) => summaryOf(infos.get(o.organization_id)!))
      .sort((a, b) => a.nameZh.localeCompare(b.nameZh, 'zh-CN'));
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      occurredOn: row.occurred_on,
      host: summaryOf(infos.get(row.host_organization_id)!),
      partners,
      belongsTo: linkOf(row, links),
      participantCount: row.participant_count,
      participants: participants
        .filter((p) => p.exchange_id === row.id)
        .map((p) => ({ userId: p.user_id, displayName: p.display_name, organizationId: p.organization_id })),
      summary: row.summary,
      files: attached.filter((f) => f.owner_id === row.id).map(toFileView),
      permissions: { canUpdate: can(actor, 'update', resource), canDelete: can(actor, 'delete', resource) },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  });
}

function linkOf(row: repo.ExchangeRow, links: Awaited<ReturnType<typeof repo.findLinkNames>>): ExchangeView['belongsTo'] {
  if (row.community_id) {
    const name = links.communities.find((c) => c.id === row.community_id)?.name ?? '';
    return { type: 'community', id: row.community_id, nameZh: name, nameEn: name };
  }
  if (row.alliance_id) {
    const name = links.alliances.find((a) => a.id === row.alliance_id)?.name ?? '';
    return { type: 'alliance', id: row.alliance_id, nameZh: name, nameEn: name };
  }
  if (row.pairing_id) {
    const schools = links.pairingSchools.filter((s) => s.pairing_id === row.pairing_id);
    return { type: 'pairing', id: row.pairing_id, nameZh: schools.map((s) => s.name_zh).join(' — '), nameEn: schools.map((s) => s.name_en).join(' — ') };
  }
  return null;
}

export async function listExchanges(db: Db, actor: Actor, query: ExchangeListQuery) {
  authorize(actor, 'list', { type: 'cooperation_network' });
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const regionPath = query.regionId ? await findRegionPath(db, query.regionId) : undefined;
  const { rows, total, totalIsLowerBound } = await repo.listExchanges(db, {
    kind: query.kind,
    from: query.from,
    to: query.to,
    organizationId: query.organizationId,
    regionPath,
    pairingId: query.pairingId,
    communityId: query.communityId,
    allianceId: query.allianceId,
    visibility: visibilityOf(actor),
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return { items: await present(db, actor, rows), total, totalIsLowerBound };
}

export async function getExchange(db: DbOrTx, actor: Actor, id: string): Promise<ExchangeView> {
  const row = await loadExchange(db, actor, id, 'read');
  return (await present(db, actor, [row]))[0]!;
}

const linkOfInput = (input: ExchangeInput) =>
  [
    input.pairingId ? { type: 'pairing' as const, id: input.pairingId, field: '/pairingId' } : null,
    input.communityId ? { type: 'community' as const, id: input.communityId, field: '/communityId' } : null,
    input.allianceId ? { type: 'alliance' as const, id: input.allianceId, field: '/allianceId' } : null,
  ].filter((link) => link !== null);

/** Checks an exchange as entered and returns what to write: its organizations and named participants. */
export async function checkExchange(
  db: DbOrTx,
  input: ExchangeInput,
): Promise<{ infos: Map<string, OrganizationInfo>; write: Omit<repo.ExchangeWrite, 'exchange'> }> {
  if (input.partnerOrganizationIds.includes(input.hostOrganizationId))
    throw new AppError('request.invalid', 400, {}, [{ field: '/partnerOrganizationIds', message: '' }]);
  const ids = [input.hostOrganizationId, ...input.partnerOrganizationIds];
  const infos = await findOrganizations(db, ids);
  ids.forEach((id, index) => {
    if (!infos.has(id)) {
      throw new AppError('cooperation.organization_unknown', 400, { id }, [
        { field: index === 0 ? '/hostOrganizationId' : `/partnerOrganizationIds/${index - 1}`, message: '' },
      ]);
    }
  });
  const links = linkOfInput(input);
  if (links.length > 1) throw new AppError('cooperation.exchange_link_multiple', 400);
  const link = links[0];
  if (link) {
    const members = await repo.findLinkMembers(db, link);
    if (!members || !members.some((m) => ids.includes(m)))
      throw new AppError('cooperation.exchange_link_invalid', 400, {}, [{ field: link.field, message: '' }]);
  }
  const userIds = input.participantUserIds ?? [];
  const grants = await repo.findStaffGrants(db, userIds, ids);
  const participants = userIds.map((userId, index) => {
    // A person working at several of the organizations takes part for the first of them in the exchange's order.
    const organizationId = ids.find((id) => grants.some((g) => g.user_id === userId && g.organization_id === id));
    if (!organizationId) throw new AppError('cooperation.participants_invalid', 400, {}, [{ field: `/participantUserIds/${index}`, message: '' }]);
    return { userId, organizationId };
  });
  if (input.participantCount < participants.length) {
    throw new AppError('cooperation.participant_count_too_small', 400, { named: participants.length }, [{ field: '/participantCount', message: '' }]);
  }
  const organizations = ids.map((id, index) => ({
    organizationId: id,
    role: index === 0 ? ('host' as const) : ('partner' as const),
    regionPath: infos.get(id)!.regionPath,
  }));
  return { infos, write: { organizations, participants } };
}

export const exchangeColumns = (input: ExchangeInput) => ({
  kind: input.kind,
  title: input.title,
  occurred_on: input.occurredOn,
  occurred_month: input.occurredOn.slice(0, 7),
  host_organization_id: input.hostOrganizationId,
  pairing_id: input.pairingId ?? null,
  community_id: input.communityId ?? null,
  alliance_id: input.allianceId ?? null,
  participant_count: input.participantCount,
  summary: input.summary ?? null,
});

/**
 * Logged by staff of one of its organizations (or a bureau above one). With a client key, a retried request
 * returns the exchange the first one made (created: false).
 */
export async function createExchange(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  input: CreateExchangeBody,
): Promise<{ exchange: ExchangeView; created: boolean }> {
  const { clientKey, ...fields } = input;
  const earlier = clientKey ? await repo.findExchangeByClientKey(db, actor.userId, clientKey) : undefined;
  if (earlier) return { exchange: await getExchange(db, actor, earlier.id), created: false };
  const { infos, write } = await checkExchange(db, fields);
  authorize(actor, 'create', resourceOf(actor.userId, [...infos.values()].map(toOrgRef)));
  const id = randomUUID();
  const now = nowIso();
  try {
    await db.transaction().execute(async (tx) => {
      await repo.insertExchange(tx, {
        ...write,
        exchange: { id, ...exchangeColumns(fields), client_key: clientKey ?? null, created_by: actor.userId, created_at: now, updated_at: now },
      });
      await recordAudit(tx, audit, {
        action: 'exchange.create',
        objectType: 'exchange',
        objectId: id,
        result: 'success',
        detail: { kind: fields.kind, organizations: write.organizations.length },
      });
    });
  } catch (error) {
    // A retry that raced the first request lost on the unique client key: answer with the first one's exchange.
    const winner = clientKey ? await repo.findExchangeByClientKey(db, actor.userId, clientKey) : undefined;
    if (!winner) throw error;
    return { exchange: await getExchange(db, actor, winner.id), created: false };
  }
  return { exchange: await getExchange(db, actor, id), created: true };
}

/** The caller must be allowed to change the exchange as it was and as it will be. */
export async function updateExchange(db: Db, actor: Actor, audit: AuditContext, id: string, input: UpdateExchangeBody): Promise<ExchangeView> {
  const current = await loadExchange(db, actor, id, 'update');
  const { version, ...fields } = input;
  const { infos, write } = await checkExchange(db, fields);
  authorize(actor, 'update', resourceOf(current.created_by, [...infos.values()].map(toOrgRef)));
  await db.transaction().execute(async (tx) => {
    const exchange = {
      id,
      ...exchangeColumns(fields),
      client_key: current.client_key,
      created_by: current.created_by,
      created_at: current.created_at,
      updated_at: nowIso(),
    };
    if (!(await repo.replaceExchange(tx, current, version, { ...write, exchange }))) throw conflict();
    await recordAudit(tx, audit, { action: 'exchange.update', objectType: 'exchange', objectId: id, result: 'success' });
  });
  return getExchange(db, actor, id);
}

export async function deleteExchange(deps: ExchangeDeps, actor: Actor, audit: AuditContext, id: string): Promise<void> {
  const current = await loadExchange(deps.db, actor, id, 'delete');
  const attached = await files.findFiles(deps.db, 'exchange', [id]);
  await deps.db.transaction().execute(async (tx) => {
    await files.deleteFilesOf(tx, 'exchange', id);
    await repo.deleteExchange(tx, current);
    await recordAudit(tx, audit, { action: 'exchange.delete', objectType: 'exchange', objectId: id, result: 'success' });
  });
  for (const file of attached) await deps.files.delete(file.storage_key);
}

/** A photo or document of the exchange (at most 20); the upload is read only once the caller may add it. */
export async function addExchangeFile(
  deps: ExchangeDeps,
  actor: Actor,
  audit: AuditContext,
  id: string,
  readUpload: () => Promise<Upload>,
): Promise<ExchangeView> {
  await loadExchange(deps.db, actor, id, 'update');
  if ((await files.countFiles(deps.db, 'exchange', id)) >= MAX_FILES) throw new AppError('cooperation.file_limit', 409, { max: MAX_FILES });
  const upload = await readUpload();
  const accepted = await inspectUpload(upload);
  await deps.db.transaction().execute(async (tx) => {
    const row = await storeFile(tx, deps.files, { type: 'exchange', id }, upload, accepted, actor.userId);
    await recordAudit(tx, audit, {
      action: 'exchange.file.add',
      objectType: 'exchange',
      objectId: id,
      result: 'success',
      detail: { fileId: row.id, kind: row.kind },
    });
  });
  return getExchange(deps.db, actor, id);
}

export async function findExchangeFile(db: Db, actor: Actor, id: string, fileId: string) {
  await loadExchange(db, actor, id, 'read');
  return loadFile(db, { type: 'exchange', id }, fileId);
}

export async function removeExchangeFile(deps: ExchangeDeps, actor: Actor, audit: AuditContext, id: string, fileId: string): Promise<ExchangeView> {
  await loadExchange(deps.db, actor, id, 'update');
  const file = await loadFile(deps.db, { type: 'exchange', id }, fileId);
  await deps.db.transaction().execute(async (tx) => {
    await files.deleteFile(tx, fileId);
    await recordAudit(tx, audit, { action: 'exchange.file.remove', objectType: 'exchange', objectId: id, result: 'success', detail: { fileId } });
  });
  await deps.files.delete(file.storage_key);
  return getExchange(deps.db, actor, id);
}

/**
 * Staff of the exchange's organizations to name as participants — the partner's as well as the caller's own.
 * Whoever may log an exchange among these organizations may search their staff, by name only.
 */
export async function searchParticipants(db: Db, actor: Actor, query: ParticipantSearchQuery): Promise<ParticipantCandidates> {
  const infos = await findOrganizations(db, query.organizationIds);
  const unknown = query.organizationIds.find((id) => !infos.has(id));
  if (unknown) throw new AppError('cooperation.organization_unknown', 400, { id: unknown });
  authorize(actor, 'create', resourceOf(actor.userId, [...infos.values()].map(toOrgRef)));
  const rows = await repo.searchStaffAt(db, query.organizationIds, query.q?.trim() || undefined, 30);
  return {
    items: rows.map((r) => {
      const org = infos.get(r.organization_id!)!;
      return {
        userId: r.user_id,
        displayName: r.display_name,
        organizationId: r.organization_id!,
        organizationNameZh: org.nameZh,
        organizationNameEn: org.nameEn,
      };
    }),
  };
}
