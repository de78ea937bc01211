import type { DbOrTx } from '../../../platform/db/database.ts';

export interface Waiting {
  count: number;
  oldestAt: string | null;
  onlyId: string | null;
}

const waitingOf = (rows: { id: string; at: string | null }[]): Waiting => {
  const ids = [...new Set(rows.map((r) => r.id))];
  return {
    count: ids.length,
    oldestAt: rows.reduce<string | null>((oldest, r) => (r.at !== null && (oldest === null || r.at < oldest) ? r.at : oldest), null),
    onlyId: ids.length === 1 ? ids[0]! : null,
  };
};

/** Draft agreements in which these organizations are parties that have not confirmed. */
export async function agreementsToConfirm(db: DbOrTx, organizationIds: string[]): Promise<Waiting> {
  if (organizationIds.length === 0) return waitingOf([]);
  const rows = await db
    .selectFrom('cooperation_agreements as a')
    .innerJoin('cooperation_agreement_parties as p', 'p.agreement_id', 'a.id')
    .select(['a.id as id', 'a.created_at as at'])
    .where('a.status', '=', 'draft')
    .where('p.organization_id', 'in', organizationIds)
    .where('p.confirmed_at', 'is', null)
    .execute();
  return waitingOf(rows);
}

/** Join requests to communities led by, or alliances chaired by, these organizations. */
export async function joinRequestsTo(db: DbOrTx, organizationIds: string[]): Promise<Waiting> {
  if (organizationIds.length === 0) return waitingOf([]);
  const rows = await db
    .selectFrom('cooperation_memberships as m')
    .select(['m.body_id as id', 'm.requested_at as at'])
    .where('m.status', '=', 'requested')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('m.body_type', '=', 'community'),
          eb('m.body_id', 'in', eb.selectFrom('cooperation_communities').select('id').where('lead_school_id', 'in', organizationIds)),
        ]),
        eb.and([
          eb('m.body_type', '=', 'alliance'),
          eb(
            'm.body_id',
            'in',
            eb
              .selectFrom('cooperation_memberships as c')
              .select('c.body_id')
              .where('c.body_type', '=', 'alliance')
              .where('c.status', '=', 'active')
              .where('c.role', 'in', ['chair', 'vice_chair'])
              .where('c.organization_id', 'in', organizationIds),
          ),
        ]),
      ]),
    )
    .execute();
  return { ...waitingOf(rows), count: rows.length };
}
