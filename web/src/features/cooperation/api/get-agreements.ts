import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Page } from '../../../types/api.ts';
import type { Agreement, AgreementFilter } from './cooperation-types.ts';

export const getAgreements = (filter: AgreementFilter, signal?: AbortSignal) => api.get<Page<Agreement>>('/cooperation/agreements', { ...filter }, signal);

export const agreementsQueryOptions = (filter: AgreementFilter) =>
  queryOptions({ queryKey: ['cooperation', 'agreements', filter], queryFn: ({ signal }) => getAgreements(filter, signal), placeholderData: keepPreviousData });

export const useAgreements = (filter: AgreementFilter) => useQuery(agreementsQueryOptions(filter));
