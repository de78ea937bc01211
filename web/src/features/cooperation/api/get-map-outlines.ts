import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client.ts';
import { i18n } from '../../../lib/i18n.ts';

/** The district outlines shipped with the web app (web/public/geo): the map needs no network beyond the platform. */
export const MAP_OUTLINES_URL = '/geo/twin-city-districts.json';
export const MAP_NAME = 'twin-city';

export interface Outlines {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { name: string; adcode: string; province: string }; geometry: unknown }[];
}

export async function getMapOutlines(signal?: AbortSignal): Promise<Outlines> {
  const response = await fetch(MAP_OUTLINES_URL, { signal, credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, 'http.unexpected', i18n.t('errors.unexpected', { status: response.status }));
  return (await response.json()) as Outlines;
}

export const mapOutlinesQueryOptions = () =>
  queryOptions({ queryKey: ['cooperation', 'map-outlines'], queryFn: ({ signal }) => getMapOutlines(signal), staleTime: Infinity, gcTime: Infinity });

export const useMapOutlines = () => useQuery(mapOutlinesQueryOptions());
