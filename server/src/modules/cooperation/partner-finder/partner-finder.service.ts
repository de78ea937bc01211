import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, can } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { findOrganization, summaryOf, toOrgRef, type OrganizationInfo } from '../cooperation.repository.ts';
import { findRegionPath } from '../cooperation.service.ts';
import * as repo from './partner-finder.repository.ts';
import type { PartnerSearchQuery, PartnerSearchResult, ProfileView, UpdateProfileBody } from './partner-finder.schemas.ts';
import { rankCandidate, type RankedSchool } from './partner-ranking.ts';

// The partner finder: schools across the provincial border a school might pair with, best first, with the reasons.
// Strengths and needs are kept per organization (its profile).

const organizationResource = (org: OrganizationInfo) => ({ type: 'organization' as const, id: org.id, kind: org.kind, regionPath: org.regionPath });

export async function getProfile(db: DbOrTx, actor: Actor, organizationId: string): Promise<ProfileView> {
  authorize(actor, 'read', { type: 'cooperation_network' });
  const org = await findOrganization(db, organizationId);
  if (!org) throw notFound();
  const tags = (await repo.findTags(db, [organizationId])).get(organizationId) ?? { strengths: [], needs: [] };
  return { organizationId, ...tags, canUpdate: can(actor, 'update', organizationResource(org)) };
}

/** Whoever may edit the organization's record (its admin, the bureaus above it) edits its profile. */
export async function updateProfile(db: Db, actor: Actor, audit: AuditContext, organizationId: string, input: UpdateProfileBody): Promise<ProfileView> {
  authorize(actor, 'read', { type: 'cooperation_network' });
  const org = await findOrganization(db, organizationId);
  if (!org) throw notFound();
  authorize(actor, 'update', organizationResource(org));
  await db.transaction().execute(async (tx) => {
    await repo.replaceTags(tx, organizationId, [
      ...input.strengths.map((tag) => ({ kind: 'strength' as const, tag })),
      ...input.needs.map((tag) => ({ kind: 'need' as const, tag })),
    ]);
    await recordAudit(tx, audit, {
      action: 'organization.profile.update',
      objectType: 'organization',
      objectId: organizationId,
      result: 'success',
      detail: { strengths: input.strengths.length, needs: input.needs.length },
    });
  });
  return getProfile(db, actor, organizationId);
}

/** '/500000/500105/' → '/500000/': the province (or municipality) a region lies in. */
const provinceOf = (regionPath: string): string => `/${regionPath.split('/').filter(Boolean)[0] ?? ''}/`;

export async function findPartners(db: Db, actor: Actor, query: PartnerSearchQuery): Promise<PartnerSearchResult> {
  authorize(actor, 'read', { type: 'cooperation_network' });
  const school = await findOrganization(db, query.schoolId);
  if (!school) throw new AppError('cooperation.organization_unknown', 400, { id: query.schoolId }, [{ field: 'querystring:/schoolId', message: '' }]);
  if (school.kind !== 'school') throw new AppError('cooperation.not_a_school', 400, { name: school.nameZh }, [{ field: 'querystring:/schoolId', message: '' }]);
  authorize(actor, 'read', { type: 'cooperation_partner_search', school: toOrgRef(school) });
  const regionPath = query.regionId ? await findRegionPath(db, query.regionId) : undefined;
  const [ownStages, ownTags, live] = await Promise.all([
    repo.findStages(db, [school.id]),
    repo.findTags(db, [school.id]),
    repo.findLivePairings(db, school.id),
  ]);
  const stages = ownStages.get(school.id) ?? [];
  const candidates = (
    await repo.findCandidates(db, {
      excludeRegionPath: provinceOf(school.regionPath),
      regionPath,
      stages: query.stage ? [query.stage] : stages,
      minPupils: query.minPupils,
      maxPupils: query.maxPupils,
      strengths: query.strengths,
      needs: query.needs,
    })
  ).filter((c) => !live.partners.has(c.id));
  const ids = candidates.map((c) => c.id);
  const [candidateStages, candidateTags] = await Promise.all([repo.findStages(db, ids), repo.findTags(db, ids)]);
  const facts = await repo.findPupilCount(db, school.id);
  const own: RankedSchool = {
    id: school.id,
    stages,
    pupilCount: facts,
    strengths: ownTags.get(school.id)?.strengths ?? [],
    needs: ownTags.get(school.id)?.needs ?? [],
    latitude: school.latitude,
    longitude: school.longitude,
    livePairings: live.counts.get(school.id) ?? 0,
  };
  const suggestions = candidates.map((c) => {
    const candidate: RankedSchool = {
      id: c.id,
      stages: candidateStages.get(c.id) ?? [],
      pupilCount: c.pupil_count,
      strengths: candidateTags.get(c.id)?.strengths ?? [],
      needs: candidateTags.get(c.id)?.needs ?? [],
      latitude: c.latitude,
      longitude: c.longitude,
      livePairings: live.counts.get(c.id) ?? 0,
    };
    return {
      school: {
        id: c.id,
        kind: c.kind,
        nameZh: c.name_zh,
        nameEn: c.name_en,
        regionId: c.region_id,
        regionNameZh: c.region_name_zh,
        regionNameEn: c.region_name_en,
        latitude: c.latitude,
        longitude: c.longitude,
        stages: candidate.stages,
        pupilCount: c.pupil_count,
        strengths: candidate.strengths,
        needs: candidate.needs,
        livePairings: candidate.livePairings,
      },
      ...rankCandidate(own, candidate),
    };
  });
  suggestions.sort(
    (a, b) => b.score - a.score || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.school.nameZh.localeCompare(b.school.nameZh, 'zh-CN'),
  );
  return {
    school: {
      ...summaryOf(school),
      stages: own.stages,
      pupilCount: own.pupilCount,
      strengths: own.strengths,
      needs: own.needs,
      livePairings: own.livePairings,
    },
    considered: suggestions.length,
    items: suggestions.slice(0, query.limit ?? 20),
  };
}
