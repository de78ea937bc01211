import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AllianceDetail, CommunityDetail } from './cooperation-types.ts';

export type BodyType = 'community' | 'alliance';
export type BodyDetail = CommunityDetail | AllianceDetail;

/** Where a community or an alliance lives in the API. */
export const bodyPath = (type: BodyType, id?: string) =>
  `/cooperation/${type === 'community' ? 'communities' : 'alliances'}${id ? `/${encodeURIComponent(id)}` : ''}`;

export function getBody(type: 'community', id: string, signal?: AbortSignal): Promise<CommunityDetail>;
export function getBody(type: 'alliance', id: string, signal?: AbortSignal): Promise<AllianceDetail>;
export function getBody(type: BodyType, id: string, signal?: AbortSignal): Promise<BodyDetail>;
export function getBody(type: BodyType, id: string, signal?: AbortSignal): Promise<BodyDetail> {
  return api.get<BodyDetail>(bodyPath(type, id), undefined, signal);
}

export const bodyQueryOptions = (type: BodyType, id: string) =>
  queryOptions({ queryKey: ['cooperation', type, id], queryFn: ({ signal }) => getBody(type, id, signal) });

export const useBody = (type: BodyType, id: string | undefined) => useQuery({ ...bodyQueryOptions(type, id ?? ''), enabled: !!id });
