import { randomUUID } from 'node:crypto';
import type { OrganizationKind } from '../../../../common/directory.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { authorize, can } from '../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import { AppError, conflict, notFound } from '../../platform/http/errors.ts';
import * as repo from './directory.repository.ts';
import type {
  CreateOrganizationBody,
  OrganizationInput,
  OrganizationListQuery,
  OrganizationView,
  RegionView,
  UpdateOrganizationBody,
} from './directory.schemas.ts';

export async function listRegions(db: Db, actor: Actor): Promise<RegionView[]> {
  authorize(actor, 'read', { type: 'directory' });
  const [regions, direct] = await Promise.all([repo.findAllRegions(db), repo.countSchoolsByRegion(db)]);
  // Sum each region's own schools into every ancestor (regions arrive ordered by path, parents first).
  const totals = new Map<string, number>();
  for (const region of [...regions].reverse()) {
    const own = (direct.get(region.id) ?? 0) + (totals.get(region.id) ?? 0);
    totals.set(region.id, own);
    if (region.parent_id) totals.set(region.parent_id, (totals.get(region.parent_id) ?? 0) + own);
  }
  return regions.map((r) => ({
    id: r.id,
    divisionCode: r.division_code,
    parentId: r.parent_id,
    level: r.level,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    latitude: r.latitude,
    longitude: r.longitude,
    schoolCount: totals.get(r.id) ?? 0,
  }));
}

function toOrganizationView(
  actor: Actor,
  row: repo.OrganizationRow,
  stages: Map<string, string[]>,
  seats: Awaited<ReturnType<typeof repo.findSeats>>,
): OrganizationView {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    regionId: row.region_id,
    regionNameZh: row.region_name_zh,
    regionNameEn: row.region_name_en,
    ownership: row.ownership,
    stages: (stages.get(row.id) ?? []) as OrganizationView['stages'],
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    pupilCount: row.pupil_count,
    teacherCount: row.teacher_count,
    website: row.website,
    seats: seats.get(row.id) ?? [],
    canEdit: can(actor, 'update', { type: 'organization', id: row.id, kind: row.kind, regionPath: row.region_path }),
    updatedAt: row.updated_at,
    version: row.version,
  };
}

async function present(db: DbOrTx, actor: Actor, rows: repo.OrganizationRow[]): Promise<OrganizationView[]> {
  const ids = rows.map((r) => r.id);
  const [stages, seats] = await Promise.all([repo.findStages(db, ids), repo.findSeats(db, ids)]);
  return rows.map((row) => toOrganizationView(actor, row, stages, seats));
}

async function regionPathOf(db: DbOrTx, regionId: string): Promise<string> {
  const region = await repo.findRegion(db, regionId);
  if (!region) throw new AppError('directory.region_unknown', 400, { region: regionId }, [{ field: '/regionId', message: '' }]);
  return region.path;
}

export async function listOrganizations(db: Db, actor: Actor, query: OrganizationListQuery) {
  authorize(actor, 'read', { type: 'directory' });
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const regionPath = query.regionId ? await regionPathOf(db, query.regionId) : undefined;
  const { rows, total } = await repo.findOrganizations(db, { ...query, regionPath, offset: (page - 1) * pageSize, limit: pageSize });
  return { items: await present(db, actor, rows), total };
}

export async function getOrganization(db: DbOrTx, actor: Actor, id: string): Promise<OrganizationView> {
  const row = await repo.findOrganization(db, id);
  if (!row) throw notFound();
  authorize(actor, 'read', { type: 'organization', id, kind: row.kind, regionPath: row.region_path });
  return (await present(db, actor, [row]))[0]!;
}

/** For other modules (role grants, enrollment …): an organization's kind and the region path it sits in. */
export async function findOrganizationScope(db: DbOrTx, id: string): Promise<{ id: string; kind: OrganizationKind; regionPath: string } | undefined> {
  const row = await repo.findOrganization(db, id);
  return row ? { id: row.id, kind: row.kind, regionPath: row.region_path } : undefined;
}

/** For other modules: a region's path (a grant scoped to a region reaches everything below it). */
export async function findRegionScope(db: DbOrTx, id: string): Promise<{ id: string; path: string } | undefined> {
  const region = await repo.findRegion(db, id);
  return region ? { id: region.id, path: region.path } : undefined;
}

/** Schools carry stages and ownership; other organizations carry neither. */
function normalize(kind: OrganizationKind, input: OrganizationInput): OrganizationInput {
  if (kind === 'school') return input;
  return { ...input, ownership: null, stages: [], seats: [], pupilCount: null };
}

async function assertCodeFree(db: DbOrTx, code: string | null, exceptId: string | null) {
  if (!code) return;
  const existing = await repo.findOrganizationByCode(db, code);
  if (existing && existing.id !== exceptId) throw new AppError('directory.school_code_taken', 409, { code }, [{ field: '/code', message: '' }]);
}

/** Writes one organization inside the caller's transaction; shared by the form and the file import. */
export async function writeOrganization(
  tx: DbOrTx,
  id: string | null,
  kind: OrganizationKind,
  input: OrganizationInput,
  regionPath: string,
  version: number | null,
) {
  const data = normalize(kind, input);
  const now = nowIso();
  const columns = {
    code: data.code,
    name_zh: data.nameZh,
    name_en: data.nameEn,
    region_id: data.regionId,
    region_path: regionPath,
    ownership: data.ownership,
    address: data.address,
    latitude: data.latitude,
    longitude: data.longitude,
    pupil_count: data.pupilCount,
    teacher_count: data.teacherCount,
    website: data.website,
    updated_at: now,
  };
  const organizationId = id ?? randomUUID();
  if (id === null) {
    await repo.insertOrganization(tx, { id: organizationId, kind, created_at: now, ...columns });
  } else if (!(await repo.updateOrganization(tx, id, version, columns))) {
    throw conflict();
  }
  await repo.replaceStagesAndSeats(tx, organizationId, data.stages, data.seats);
  return organizationId;
}

export async function createOrganization(db: Db, actor: Actor, audit: AuditContext, input: CreateOrganizationBody): Promise<OrganizationView> {
  const regionPath = await regionPathOf(db, input.regionId);
  authorize(actor, 'create', { type: 'organization_collection', regionPath });
  const id = await db.transaction().execute(async (tx) => {
    await assertCodeFree(tx, input.code, null);
    const newId = await writeOrganization(tx, null, input.kind, input, regionPath, null);
    await recordAudit(tx, audit, {
      action: 'organization.create',
      objectType: 'organization',
      objectId: newId,
      result: 'success',
      detail: { kind: input.kind },
    });
    return newId;
  });
  return getOrganization(db, actor, id);
}

export async function updateOrganization(db: Db, actor: Actor, audit: AuditContext, id: string, input: UpdateOrganizationBody): Promise<OrganizationView> {
  const current = await repo.findOrganization(db, id);
  if (!current) throw notFound();
  authorize(actor, 'update', { type: 'organization', id, kind: current.kind, regionPath: current.region_path });
  const regionPath = await regionPathOf(db, input.regionId);
  // Moving a record to another region needs the right to create there, too.
  if (regionPath !== current.region_path) authorize(actor, 'create', { type: 'organization_collection', regionPath });
  await db.transaction().execute(async (tx) => {
    await assertCodeFree(tx, input.code, id);
    const { version, ...fields } = input;
    await writeOrganization(tx, id, current.kind, fields, regionPath, version);
    await recordAudit(tx, audit, { action: 'organization.update', objectType: 'organization', objectId: id, result: 'success' });
  });
  return getOrganization(db, actor, id);
}
