import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { StatisticsFilter } from './get-statistics.ts';

/** Fetched (not a plain link) so that a refusal shows as a message; the server names the file. */
export const exportStatistics = (filter: StatisticsFilter) => api.download('/enrollment/statistics.xlsx', { ...filter }, 'enrollment-statistics.xlsx');

export function useExportStatistics() {
  return useMutation({ mutationFn: exportStatistics });
}
