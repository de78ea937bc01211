import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { ApplicationListItem } from '../../../types.ts';

export const applicationsQueryKey = ['family', 'applications'] as const;

/** The guardian's own applications, newest first. */
export const getApplications = () => api.get<{ items: ApplicationListItem[] }>('/enrollment/applications');

export const applicationsQueryOptions = () => queryOptions({ queryKey: applicationsQueryKey, queryFn: getApplications, select: (data) => data.items });

export const useApplications = () => useQuery(applicationsQueryOptions());
