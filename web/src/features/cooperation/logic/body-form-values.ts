import type { Dayjs } from 'dayjs';
import type { FocusArea } from '../../../../../common/cooperation.ts';
import type { NewAlliance, NewCommunity } from '../api/cooperation-types.ts';

export interface BodyFormValues {
  name?: string;
  description?: string;
  foundedOn?: Dayjs | null;
  /** Community: the lead school; alliance: the chair. */
  leaderId?: string;
  /** Alliance only. */
  viceChairIds?: string[];
  memberIds?: string[];
  focusAreas?: FocusArea[];
}

const common = (values: BodyFormValues) => {
  const description = values.description?.trim();
  return {
    name: values.name?.trim() ?? '',
    description: description ? description : null,
    foundedOn: values.foundedOn ? values.foundedOn.format('YYYY-MM-DD') : null,
  };
};

export function toNewCommunity(values: BodyFormValues): NewCommunity {
  const lead = values.leaderId ?? '';
  return { ...common(values), leadSchoolId: lead, memberSchoolIds: (values.memberIds ?? []).filter((id) => id !== lead) };
}

/** One chair, then vice-chairs, then members; an organization named twice keeps its first (highest) role. */
export function toNewAlliance(values: BodyFormValues): NewAlliance {
  const seen = new Set<string>();
  const members: NewAlliance['members'] = [];
  const add = (ids: readonly string[], role: NewAlliance['members'][number]['role']) => {
    for (const organizationId of ids) {
      if (seen.has(organizationId)) continue;
      seen.add(organizationId);
      members.push({ organizationId, role });
    }
  };
  add(values.leaderId ? [values.leaderId] : [], 'chair');
  add(values.viceChairIds ?? [], 'vice_chair');
  add(values.memberIds ?? [], 'member');
  return { ...common(values), focusAreas: values.focusAreas ?? [], members };
}
