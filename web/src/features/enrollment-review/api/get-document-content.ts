import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiUrl } from '../../../lib/api-client.ts';
import { currentLocale, i18n } from '../../../lib/i18n.ts';

/** The kinds of file a document can be (the server recognises them by content); anything else is only downloaded. */
export const VIEWABLE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ViewableType = (typeof VIEWABLE_TYPES)[number];
export const viewableType = (mediaType: string): ViewableType | null => VIEWABLE_TYPES.find((t) => t === mediaType.toLowerCase()) ?? null;

/**
 * A document's bytes, for the inline viewer. The server serves it as an attachment with nosniff; the blob
 * gets the type the server recognised (never one taken from the file), so a browser can only show it as a
 * PDF or an image. Each fetch is audited on the server.
 */
export async function getDocumentContent(applicationId: string, documentId: string, mediaType: string, signal?: AbortSignal): Promise<Blob> {
  const path = `/enrollment/applications/${encodeURIComponent(applicationId)}/documents/${encodeURIComponent(documentId)}/content`;
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { headers: { 'accept-language': currentLocale() }, credentials: 'same-origin', signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, 'network.unreachable', i18n.t('errors.network'));
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'http.unexpected',
      body?.error?.message ?? i18n.t('errors.unexpected', { status: response.status }),
    );
  }
  return new Blob([await response.arrayBuffer()], { type: viewableType(mediaType) ?? 'application/octet-stream' });
}

export const documentContentQueryOptions = (applicationId: string, documentId: string, mediaType: string) =>
  queryOptions({
    queryKey: ['enrollment-review', 'document', applicationId, documentId],
    queryFn: ({ signal }) => getDocumentContent(applicationId, documentId, mediaType, signal),
    // A document never changes (a new upload is a new document); keep it briefly, never refetch it.
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: false,
  });

export const useDocumentContent = (applicationId: string, documentId: string, mediaType: string, enabled: boolean) =>
  useQuery({ ...documentContentQueryOptions(applicationId, documentId, mediaType), enabled });
