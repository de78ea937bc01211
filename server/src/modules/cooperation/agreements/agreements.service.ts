import { randomUUID } from 'node:crypto';
import type { AgreementStatus, FocusArea } from '../../../../../common/cooperation.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { CooperationResource } from '../cooperation.policy.ts';
import { authorize, can, type Action } from '../../../platform/access/policy.ts';
import { recordAudit, systemAuditContext, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import type { FileStore } from '../../../platform/files/file-store.ts';
import { AppError, conflict, notFound } from '../../../platform/http/errors.ts';
import { findOrganizations, summaryOf, toOrgRef, type OrganizationInfo } from '../cooperation.repository.ts';
import { findRegionPath } from '../cooperation.service.ts';
import * as files from '../cooperation-files.repository.ts';
import { inspectUpload, storeFile, toFileView, type Upload } from '../cooperation-files.ts';
import { administeredIds, chinaToday, visibilityOf } from '../scope.ts';
import * as repo from './agreements.repository.ts';
import type { AgreementInput, AgreementListQuery, AgreementView, CreateAgreementBody, UpdateAgreementBody } from './agreements.schemas.ts';

// Agreements (合作协议): drafted by a party, confirmed by every party's admin (then in force), expired by
// date or ended by a party. The signed text is a PDF.

type AgreementResource = Extract<CooperationResource, { type: 'cooperation_agreement' }>;

const resourceOf = (status: AgreementStatus, parties: OrganizationInfo[]): AgreementResource => ({
  type: 'cooperation_agreement',
  status,
  parties: parties.map(toOrgRef),
});

const statusInvalid = (status: AgreementStatus) => new AppError('cooperation.agreement_status_invalid', 409, { agreementStatus: `agreementStatus:${status}` });

async function loadAgreement(db: DbOrTx, actor: Actor, id: string, action: Action) {
  authorize(actor, 'read', { type: 'cooperation_network' });
  const agreement = await repo.findAgreement(db, id);
  if (!agreement) throw notFound();
  const parties = await repo.findParties(db, [id]);
  const infos = await findOrganizations(
    db,
    parties.map((p) => p.organization_id),
  );
  const resource = resourceOf(agreement.status, [...infos.values()]);
  if (!can(actor, 'read', resource)) throw notFound();
  authorize(actor, action, resource);
  return { agreement, parties };
}

async function present(db: DbOrTx, actor: Actor, rows: repo.AgreementRow[]): Promise<AgreementView[]> {
  const ids = rows.map((r) => r.id);
  const [parties, pairings, documents] = await Promise.all([repo.findParties(db, ids), repo.countPairings(db, ids), files.findFiles(db, 'agreement', ids)]);
  const infos = await findOrganizations(
    db,
    parties.map((p) => p.organization_id),
  );
  const mine = new Set(administeredIds(actor));
  return rows.map((row) => {
    const own = parties.filter((p) => p.agreement_id === row.id);
    const resource = resourceOf(
      row.status,
      own.map((p) => infos.get(p.organization_id)!),
    );
    const document = documents.find((d) => d.id === row.document_file_id);
    const open = row.status === 'draft' || row.status === 'in_force';
    return {
      id: row.id,
      title: row.title,
      scope: row.scope,
      focusAreas: JSON.parse(row.focus_areas) as FocusArea[],
      signedOn: row.signed_on,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      status: row.status,
      parties: own
        .map((p) => ({ ...summaryOf(infos.get(p.organization_id)!), confirmedAt: p.confirmed_at }))
        .sort((a, b) => a.nameZh.localeCompare(b.nameZh, 'zh-CN')),
      document: document ? toFileView(document) : null,
      pairingCount: pairings.get(row.id) ?? 0,
      inForceAt: row.in_force_at,
      endedAt: row.ended_at,
      endReason: row.end_reason,
      permissions: {
        canUpdate: row.status === 'draft' && can(actor, 'update', resource),
        canDelete: row.status === 'draft' && can(actor, 'delete', resource),
        canConfirm:
          row.status === 'draft' &&
          row.starts_on !== null &&
          can(actor, 'confirm', resource) &&
          own.some((p) => p.confirmed_at === null && mine.has(p.organization_id)),
        canEnd: row.status === 'in_force' && can(actor, 'end', resource),
        canUploadDocument: open && can(actor, 'update', resource),
      },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  });
}

export async function listAgreements(db: Db, actor: Actor, query: AgreementListQuery) {
  authorize(actor, 'list', { type: 'cooperation_network' });
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const regionPath = query.regionId ? await findRegionPath(db, query.regionId) : undefined;
  const { rows, total } = await repo.listAgreements(db, {
    status: query.status,
    organizationId: query.organizationId,
    regionPath,
    visibility: visibilityOf(actor),
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return { items: await present(db, actor, rows), total };
}

export async function getAgreement(db: DbOrTx, actor: Actor, id: string): Promise<AgreementView> {
  const { agreement } = await loadAgreement(db, actor, id, 'read');
  return (await present(db, actor, [agreement]))[0]!;
}

/** The parties as organizations (any kind but a research institute's staff sign for it too); dates in order. */
async function checkAgreement(db: DbOrTx, input: AgreementInput): Promise<OrganizationInfo[]> {
  const infos = await findOrganizations(db, input.partyOrganizationIds);
  input.partyOrganizationIds.forEach((id, index) => {
    if (!infos.has(id)) throw new AppError('cooperation.organization_unknown', 400, { id }, [{ field: `/partyOrganizationIds/${index}`, message: '' }]);
  });
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn)
    throw new AppError('cooperation.dates_invalid', 400, {}, [{ field: '/endsOn', message: '' }]);
  return input.partyOrganizationIds.map((id) => infos.get(id)!);
}

const columnsOf = (input: AgreementInput) => ({
  title: input.title,
  scope: input.scope ?? null,
  focus_areas: JSON.stringify(input.focusAreas),
  signed_on: input.signedOn ?? null,
  starts_on: input.startsOn ?? null,
  ends_on: input.endsOn ?? null,
});

const partyRows = (agreementId: string, parties: OrganizationInfo[]): repo.PartyRow[] =>
  parties.map((p) => ({ agreement_id: agreementId, organization_id: p.id, region_path: p.regionPath, confirmed_at: null, confirmed_by: null }));

/** A draft, written by an admin of one of its parties; a retry with the same client key returns the first draft. */
export async function createAgreement(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  input: CreateAgreementBody,
): Promise<{ agreement: AgreementView; created: boolean }> {
  const { clientKey, ...fields } = input;
  const earlier = clientKey ? await repo.findAgreementByClientKey(db, actor.userId, clientKey) : undefined;
  if (earlier) return { agreement: await getAgreement(db, actor, earlier.id), created: false };
  const parties = await checkAgreement(db, fields);
  authorize(actor, 'create', resourceOf('draft', parties));
  const id = randomUUID();
  const now = nowIso();
  try {
    await db.transaction().execute(async (tx) => {
      await repo.insertAgreement(
        tx,
        {
          id,
          ...columnsOf(fields),
          status: 'draft',
          document_file_id: null,
          in_force_at: null,
          ended_at: null,
          ended_by: null,
          end_reason: null,
          client_key: clientKey ?? null,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        },
        partyRows(id, parties),
      );
      await recordAudit(tx, audit, {
        action: 'agreement.create',
        objectType: 'agreement',
        objectId: id,
        result: 'success',
        detail: { parties: parties.length },
      });
    });
  } catch (error) {
    const winner = clientKey ? await repo.findAgreementByClientKey(db, actor.userId, clientKey) : undefined;
    if (!winner) throw error;
    return { agreement: await getAgreement(db, actor, winner.id), created: false };
  }
  return { agreement: await getAgreement(db, actor, id), created: true };
}

/** Drafts only. A changed text is a new text: every party confirms it again. */
export async function updateAgreement(db: Db, actor: Actor, audit: AuditContext, id: string, input: UpdateAgreementBody): Promise<AgreementView> {
  const { agreement } = await loadAgreement(db, actor, id, 'update');
  if (agreement.status !== 'draft') throw statusInvalid(agreement.status);
  const { version, ...fields } = input;
  const parties = await checkAgreement(db, fields);
  authorize(actor, 'update', resourceOf('draft', parties));
  await db.transaction().execute(async (tx) => {
    if (!(await repo.updateAgreement(tx, id, { version, status: 'draft' }, { ...columnsOf(fields), updated_at: nowIso() }))) throw conflict();
    await repo.replaceParties(tx, id, partyRows(id, parties));
    await recordAudit(tx, audit, { action: 'agreement.update', objectType: 'agreement', objectId: id, result: 'success' });
  });
  return getAgreement(db, actor, id);
}

export async function deleteAgreement(deps: { db: Db; files: FileStore }, actor: Actor, audit: AuditContext, id: string): Promise<void> {
  const { agreement } = await loadAgreement(deps.db, actor, id, 'delete');
  if (agreement.status !== 'draft') throw statusInvalid(agreement.status);
  if (((await repo.countPairings(deps.db, [id])).get(id) ?? 0) > 0) throw statusInvalid(agreement.status);
  const attached = await files.findFiles(deps.db, 'agreement', [id]);
  await deps.db.transaction().execute(async (tx) => {
    if (!(await repo.updateAgreement(tx, id, agreement, { document_file_id: null }))) throw conflict();
    await files.deleteFilesOf(tx, 'agreement', id);
    await repo.deleteAgreement(tx, id);
    await recordAudit(tx, audit, { action: 'agreement.delete', objectType: 'agreement', objectId: id, result: 'success' });
  });
  for (const file of attached) await deps.files.delete(file.storage_key);
}

/** A party's admin confirms for the parties they run; the last confirmation puts the agreement in force. */
export async function confirmAgreement(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: string,
  input: { version: number; withoutDocument?: boolean },
): Promise<AgreementView> {
  const { version } = input;
  const { agreement, parties } = await loadAgreement(db, actor, id, 'confirm');
  if (agreement.status !== 'draft') throw statusInvalid(agreement.status);
  // A binding step: the terms must say from when, and either the signed text is attached or the party says there is none.
  if (agreement.starts_on === null) throw new AppError('cooperation.agreement_start_missing', 409);
  const withoutDocument = agreement.document_file_id === null;
  if (withoutDocument && input.withoutDocument !== true) throw new AppError('cooperation.agreement_document_missing', 409);
  const mine = new Set(administeredIds(actor));
  const pending = parties.filter((p) => p.confirmed_at === null && mine.has(p.organization_id)).map((p) => p.organization_id);
  if (pending.length === 0) throw new AppError('cooperation.agreement_already_confirmed', 409);
  const everyone = parties.every((p) => p.confirmed_at !== null || pending.includes(p.organization_id));
  await db.transaction().execute(async (tx) => {
    const now = nowIso();
    await repo.markConfirmed(tx, id, pending, actor.userId, now);
    const changes = everyone ? { status: 'in_force' as const, in_force_at: now, signed_on: agreement.signed_on ?? chinaToday() } : {};
    if (!(await repo.updateAgreement(tx, id, { version, status: 'draft' }, { ...changes, updated_at: now }))) throw conflict();
    await recordAudit(tx, audit, {
      action: 'agreement.confirm',
      objectType: 'agreement',
      objectId: id,
      result: 'success',
      detail: { organizationIds: pending, inForce: everyone, withoutDocument },
    });
  });
  return getAgreement(db, actor, id);
}

export async function endAgreement(db: Db, actor: Actor, audit: AuditContext, id: string, input: { reason: string; version: number }): Promise<AgreementView> {
  const { agreement } = await loadAgreement(db, actor, id, 'end');
  if (agreement.status !== 'in_force') throw statusInvalid(agreement.status);
  await db.transaction().execute(async (tx) => {
    const now = nowIso();
    const changes = { status: 'ended' as const, ended_at: now, ended_by: actor.userId, end_reason: input.reason, updated_at: now };
    if (!(await repo.updateAgreement(tx, id, { version: input.version, status: 'in_force' }, changes))) throw conflict();
    await recordAudit(tx, audit, { action: 'agreement.end', objectType: 'agreement', objectId: id, result: 'success' });
  });
  return getAgreement(db, actor, id);
}

/** The signed text, a PDF; a new upload replaces the old one. Drafts and agreements in force only. */
export async function uploadDocument(
  deps: { db: Db; files: FileStore },
  actor: Actor,
  audit: AuditContext,
  id: string,
  readUpload: () => Promise<Upload>,
): Promise<AgreementView> {
  const { agreement } = await loadAgreement(deps.db, actor, id, 'update');
  if (agreement.status !== 'draft' && agreement.status !== 'in_force') throw statusInvalid(agreement.status);
  const upload = await readUpload();
  const accepted = await inspectUpload(upload);
  if (accepted.kind !== 'pdf') throw new AppError('cooperation.document_not_pdf', 400, {}, [{ field: '/file', message: '' }]);
  const previous = agreement.document_file_id ? await files.findFile(deps.db, 'agreement', id, agreement.document_file_id) : undefined;
  await deps.db.transaction().execute(async (tx) => {
    const row = await storeFile(tx, deps.files, { type: 'agreement', id }, upload, accepted, actor.userId);
    if (!(await repo.updateAgreement(tx, id, agreement, { document_file_id: row.id, updated_at: nowIso() }))) throw conflict();
    if (previous) await files.deleteFile(tx, previous.id);
    await recordAudit(tx, audit, { action: 'agreement.document.upload', objectType: 'agreement', objectId: id, result: 'success', detail: { fileId: row.id } });
  });
  if (previous) await deps.files.delete(previous.storage_key);
  return getAgreement(deps.db, actor, id);
}

export async function findDocument(db: Db, actor: Actor, id: string) {
  const { agreement } = await loadAgreement(db, actor, id, 'read');
  const file = agreement.document_file_id ? await files.findFile(db, 'agreement', id, agreement.document_file_id) : undefined;
  if (!file) throw notFound();
  return file;
}

/** Housekeeping: agreements whose term is over expire (China's calendar day decides). */
export async function expireAgreements(db: Db, now = new Date()): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const ids = await repo.expireAgreements(tx, chinaToday(now), now.toISOString());
    for (const id of ids)
      await recordAudit(tx, systemAuditContext('housekeeping'), { action: 'agreement.expire', objectType: 'agreement', objectId: id, result: 'success' });
    return ids.length;
  });
}
