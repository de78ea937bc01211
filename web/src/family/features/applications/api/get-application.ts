import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { Application } from '../../../types.ts';
import { applicationsQueryKey } from './get-applications.ts';

export const getApplication = (id: string) => api.get<Application>(`/enrollment/applications/${encodeURIComponent(id)}`);

export const applicationQueryKey = (id: string) => [...applicationsQueryKey, id] as const;

export const applicationQueryOptions = (id: string) => queryOptions({ queryKey: applicationQueryKey(id), queryFn: () => getApplication(id) });

export const useApplication = (id: string) => useQuery(applicationQueryOptions(id));
