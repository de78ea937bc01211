import { useMutation } from '@tanstack/react-query';
import type { Ownership, Stage } from '../../../../../common/directory.ts';
import { api } from '../../../lib/api-client.ts';

export type SchoolFileFormat = 'xlsx' | 'csv';

export interface SchoolExportFilter {
  format: SchoolFileFormat;
  regionId?: string;
  stage?: Stage;
  ownership?: Ownership;
  q?: string;
}

/** Fetched (not a plain link) so that a refusal shows as a message instead of a page of JSON. */
export const exportSchools = (filter: SchoolExportFilter) => api.download('/directory/schools/export', { ...filter }, `schools.${filter.format}`);

export function useExportSchools() {
  return useMutation({ mutationFn: exportSchools });
}
