import { randomUUID } from 'node:crypto';
import type { FocusArea } from '../../../../../common/cooperation.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { CooperationResource } from '../cooperation.policy.ts';
import { authorize, can, type Action } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { findOrganizations, findRegions, summaryOf, type OrganizationInfo } from '../cooperation.repository.ts';
import { findRegionPath } from '../cooperation.service.ts';
import { administeredIds, bureauAdminScopes, visibilityOf } from '../scope.ts';
import { canApproveSomeSide, sidesOf } from './pairing-sides.ts';
import { recordPairingEvent, statusInvalid, touchPairing } from './pairing-status.ts';
import * as repo from './pairings.repository.ts';
import type { CreatePairingBody, PairingDetail, PairingListQuery, PairingView, UpdatePairingBody } from './pairings.schemas.ts';

export type PairingResource = Extract<CooperationResource, { type: 'cooperation_pairing' }>;

export interface LoadedPairing {
  pairing: repo.PairingRow;
  schools: repo.PairingSchoolRow[];
  approvals: repo.ApprovalRow[];
  resource: PairingResource;
}

export const pairingResource = (
  pairing: Pick<repo.PairingRow, 'status' | 'proposer_school_id'>,
  schools: Pick<repo.PairingSchoolRow, 'school_id' | 'region_path'>[],
): PairingResource => ({
  type: 'cooperation_pairing',
  status: pairing.status,
  proposerSchoolId: pairing.proposer_school_id,
  schools: schools.map((s) => ({ organizationId: s.school_id, kind: 'school' as const, regionPath: s.region_path })),
});

/** The pairing for an action; a 404 for those who may not even see it, so a proposal does not leak. */
export async function loadPairing(db: DbOrTx, actor: Actor, id: string, action: Action): Promise<LoadedPairing> {
  authorize(actor, 'read', { type: 'cooperation_network' });
  const pairing = await repo.findPairing(db, id);
  if (!pairing) throw notFound();
  const [schools, approvals] = await Promise.all([repo.findSchools(db, [id]), repo.findApprovals(db, [id])]);
  const resource = pairingResource(pairing, schools);
  if (!can(actor, 'read', resource)) throw notFound();
  authorize(actor, action, resource);
  return { pairing, schools, approvals, resource };
}

const bureauName = (orgs: Map<string, OrganizationInfo>, id: string | null) => {
  const org = id ? orgs.get(id) : undefined;
  return org ? { id: org.id, nameZh: org.nameZh, nameEn: org.nameEn } : null;
};

/** Schools the caller runs that still have to accept the proposal. */
export const pendingSchoolsOf = (actor: Actor, pairing: repo.PairingRow, schools: repo.PairingSchoolRow[]) => {
  const mine = new Set(administeredIds(actor));
  return schools.filter((s) => s.school_id !== pairing.proposer_school_id && s.accepted_at === null && mine.has(s.school_id));
};

function permissionsOf(actor: Actor, pairing: repo.PairingRow, schools: repo.PairingSchoolRow[], approvals: repo.ApprovalRow[]) {
  const resource = pairingResource(pairing, schools);
  const status = pairing.status;
  const approvalRefs = approvals.map((a) => ({ regionId: a.region_id, bureauId: a.bureau_id, approvedBy: a.approved_by }));
  const mayRespond = status === 'proposed' && pendingSchoolsOf(actor, pairing, schools).length > 0;
  return {
    canUpdate: status === 'proposed' && can(actor, 'update', resource),
    canAccept: mayRespond && can(actor, 'accept', resource),
    canDecline: mayRespond && can(actor, 'decline', resource),
    canWithdraw: (status === 'proposed' || status === 'accepted') && can(actor, 'withdraw', resource),
    canApprove: status === 'accepted' && can(actor, 'approve', resource) && canApproveSomeSide(actor, sidesOf(schools), approvalRefs),
    canReject: status === 'accepted' && can(actor, 'reject', resource),
    canEnd: status === 'active' && can(actor, 'end', resource),
  };
}

