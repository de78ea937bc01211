import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Agreement } from './cooperation-types.ts';

export const getAgreement = (id: string, signal?: AbortSignal) => api.get<Agreement>(`/cooperation/agreements/${encodeURIComponent(id)}`, undefined, signal);

export const agreementQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['cooperation', 'agreement', id], queryFn: ({ signal }) => getAgreement(id, signal) });

export const useAgreement = (id: string | undefined) => useQuery({ ...agreementQueryOptions(id ?? ''), enabled: !!id });
