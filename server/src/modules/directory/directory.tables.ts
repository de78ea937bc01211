import type { Generated } from 'kysely';
import type { Grade, OrganizationKind, Ownership, RegionLevel, Stage } from '../../../../common/directory.ts';

// The directory's tables (regions and organizations), added to the platform's `Database`.
declare module '../../platform/db/schema.ts' {
  interface Database {
    regions: RegionTable;
    organizations: OrganizationTable;
    school_stages: SchoolStageTable;
    school_grade_seats: SchoolGradeSeatTable;
  }
}

export interface RegionTable {
  id: string;
  division_code: string | null;
  parent_id: string | null;
  level: RegionLevel;
  name_zh: string;
  name_en: string;
  path: string;
  latitude: number | null;
  longitude: number | null;
}

export interface OrganizationTable {
  id: string;
  kind: OrganizationKind;
  code: string | null;
  name_zh: string;
  name_en: string;
  region_id: string;
  region_path: string;
  ownership: Ownership | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  pupil_count: number | null;
  teacher_count: number | null;
  website: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface SchoolStageTable {
  organization_id: string;
  stage: Stage;
}

export interface SchoolGradeSeatTable {
  organization_id: string;
  grade: Grade;
  seats: number;
}