async function present(db: DbOrTx, actor: Actor, pairings: repo.PairingRow[]): Promise<PairingView[]> {
  const ids = pairings.map((p) => p.id);
  const [schools, approvals, stats, agreements] = await Promise.all([
    repo.findSchools(db, ids),
    repo.findApprovals(db, ids),
    repo.findExchangeStats(db, ids),
    repo.findAgreementTitles(
      db,
      pairings.map((p) => p.agreement_id).filter((id): id is string => id !== null),
    ),
  ]);
  const [orgs, regions] = await Promise.all([
    findOrganizations(db, [...schools.map((s) => s.school_id), ...approvals.map((a) => a.bureau_id).filter((id): id is string => id !== null)]),
    findRegions(
      db,
      schools.map((s) => s.region_id),
    ),
  ]);
  const titles = new Map(agreements.map((a) => [a.id, a.title]));
  return pairings.map((pairing) => {
    const own = schools
      .filter((s) => s.pairing_id === pairing.id)
      .sort((a, b) => Number(b.school_id === pairing.proposer_school_id) - Number(a.school_id === pairing.proposer_school_id));
    const ownApprovals = approvals.filter((a) => a.pairing_id === pairing.id);
    const stat = stats.get(pairing.id);
    const detailsVisible = can(actor, 'read_details', pairingResource(pairing, own));
    return {
      id: pairing.id,
      batch: pairing.batch,
      focusAreas: JSON.parse(pairing.focus_areas) as FocusArea[],
      agreement: pairing.agreement_id ? { id: pairing.agreement_id, title: titles.get(pairing.agreement_id) ?? '' } : null,
      startsOn: pairing.starts_on,
      endsOn: pairing.ends_on,
      description: detailsVisible ? pairing.description : null,
      status: pairing.status,
      proposerSchoolId: pairing.proposer_school_id,
      schools: own.map((s) => ({ ...summaryOf(orgs.get(s.school_id)!), isProposer: s.school_id === pairing.proposer_school_id, acceptedAt: s.accepted_at })),
      sides: sidesOf(own).map((side) => {
        const approval = ownApprovals.find((a) => a.region_id === side.regionId);
        const region = regions.get(side.regionId);
        return {
          regionId: side.regionId,
          regionNameZh: region?.nameZh ?? '',
          regionNameEn: region?.nameEn ?? '',
          approvedAt: approval?.approved_at ?? null,
          approvedByBureau: bureauName(orgs, approval?.bureau_id ?? null),
        };
      }),
      decisionReason: detailsVisible ? pairing.decision_reason : null,
      activatedAt: pairing.activated_at,
      endedAt: pairing.ended_at,
      endReason: detailsVisible ? pairing.end_reason : null,
      lastExchangeOn: stat?.last ?? null,
      exchangeCount: stat?.count ?? 0,
      detailsVisible,
      permissions: permissionsOf(actor, pairing, own, ownApprovals),
      createdAt: pairing.created_at,
      updatedAt: pairing.updated_at,
      version: pairing.version,
    };
  });
}

