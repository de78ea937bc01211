import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Page } from '../../../types/api.ts';
import type { Registration, RegistrationFilter } from './events-types.ts';

export const getRegistrations = (eventId: string, filter: RegistrationFilter, signal?: AbortSignal) =>
  api.get<Page<Registration>>(`/events/${encodeURIComponent(eventId)}/registrations`, { ...filter }, signal);

export const registrationsQueryOptions = (eventId: string, filter: RegistrationFilter) =>
  queryOptions({
    queryKey: ['events', 'registrations', eventId, filter],
    queryFn: ({ signal }) => getRegistrations(eventId, filter, signal),
    placeholderData: keepPreviousData,
  });

export const useRegistrations = (eventId: string, filter: RegistrationFilter) => useQuery(registrationsQueryOptions(eventId, filter));
