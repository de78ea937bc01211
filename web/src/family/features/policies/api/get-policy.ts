import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { Policy } from '../../../types.ts';

export const getPolicy = (id: string) => api.get<Policy>(`/enrollment/policies/${encodeURIComponent(id)}`);

// A published policy's rules never change (only a later closing time): read once per visit.
export const policyQueryOptions = (id: string) => queryOptions({ queryKey: ['family', 'policies', id], queryFn: () => getPolicy(id), staleTime: 5 * 60_000 });

export const usePolicy = (id: string) => useQuery({ ...policyQueryOptions(id), enabled: id !== '' });
