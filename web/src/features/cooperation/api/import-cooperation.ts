import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ImportKind, ImportResult } from './cooperation-types.ts';

export interface ImportInput {
  kind: ImportKind;
  file: File;
  /** Check every row and report, but write nothing. */
  dryRun: boolean;
}

/** All or nothing: one bad row answers 400 cooperation.import_invalid with every problem in `fields`. */
export function importCooperation({ kind, file, dryRun }: ImportInput): Promise<ImportResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.post<ImportResult>(`/cooperation/import/${kind}`, body, { query: dryRun ? { dryRun: true } : undefined });
}

export function useImportCooperation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importCooperation,
    onSuccess: (result) => (result.dryRun ? undefined : queryClient.invalidateQueries({ queryKey: ['cooperation'] })),
  });
}
