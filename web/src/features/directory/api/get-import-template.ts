import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { SchoolFileFormat } from './export-schools.ts';

export const downloadImportTemplate = (format: SchoolFileFormat) =>
  api.download('/directory/schools/import-template', { format }, `school-import-template.${format}`);

export function useDownloadImportTemplate() {
  return useMutation({ mutationFn: downloadImportTemplate });
}