export async function listPairings(db: Db, actor: Actor, query: PairingListQuery) {
  authorize(actor, 'list', { type: 'cooperation_network' });
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const regionPath = query.regionId ? await findRegionPath(db, query.regionId) : undefined;
  const ids = query.awaitingMe ? await awaitingIds(db, actor) : undefined;
  const { rows, total } = await repo.listPairings(db, {
    status: query.status,
    batch: query.batch,
    schoolId: query.schoolId,
    regionPath,
    ids,
    visibility: visibilityOf(actor),
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return { items: await present(db, actor, rows), total };
}

/** Pairings the caller can move on now: accept as a partner school, or approve as a side's bureau (also the to-do list's). */
export async function pairingsAwaitingMe(db: DbOrTx, actor: Actor) {
  const candidates = await repo.findAwaitingCandidates(db, administeredIds(actor), bureauAdminScopes(actor));
  const pairings = (await Promise.all(candidates.map((id) => repo.findPairing(db, id)))).filter((p): p is repo.PairingRow => !!p);
  const views = await present(db, actor, pairings);
  return views.filter((v) => v.permissions.canAccept || v.permissions.canApprove);
}

const awaitingIds = async (db: Db, actor: Actor): Promise<string[]> => (await pairingsAwaitingMe(db, actor)).map((v) => v.id);

export async function getPairing(db: DbOrTx, actor: Actor, id: string): Promise<PairingDetail> {
  const { pairing } = await loadPairing(db, actor, id, 'read');
  const [view] = await present(db, actor, [pairing]);
  const events = await repo.findEvents(db, id);
  const orgs = await findOrganizations(
    db,
    events.map((e) => (JSON.parse(e.detail ?? '{}') as { organizationId?: string }).organizationId ?? '').filter(Boolean),
  );
  return {
    ...view!,
    // The history names people's decisions and reasons: the involved schools' and bureaus' own.
    events: (view!.detailsVisible ? events : []).map((e) => {
      const detail = JSON.parse(e.detail ?? '{}') as { organizationId?: string | null; regionId?: string | null; reason?: string | null };
      return {
        at: e.at,
        kind: e.kind,
        fromStatus: e.from_status,
        toStatus: e.to_status,
        organization: bureauName(orgs, detail.organizationId ?? null),
        regionId: detail.regionId ?? null,
        reason: detail.reason ?? null,
      };
    }),
  };
}

/** Checks the parts of a pairing every form shares: its dates and its parent agreement. */
async function checkDetails(db: DbOrTx, input: { startsOn: string; endsOn?: string | null; agreementId?: string | null }) {
  if (input.endsOn && input.endsOn < input.startsOn) throw new AppError('cooperation.dates_invalid', 400, {}, [{ field: '/endsOn', message: '' }]);
  if (input.agreementId && (await repo.findAgreementTitles(db, [input.agreementId])).length === 0) {
    throw new AppError('cooperation.agreement_unknown', 400, {}, [{ field: '/agreementId', message: '' }]);
  }
}

/** The schools of a proposal, each a school; at least two regions among them. */
export async function checkSchools(db: DbOrTx, ids: string[]): Promise<Map<string, OrganizationInfo>> {
  const orgs = await findOrganizations(db, ids);
  ids.forEach((id, index) => {
    const org = orgs.get(id);
    const field = index === 0 ? '/proposerSchoolId' : `/partnerSchoolIds/${index - 1}`;
    if (!org) throw new AppError('cooperation.organization_unknown', 400, { id }, [{ field, message: '' }]);
    if (org.kind !== 'school') throw new AppError('cooperation.not_a_school', 400, { name: org.nameZh }, [{ field, message: '' }]);
  });
  if (new Set(ids.map((id) => orgs.get(id)!.regionId)).size < 2) throw new AppError('cooperation.pairing_same_region', 400);
  return orgs;
}

export const liveKeyOf = (schoolIds: readonly string[]) => [...schoolIds].sort().join(',');

/**
 * A proposal from one school to others. One live pairing per set of schools: a retry by the proposing
 * school gets its pending proposal back (created: false); otherwise the set is taken.
 */
export async function createPairing(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  input: CreatePairingBody,
): Promise<{ pairing: PairingDetail; created: boolean }> {
  if (input.partnerSchoolIds.includes(input.proposerSchoolId)) {
    throw new AppError('request.invalid', 400, {}, [{ field: '/partnerSchoolIds', message: '' }]);
  }
  const ids = [input.proposerSchoolId, ...input.partnerSchoolIds];
  const orgs = await checkSchools(db, ids);
  const schools = ids.map((id) => ({ school_id: id, region_path: orgs.get(id)!.regionPath }));
  authorize(actor, 'create', pairingResource({ status: 'proposed', proposer_school_id: input.proposerSchoolId }, schools));
  await checkDetails(db, input);
  const id = randomUUID();
  const existingId = await db.transaction().execute(async (tx) => {
    const now = nowIso();
    const liveKey = liveKeyOf(ids);
    const inserted = await repo.insertPairing(tx, {
      id,
      batch: input.batch ?? null,
      focus_areas: JSON.stringify(input.focusAreas),
      agreement_id: input.agreementId ?? null,
      starts_on: input.startsOn,
      ends_on: input.endsOn ?? null,
      description: input.description ?? null,
      proposer_school_id: input.proposerSchoolId,
      proposed_by: actor.userId,
      status: 'proposed',
      live_key: liveKey,
      decision_reason: null,
      decided_by: null,
      decided_at: null,
      activated_at: null,
      ended_at: null,
      ended_by: null,
      end_reason: null,
      created_at: now,
      updated_at: now,
    });
    if (!inserted) {
      const existing = await repo.findPairingByLiveKey(tx, liveKey);
      if (existing && existing.status === 'proposed' && existing.proposer_school_id === input.proposerSchoolId) return existing.id;
      throw new AppError('cooperation.pairing_exists', 409);
    }
    await repo.insertSchools(
      tx,
      ids.map((schoolId) => {
        const org = orgs.get(schoolId)!;
        const isProposer = schoolId === input.proposerSchoolId;
        return {
          pairing_id: id,
          school_id: schoolId,
          region_id: org.regionId,
          region_path: org.regionPath,
          accepted_at: isProposer ? now : null,
          accepted_by: isProposer ? actor.userId : null,
        };
      }),
    );
    await recordPairingEvent(tx, id, { actorUserId: actor.userId, kind: 'proposed', organizationId: input.proposerSchoolId, to: 'proposed' }, now);
    await recordAudit(tx, audit, { action: 'pairing.create', objectType: 'pairing', objectId: id, result: 'success', detail: { schools: ids.length } });
    return null;
  });
  return { pairing: await getPairing(db, actor, existingId ?? id), created: existingId === null };
}

/** Only while proposed, by the proposing school; partners who accepted must accept the changed proposal again. */
export async function updatePairing(db: Db, actor: Actor, audit: AuditContext, id: string, input: UpdatePairingBody): Promise<PairingDetail> {
  const { pairing } = await loadPairing(db, actor, id, 'update');
  if (pairing.status !== 'proposed') throw statusInvalid(pairing.status);
  await checkDetails(db, input);
  await db.transaction().execute(async (tx) => {
    await touchPairing(
      tx,
      pairing,
      { actorUserId: actor.userId, kind: 'updated', organizationId: pairing.proposer_school_id },
      {
        batch: input.batch,
        focus_areas: JSON.stringify(input.focusAreas),
        agreement_id: input.agreementId,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        description: input.description,
      },
    );
    await repo.resetAcceptances(tx, id, pairing.proposer_school_id);
    await recordAudit(tx, audit, { action: 'pairing.update', objectType: 'pairing', objectId: id, result: 'success' });
  });
  return getPairing(db, actor, id);
}
