/** Domain vocabulary of the directory, shared by server and web (identifiers from ../shared/GLOSSARY.md). */
export const REGION_LEVELS = ['province', 'municipality', 'city', 'district', 'new_area'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const ORGANIZATION_KINDS = ['bureau', 'coordination_body', 'research_institute', 'school'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const STAGES = ['kindergarten', 'primary', 'junior', 'senior', 'vocational'] as const;
export type Stage = (typeof STAGES)[number];

export const OWNERSHIPS = ['public', 'private'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

/** k1–k3 kindergarten years, g1–g12 school grades (小学一年级 = g1, 初一 = g7, 高一 = g10). */
export const GRADES = ['k1', 'k2', 'k3', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8', 'g9', 'g10', 'g11', 'g12'] as const;
export type Grade = (typeof GRADES)[number];
