import { deploymentDay } from '../../platform/time/deployment-time.ts';
import type { Actor } from '../../platform/access/actor.ts';

/**
 * The half-open range of region paths inside a subtree: '/500000/' ≤ path < '/5000000'. Paths end with
 * '/', and '0' is the character right after it, so this is a prefix match that an index can serve
 * (LIKE 'x%' cannot on SQLite, nor on PostgreSQL outside the "C" collation).
 */
export function prefixRange(path: string): [string, string] {
  if (!path.endsWith('/')) throw new Error(`not a region path: ${path}`);
  return [path, `${path.slice(0, -1)}0`];
}

/** What a person sees of records that are not public: those of the organizations they work at and the regions their bureau covers. */
export interface Visibility {
  organizationIds: string[];
  scopePaths: string[];
}

export const isPlatformAdmin = (actor: Actor): boolean => actor.grants.some((g) => g.role === 'platform_admin');

/** null: everything (platform admins). */
export function visibilityOf(actor: Actor): Visibility | null {
  if (isPlatformAdmin(actor)) return null;
  const organizationIds = actor.grants.filter((g) => g.role !== 'guardian' && g.organizationId !== null).map((g) => g.organizationId!);
  const scopes = actor.grants.filter((g) => (g.role === 'bureau_admin' || g.role === 'bureau_reviewer') && g.scopePath !== null).map((g) => g.scopePath!);
  // An outer jurisdiction already holds the inner ones.
  const scopePaths = [...new Set(scopes)].filter((p, _i, all) => !all.some((other) => other !== p && p.startsWith(other)));
  return { organizationIds: [...new Set(organizationIds)], scopePaths };
}

/** The organizations whose admin the person is (school admins of schools, bureau admins of bureaus and bodies). */
export const administeredIds = (actor: Actor): string[] =>
  actor.grants.filter((g) => (g.role === 'school_admin' || g.role === 'bureau_admin') && g.organizationId !== null).map((g) => g.organizationId!);

/** The regions the person's bureau admin grants reach. */
export const bureauAdminScopes = (actor: Actor): string[] =>
  actor.grants.filter((g) => g.role === 'bureau_admin' && g.scopePath !== null).map((g) => g.scopePath!);

/** Today in the deployment's time zone, 'YYYY-MM-DD': bureaus and schools date their work in local days. */
export const chinaToday = (now = new Date()): string => deploymentDay(now);
