import type { Grant } from '../../../types/api.ts';

export interface RosterSchool {
  id: string;
  nameZh: string;
  nameEn: string | null;
}

/** The schools whose roster the caller keeps: one per school_admin grant, each school once. */
export function rosterSchools(grants: readonly Grant[]): RosterSchool[] {
  const schools = new Map<string, RosterSchool>();
  for (const g of grants) {
    if (g.role !== 'school_admin' || !g.organizationId || schools.has(g.organizationId)) continue;
    schools.set(g.organizationId, { id: g.organizationId, nameZh: g.organizationNameZh ?? g.organizationId, nameEn: g.organizationNameEn });
  }
  return [...schools.values()];
}

/** The school shown: the one asked for in the address if the caller keeps it, else their first. */
export function pickSchool(schools: readonly RosterSchool[], requested: string | null): RosterSchool | undefined {
  return schools.find((s) => s.id === requested) ?? schools[0];
}
