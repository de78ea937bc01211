import type { Role } from '../../../../../common/roles.ts';
import type { Grant } from '../../../types/api.ts';

export interface MyOrganization {
  id: string;
  nameZh: string;
  nameEn: string;
}

/** The organizations the person holds one of these roles at, each once, in the order of the grants. */
export function myOrganizations(grants: readonly Grant[], roles: readonly Role[]): MyOrganization[] {
  const seen = new Map<string, MyOrganization>();
  for (const g of grants) {
    if (!roles.includes(g.role) || g.organizationId === null || seen.has(g.organizationId)) continue;
    seen.set(g.organizationId, { id: g.organizationId, nameZh: g.organizationNameZh ?? '', nameEn: g.organizationNameEn ?? '' });
  }
  return [...seen.values()];
}

/** Schools whose admin the person is: the ones that can propose a pairing. */
export const mySchools = (grants: readonly Grant[]) => myOrganizations(grants, ['school_admin']);
