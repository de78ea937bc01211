import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../common/locales.ts';

/** Dates, numbers and bilingual names in the language the page shows. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    locale,
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    /** 'YYYY-MM-DD' dates are calendar days: shown as such, never shifted by the time zone. */
    date: (iso: string) => date.format(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso)),
    number: (value: number) => number.format(value),
    /** Records carry both names; English falls back to Chinese where no English name exists. */
    name: (zh: string | null | undefined, en: string | null | undefined) => (locale === 'en-US' ? en || zh : zh || en) ?? '',
  };
}
