import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ReviewApplication } from './review-types.ts';

/** The reviewer's view of one application (the server audits each fetch, so it is not refetched on focus). */
export const getReviewApplication = (id: string, signal?: AbortSignal) =>
  api.get<ReviewApplication>(`/enrollment/review/applications/${encodeURIComponent(id)}`, undefined, signal);

export const reviewApplicationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['enrollment-review', 'application', id],
    queryFn: ({ signal }) => getReviewApplication(id, signal),
    refetchOnWindowFocus: false,
  });

export const useReviewApplication = (id: string) => useQuery(reviewApplicationQueryOptions(id));
