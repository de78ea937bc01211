import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { PairingDetail } from './cooperation-types.ts';

export const getPairing = (id: string, signal?: AbortSignal) => api.get<PairingDetail>(`/cooperation/pairings/${encodeURIComponent(id)}`, undefined, signal);

export const pairingQueryOptions = (id: string) => queryOptions({ queryKey: ['cooperation', 'pairing', id], queryFn: ({ signal }) => getPairing(id, signal) });

export const usePairing = (id: string | undefined) => useQuery({ ...pairingQueryOptions(id ?? ''), enabled: !!id });
