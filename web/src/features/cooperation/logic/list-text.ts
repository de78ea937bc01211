import type { Locale } from '../../../../../common/locales.ts';

/** Names in a line, as each language writes a list: 甲、乙 or A, B. */
export const listText = (locale: Locale, items: readonly string[]): string => items.join(locale === 'en-US' ? ', ' : '、');
