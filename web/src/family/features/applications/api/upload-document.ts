import { api, type UploadOptions } from '../../../../lib/api-client.ts';
import type { ApplicationDocument, Material } from '../../../types.ts';

/** One file for one required material (or an appeal's evidence), with its progress. */
export function uploadDocument(applicationId: string, material: Material, file: File, options: UploadOptions): Promise<ApplicationDocument> {
  const form = new FormData();
  form.append('material', material);
  form.append('file', file, file.name);
  return api.upload<ApplicationDocument>(`/enrollment/applications/${encodeURIComponent(applicationId)}/documents`, form, options);
}
