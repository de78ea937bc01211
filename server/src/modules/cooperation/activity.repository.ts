import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

// The two activity roll-ups the dashboards read, kept in the same transaction as every exchange written:
// per organization and month, and per region subtree and month.

/** A region path and every path above it: '/500000/500105/' → '/', '/500000/', '/500000/500105/'. */
export function scopesOf(regionPath: string): string[] {
  const parts = regionPath.split('/').filter(Boolean);
  return ['/', ...parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`)];
}

export interface ExchangeShare {
  month: string;
  participantCount: number;
  organizations: { organizationId: string; regionPath: string }[];
}

/** Adds an exchange to the roll-ups (sign 1) or takes it out (sign -1). */
export async function adjustActivity(db: DbOrTx, share: ExchangeShare, sign: 1 | -1): Promise<void> {
  const { month, participantCount, organizations } = share;
  if (organizations.length === 0) return;
  await db
    .insertInto('cooperation_activity_monthly')
    .values(
      organizations.map((o) => ({
        organization_id: o.organizationId,
        month,
        region_path: o.regionPath,
        exchanges: sign,
        participants: sign * participantCount,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['organization_id', 'month']).doUpdateSet((eb) => ({
        exchanges: eb('cooperation_activity_monthly.exchanges', '+', eb.ref('excluded.exchanges')),
        participants: eb('cooperation_activity_monthly.participants', '+', eb.ref('excluded.participants')),
      })),
    )
    .execute();
  // Each region counts the exchange once, however many of its organizations took part.
  const scopes = [...new Set(organizations.flatMap((o) => scopesOf(o.regionPath)))];
  await db
    .insertInto('cooperation_scope_monthly')
    .values(scopes.map((scope) => ({ scope_path: scope, month, exchanges: sign, participants: sign * participantCount })))
    .onConflict((oc) =>
      oc.columns(['scope_path', 'month']).doUpdateSet((eb) => ({
        exchanges: eb('cooperation_scope_monthly.exchanges', '+', eb.ref('excluded.exchanges')),
        participants: eb('cooperation_scope_monthly.participants', '+', eb.ref('excluded.participants')),
      })),
    )
    .execute();
  if (sign < 0) {
    await db
      .deleteFrom('cooperation_activity_monthly')
      .where(
        'organization_id',
        'in',
        organizations.map((o) => o.organizationId),
      )
      .where('month', '=', month)
      .where('exchanges', '<=', 0)
      .execute();
    await db.deleteFrom('cooperation_scope_monthly').where('scope_path', 'in', scopes).where('month', '=', month).where('exchanges', '<=', 0).execute();
  }
}

/**
 * Recomputes both roll-ups from the exchanges themselves, after bulk loads (demonstration data, benchmarks).
 * Region depth is small, so the subtree roll-up is built one ancestor level at a time.
 */
export async function rebuildActivity(db: DbOrTx): Promise<void> {
  await db.deleteFrom('cooperation_activity_monthly').execute();
  await db.deleteFrom('cooperation_scope_monthly').execute();
  await sql`
    INSERT INTO cooperation_activity_monthly (organization_id, month, region_path, exchanges, participants)
    SELECT organization_id, occurred_month, MIN(region_path), COUNT(*), SUM(participant_count)
    FROM cooperation_exchange_organizations GROUP BY organization_id, occurred_month`.execute(db);
  const depths = await db.selectFrom('cooperation_exchange_organizations').select('region_path').distinct().execute();
  const scopes = [...new Set(depths.flatMap((r) => scopesOf(r.region_path)))];
  for (const scope of scopes) {
    const high = `${scope.slice(0, -1)}0`;
    await sql`
      INSERT INTO cooperation_scope_monthly (scope_path, month, exchanges, participants)
      SELECT ${scope}, occurred_month, COUNT(*), SUM(participant_count) FROM (
        SELECT DISTINCT exchange_id, occurred_month, participant_count FROM cooperation_exchange_organizations
        WHERE region_path >= ${scope} AND region_path < ${high}
      ) AS inside GROUP BY occurred_month`.execute(db);
  }
}
