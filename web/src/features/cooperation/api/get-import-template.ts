import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ImportKind } from './cooperation-types.ts';

/** The .xlsx template of a kind, with its columns named in the caller's language. */
export const downloadImportTemplate = (kind: ImportKind) => api.download(`/cooperation/import/${kind}/template`, {}, `cooperation-${kind}-template.xlsx`);

export const useDownloadImportTemplate = () => useMutation({ mutationFn: downloadImportTemplate });
