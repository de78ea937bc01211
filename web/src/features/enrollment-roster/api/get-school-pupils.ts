import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RosterList, RosterPupil, RosterStatus } from '../../../../../server/src/modules/enrollment/roster/roster.schemas.ts';
import { api } from '../../../lib/api-client.ts';

export type SchoolPupil = RosterPupil;
export type SchoolPupils = RosterList;
export type PupilStatus = RosterStatus;

/** In the order a pupil passes through them (the server's ROSTER_STATUSES; a value import would bundle server code). */
export const PUPIL_STATUSES = ['accepted', 'enrolled', 'no_show'] as const satisfies readonly RosterStatus[];

export interface PupilFilter {
  status?: PupilStatus;
  page: number;
  pageSize: number;
}

/** The pupils admitted to a school (accepted, enrolled, no-show), with counts per status for the tabs. */
export const getSchoolPupils = (schoolId: string, filter: PupilFilter, signal?: AbortSignal) =>
  api.get<RosterList>(`/enrollment/schools/${encodeURIComponent(schoolId)}/pupils`, { ...filter }, signal);

export const schoolPupilsQueryOptions = (schoolId: string, filter: PupilFilter) =>
  queryOptions({
    queryKey: ['enrollment-roster', schoolId, filter],
    queryFn: ({ signal }) => getSchoolPupils(schoolId, filter, signal),
    placeholderData: keepPreviousData,
  });

export const useSchoolPupils = (schoolId: string | undefined, filter: PupilFilter) =>
  useQuery({ ...schoolPupilsQueryOptions(schoolId ?? '', filter), enabled: !!schoolId });
