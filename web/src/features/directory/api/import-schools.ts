import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface ImportSummary {
  rows: number;
  created: number;
  updated: number;
  dryRun: boolean;
}

export interface ImportSchoolsInput {
  file: File;
  /** Check every row and report, but write nothing. */
  dryRun: boolean;
}

/** All or nothing: one bad row answers 400 directory.import_invalid with every problem in `fields`. */
export function importSchools({ file, dryRun }: ImportSchoolsInput): Promise<ImportSummary> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.post<ImportSummary>('/directory/schools/import', body, { query: dryRun ? { dryRun: true } : undefined });
}

export function useImportSchools() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importSchools,
    onSuccess: (summary) => (summary.dryRun ? undefined : queryClient.invalidateQueries({ queryKey: ['directory'] })),
  });
}
