import { GRADES, type Grade, type OrganizationKind, type Ownership, type Stage } from '../../../../../common/directory.ts';
import type { Organization } from '../../../types/api.ts';
import type { OrganizationFields } from '../api/create-organization.ts';
import { STAGE_GRADES } from './labels.ts';

/** What the form edits: like the API body, but with seats as one number field per grade. */
export interface OrganizationFormValues {
  kind: OrganizationKind;
  code?: string | null;
  nameZh: string;
  nameEn: string;
  regionId?: string;
  ownership?: Ownership | null;
  stages: Stage[];
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  pupilCount?: number | null;
  teacherCount?: number | null;
  website?: string | null;
  seats: Partial<Record<Grade, number | null>>;
}

/** Names the server's field errors ('/nameZh') may point at. */
export const ORGANIZATION_FORM_FIELDS = [
  'kind',
  'code',
  'nameZh',
  'nameEn',
  'regionId',
  'ownership',
  'stages',
  'address',
  'latitude',
  'longitude',
  'pupilCount',
  'teacherCount',
  'website',
] as const;

export function toFormValues(o: Organization): OrganizationFormValues {
  return {
    kind: o.kind,
    code: o.code,
    nameZh: o.nameZh,
    nameEn: o.nameEn,
    regionId: o.regionId,
    ownership: o.ownership,
    stages: o.stages,
    address: o.address,
    latitude: o.latitude,
    longitude: o.longitude,
    pupilCount: o.pupilCount,
    teacherCount: o.teacherCount,
    website: o.website,
    seats: Object.fromEntries(o.seats.map((s) => [s.grade, s.seats])),
  };
}

export const gradesOf = (stages: readonly Stage[]): Grade[] => GRADES.filter((grade) => stages.some((stage) => STAGE_GRADES[stage].includes(grade)));

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
const numberOrNull = (value: number | null | undefined) => (typeof value === 'number' ? value : null);

/** Empty fields become null; seats are kept only for grades the ticked stages teach. */
export function toFields(values: OrganizationFormValues): OrganizationFields {
  const isSchool = values.kind === 'school';
  const stages = isSchool ? (values.stages ?? []) : [];
  return {
    code: text(values.code),
    nameZh: values.nameZh.trim(),
    nameEn: values.nameEn.trim(),
    regionId: values.regionId ?? '',
    ownership: isSchool ? (values.ownership ?? null) : null,
    stages,
    address: text(values.address),
    latitude: numberOrNull(values.latitude),
    longitude: numberOrNull(values.longitude),
    pupilCount: isSchool ? numberOrNull(values.pupilCount) : null,
    teacherCount: numberOrNull(values.teacherCount),
    website: text(values.website),
    seats: gradesOf(stages).flatMap((grade) => {
      const seats = values.seats?.[grade];
      return typeof seats === 'number' ? [{ grade, seats }] : [];
    }),
  };
}
