import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { Explanation } from '../../../types.ts';
import { applicationQueryKey } from './get-application.ts';

/** Why the allocation gave what it gave: the family's points, their preferences, each school's cut-off. */
export const getExplanation = (applicationId: string) =>
  api.get<Explanation>(`/enrollment/applications/${encodeURIComponent(applicationId)}/allocation-explanation`);

export const explanationQueryOptions = (applicationId: string) =>
  queryOptions({ queryKey: [...applicationQueryKey(applicationId), 'explanation'], queryFn: () => getExplanation(applicationId) });

export const useExplanation = (applicationId: string, enabled: boolean) => useQuery({ ...explanationQueryOptions(applicationId), enabled });
