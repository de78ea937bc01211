import { PROFILE_TAGS, type ProfileTag } from '../../../../../common/cooperation.ts';
import { STAGES, type Stage } from '../../../../../common/directory.ts';
import type { PartnerFilter } from '../api/cooperation-types.ts';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The partner finder's filters, kept in the address. */
export interface FinderView {
  schoolId?: string;
  regionId?: string;
  stage?: Stage;
  minPupils?: number;
  maxPupils?: number;
  strengths: ProfileTag[];
  needs: ProfileTag[];
}

const count = (value: string | null) => {
  const n = Number(value);
  return value !== null && value !== '' && Number.isInteger(n) && n >= 0 && n <= 100000 ? n : undefined;
};
const tags = (values: string[]) => [...new Set(values.flatMap((v) => v.split(',')).filter((v): v is ProfileTag => PROFILE_TAGS.includes(v as ProfileTag)))];

export function parseFinderView(params: URLSearchParams): FinderView {
  const school = params.get('school');
  const region = params.get('region');
  const stage = params.get('stage');
  return {
    schoolId: school !== null && ID.test(school) ? school : undefined,
    regionId: region !== null && ID.test(region) ? region : undefined,
    stage: STAGES.includes(stage as Stage) ? (stage as Stage) : undefined,
    minPupils: count(params.get('min')),
    maxPupils: count(params.get('max')),
    strengths: tags(params.getAll('strength')),
    needs: tags(params.getAll('need')),
  };
}

export function finderSearchParams(view: FinderView): URLSearchParams {
  const params = new URLSearchParams();
  const add = (key: string, value: string | number | undefined) => value !== undefined && params.append(key, String(value));
  add('school', view.schoolId);
  add('region', view.regionId);
  add('stage', view.stage);
  add('min', view.minPupils);
  add('max', view.maxPupils);
  view.strengths.forEach((tag) => add('strength', tag));
  view.needs.forEach((tag) => add('need', tag));
  return params;
}

/** What the server takes; nothing to ask until a school is chosen. */
export function toPartnerFilter(view: FinderView): PartnerFilter | null {
  if (!view.schoolId) return null;
  return {
    schoolId: view.schoolId,
    regionId: view.regionId,
    stage: view.stage,
    minPupils: view.minPupils,
    maxPupils: view.maxPupils,
    strengths: view.strengths.length > 0 ? view.strengths : undefined,
    needs: view.needs.length > 0 ? view.needs : undefined,
    limit: 20,
  };
}

/** The query with lists as repeated parameters (strengths=a&strengths=b), as the server reads them. */
export function partnerSearchQuery(filter: PartnerFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return params.toString();
}
