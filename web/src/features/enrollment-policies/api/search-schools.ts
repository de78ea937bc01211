import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Stage } from '../../../../../common/directory.ts';
import { api } from '../../../lib/api-client.ts';
import type { Organization, Page } from '../../../types/api.ts';

export interface SchoolSearch {
  /** The policy's host district: only its schools can be designated. */
  regionId: string;
  /** The stage of the entry grade: a school must teach it. */
  stage: Stage;
  q: string;
}

/** Candidate designated schools, from the directory. */
export const searchSchools = ({ regionId, stage, q }: SchoolSearch, signal?: AbortSignal) =>
  api.get<Page<Organization>>('/directory/organizations', { kind: 'school', regionId, stage, q: q.trim() || undefined, pageSize: 50 }, signal);

export const schoolSearchQueryOptions = (search: SchoolSearch) =>
  queryOptions({
    queryKey: ['enrollment-policies', 'school-search', search],
    queryFn: ({ signal }) => searchSchools(search, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export const useSchoolSearch = (search: SchoolSearch | null) =>
  useQuery({ ...schoolSearchQueryOptions(search ?? { regionId: '', stage: 'primary', q: '' }), enabled: search !== null });
