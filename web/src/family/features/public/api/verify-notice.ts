import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { PublicNotice } from '../../../types.ts';

/** Anyone holding the code (printed, or in the notice's QR code) may check it: masked details only. */
export const verifyNotice = (code: string) => api.get<PublicNotice>(`/public/admission-notices/${encodeURIComponent(code)}`);

export const noticeQueryOptions = (code: string) => queryOptions({ queryKey: ['family', 'notice', code], queryFn: () => verifyNotice(code) });

export const useNoticeCheck = (code: string) => useQuery({ ...noticeQueryOptions(code), enabled: code !== '' });
