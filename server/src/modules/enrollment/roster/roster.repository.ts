import type { DbOrTx } from '../../../platform/db/database.ts';
import type { RosterStatus } from './roster.schemas.ts';

const pupils = (db: DbOrTx) =>
  db
    .selectFrom('enrollment_applications as a')
    .innerJoin('children as c', 'c.id', 'a.child_id')
    .innerJoin('enrollment_policies as p', 'p.id', 'a.policy_id')
    .innerJoin('enrollment_policy_routes as r', 'r.id', 'a.route_id')
    .leftJoin('organizations as school', 'school.id', 'a.placed_school_id');

const pupilColumns = [
  'a.id',
  'a.reference',
  'a.policy_id',
  'a.status',
  'a.version',
  'a.arrival_recorded_at',
  'a.host_region_path',
  'a.guardian_user_id',
  'a.placed_school_id',
  'a.submitted_at',
  'p.school_year',
  'p.entry_grade',
  'c.name as child_name',
  'c.sex',
  'c.birth_date',
  'c.id_number_masked',
  'r.code as route_code',
  'r.name_zh as route_name_zh',
  'r.name_en as route_name_en',
  'school.name_zh as school_name_zh',
  'school.name_en as school_name_en',
] as const;

/**
 * A pupil's row, with when the family accepted the offer of the place and the latest admission notice's dates:
 * scalar subqueries, so that a pupil stays one row however many offers (rounds) or notices the application had.
 */
const pupilRows = (db: DbOrTx) =>
  pupils(db)
    .select(pupilColumns)
    .select((eb) => [
      eb
        .selectFrom('enrollment_offers as o')
        .select((e) => e.fn.max('o.responded_at').as('at'))
        .whereRef('o.application_id', '=', 'a.id')
        .where('o.status', '=', 'accepted')
        .as('offer_accepted_at'),
      eb
        .selectFrom('enrollment_admission_notices as n')
        .select('n.issued_at')
        .whereRef('n.application_id', '=', 'a.id')
        .orderBy('n.issued_at', 'desc')
        .limit(1)
        .as('notice_issued_at'),
      eb
        .selectFrom('enrollment_admission_notices as n')
        .select('n.revoked_at')
        .whereRef('n.application_id', '=', 'a.id')
        .orderBy('n.issued_at', 'desc')
        .limit(1)
        .as('notice_revoked_at'),
    ]);

export function findPupil(db: DbOrTx, applicationId: string) {
  return pupilRows(db).where('a.id', '=', applicationId).executeTakeFirst();
}

export type PupilRow = NonNullable<Awaited<ReturnType<typeof findPupil>>>;

export interface RosterFilter {
  schoolId: string;
  policyId?: string;
  statuses: readonly RosterStatus[];
  offset: number;
  limit: number;
}

export async function findPupils(db: DbOrTx, filter: RosterFilter): Promise<{ rows: PupilRow[]; total: number }> {
  let rows = pupilRows(db).where('a.placed_school_id', '=', filter.schoolId).where('a.status', 'in', filter.statuses);
  let count = pupils(db).where('a.placed_school_id', '=', filter.schoolId).where('a.status', 'in', filter.statuses);
  if (filter.policyId) {
    rows = rows.where('a.policy_id', '=', filter.policyId);
    count = count.where('a.policy_id', '=', filter.policyId);
  }
  const [page, total] = await Promise.all([
    rows.orderBy('p.school_year', 'desc').orderBy('a.reference').offset(filter.offset).limit(filter.limit).execute(),
    count.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: page, total: Number(total.n) };
}

export async function countByStatus(db: DbOrTx, filter: Pick<RosterFilter, 'schoolId' | 'policyId' | 'statuses'>): Promise<Map<string, number>> {
  let query = db
    .selectFrom('enrollment_applications')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('placed_school_id', '=', filter.schoolId)
    .where('status', 'in', filter.statuses);
  if (filter.policyId) query = query.where('policy_id', '=', filter.policyId);
  const rows = await query.groupBy('status').execute();
  return new Map(rows.map((row) => [row.status, Number(row.n)]));
}
