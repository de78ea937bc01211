import type { AdmissionBasis } from '../../../../../common/enrollment.ts';
import type { ApplicationEventKind, ApplicationStatus, PlacementKind } from '../../../../../common/enrollment-application.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { chunked, ID_CHUNK } from '../../../platform/db/bulk-writes.ts';

/** What placement, offers and explanations need of an application. */
export interface PlacementApplicationRow {
  id: string;
  reference: string;
  policy_id: string;
  status: ApplicationStatus;
  version: number;
  guardian_user_id: string;
  host_region_path: string;
  placed_school_id: string | null;
  submitted_at: string | null;
  placement_kind: PlacementKind | null;
  placement_round: number | null;
  points_verified: number | null;
  admission_basis: AdmissionBasis;
}

export function findApplication(db: DbOrTx, id: string): Promise<PlacementApplicationRow | undefined> {
  return db
    .selectFrom('enrollment_applications as a')
    .innerJoin('enrollment_policy_routes as r', 'r.id', 'a.route_id')
    .select([
      'a.id',
      'a.reference',
      'a.policy_id',
      'a.status',
      'a.version',
      'a.guardian_user_id',
      'a.host_region_path',
      'a.placed_school_id',
      'a.submitted_at',
      'a.placement_kind',
      'a.placement_round',
      'a.points_verified',
      'r.admission_basis',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export async function findPreferences(db: DbOrTx, applicationIds: readonly string[]): Promise<Map<string, { rank: number; school_id: string }[]>> {
  const byApplication = new Map<string, { rank: number; school_id: string }[]>();
  for (const chunk of chunked(applicationIds, ID_CHUNK)) {
    const rows = await db
      .selectFrom('enrollment_application_preferences')
      .select(['application_id', 'rank', 'school_id'])
      .where('application_id', 'in', chunk)
      .orderBy('application_id')
      .orderBy('rank')
      .execute();
    for (const row of rows) byApplication.set(row.application_id, [...(byApplication.get(row.application_id) ?? []), row]);
  }
  return byApplication;
}

/** The timeline entries that allocation runs and placements wrote, newest first. */
export function findPlacementEvents(db: DbOrTx, applicationId: string): Promise<{ kind: ApplicationEventKind; detail: string | null }[]> {
  return db
    .selectFrom('enrollment_application_events')
    .select(['kind', 'detail'])
    .where('application_id', '=', applicationId)
    .where('kind', 'in', ['placed', 'unplaced'])
    .orderBy('at', 'desc')
    .execute();
}

export interface UnplacedRow {
  id: string;
  reference: string;
  version: number;
  child_name: string;
  route_code: string;
  admission_basis: AdmissionBasis;
  points_verified: number | null;
}

/** The 统筹安排 list: unplaced applications, most points first (the order a bureau works through them). */
export async function findUnplaced(db: DbOrTx, policyId: string, offset: number, limit: number): Promise<{ rows: UnplacedRow[]; total: number }> {
  const query = db
    .selectFrom('enrollment_applications as a')
    .innerJoin('enrollment_policy_routes as r', 'r.id', 'a.route_id')
    .innerJoin('children as c', 'c.id', 'a.child_id')
    .where('a.policy_id', '=', policyId)
    .where('a.status', '=', 'unplaced');
  const [rows, count] = await Promise.all([
    query
      .select(['a.id', 'a.reference', 'a.version', 'c.name as child_name', 'r.code as route_code', 'r.admission_basis', 'a.points_verified'])
      .orderBy((eb) => eb.fn.coalesce('a.points_verified', eb.lit(0)), 'desc')
      .orderBy('a.reference')
      .offset(offset)
      .limit(limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
