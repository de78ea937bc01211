import { randomUUID } from 'node:crypto';
import type { ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import { maskName } from '../../../../../common/masking.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import * as repo from './public-lists.repository.ts';
import type { PublicListQuery, PublicListSummary, PublicListsView } from './public-lists.schemas.ts';

const DAY = 86_400_000;

/** Applicants who passed the review, whatever allocation did with them since; not those who withdrew. */
export const LISTED_STATUSES: readonly ApplicationStatus[] = ['approved', 'placed', 'unplaced', 'accepted', 'declined', 'enrolled', 'no_show'];

const toSummary = (list: repo.PublicListRow): PublicListSummary => ({
  id: list.id,
  policyId: list.policy_id,
  publishedAt: list.published_at,
  endsAt: list.ends_at,
  entryCount: list.entry_count,
});

/** Route order of the policy, then most points first, then reference: the same applicants always give the same list. */
function snapshotEntries(listId: string, applications: Awaited<ReturnType<typeof repo.findListedApplications>>): repo.EntryRow[] {
  const points = (a: (typeof applications)[number]) => (a.admission_basis === 'points' ? a.points_verified : null);
  return [...applications]
    .sort(
      (a, b) => a.route_order - b.route_order || (points(b) ?? -1) - (points(a) ?? -1) || (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0),
    )
    .map((a, i) => ({ list_id: listId, seq: i + 1, reference: a.reference, masked_name: maskName(a.child_name), route_code: a.route_code, points: points(a) }));
}

const sameEntries = (a: repo.EntryRow[], b: repo.EntryRow[]) =>
  a.length === b.length &&
  a.every((e, i) => e.reference === b[i]!.reference && e.masked_name === b[i]!.masked_name && e.route_code === b[i]!.route_code && e.points === b[i]!.points);

/**
 * 公示: the host bureau publishes a frozen snapshot of the policy's approved applicants for the policy's
 * public notice days, and each application's timeline says so. Publishing again while an identical list
 * is still running returns that list (a retried request makes no second one); a changed set makes a new one.
 */
export async function publishPublicList(db: Db, actor: Actor, audit: AuditContext, policyId: string): Promise<{ list: PublicListSummary; created: boolean }> {
  const policy = await repo.findPolicy(db, policyId);
  if (!policy) throw notFound();
  // Publishing the 公示 is part of the bureau's allocation work: the same people may do it.
  authorize(actor, 'allocate', { type: 'enrollment_application_collection', regionPath: policy.host_region_path });
  if (policy.status === 'draft') throw new AppError('enrollment.policy_draft', 409);
  return db.transaction().execute(async (tx) => {
    await repo.lockPolicy(tx, policyId);
    const applications = await repo.findListedApplications(tx, policyId, LISTED_STATUSES);
    if (applications.length === 0) throw new AppError('enrollment.public_list_empty', 409);
    const now = nowIso();
    const listId = randomUUID();
    const entries = snapshotEntries(listId, applications);
    const latest = await repo.findLatestList(tx, policyId);
    if (latest && latest.ends_at > now && sameEntries(await repo.findEntries(tx, latest.id), entries)) return { list: toSummary(latest), created: false };

    const list = {
      id: listId,
      policy_id: policyId,
      published_by: actor.userId,
      published_at: now,
      ends_at: new Date(Date.parse(now) + policy.public_notice_days * DAY).toISOString(),
      entry_count: entries.length,
    };
    await repo.insertList(tx, list, entries);
    await repo.insertEvents(
      tx,
      applications.map((a) => ({
        id: randomUUID(),
        application_id: a.id,
        at: now,
        actor_user_id: actor.userId,
        kind: 'publicly_listed' as const,
        from_status: null,
        to_status: null,
        detail: JSON.stringify({ listId, endsAt: list.ends_at }),
      })),
    );
    await recordAudit(tx, audit, {
      action: 'enrollment_public_list.publish',
      objectType: 'enrollment_policy',
      objectId: policyId,
      result: 'success',
      detail: { listId, entryCount: entries.length },
    });
    return { list: toSummary(list), created: true };
  });
}

/** The running lists of a published policy, for anyone: a draft policy reads as missing. */
export async function getPublicLists(db: Db, policyId: string, query: PublicListQuery): Promise<PublicListsView> {
  const policy = await repo.findPolicy(db, policyId);
  if (!policy || policy.status === 'draft') throw notFound();
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const [routes, lists] = await Promise.all([repo.findRoutes(db, policyId), repo.findRunningLists(db, policyId, nowIso())]);
  const routeNames = new Map(routes.map((r) => [r.code, r]));
  const reference = query.reference?.trim().toUpperCase();
  return {
    policy: {
      id: policy.id,
      titleZh: policy.title_zh,
      titleEn: policy.title_en,
      schoolYear: policy.school_year,
      hostRegionNameZh: policy.region_name_zh,
      hostRegionNameEn: policy.region_name_en,
    },
    lists: await Promise.all(
      lists.map(async (list) => {
        const { rows, total } = await repo.findEntriesPage(db, list.id, { reference, offset: (page - 1) * pageSize, limit: pageSize });
        return {
          id: list.id,
          publishedAt: list.published_at,
          endsAt: list.ends_at,
          entryCount: list.entry_count,
          total,
          entries: rows.map((e) => ({
            seq: e.seq,
            reference: e.reference,
            maskedName: e.masked_name,
            routeCode: e.route_code,
            routeNameZh: routeNames.get(e.route_code)?.name_zh ?? e.route_code,
            routeNameEn: routeNames.get(e.route_code)?.name_en ?? e.route_code,
            points: e.points,
          })),
        };
      }),
    ),
  };
}
