import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Locale } from '../../../../../../common/locales.ts';
import { api } from '../../../../lib/api-client.ts';
import type { ConsentText } from '../../../types.ts';

export const getConsentText = (locale: Locale) => api.get<ConsentText>('/enrollment/consent-text', { locale });

export const consentTextQueryOptions = (locale: Locale) =>
  queryOptions({ queryKey: ['family', 'consent-text', locale], queryFn: () => getConsentText(locale), staleTime: Infinity });

export const useConsentText = (locale: Locale) => useQuery(consentTextQueryOptions(locale));
