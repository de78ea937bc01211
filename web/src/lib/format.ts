import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../common/locales.ts';
import { DEPLOYMENT_TIME_ZONE, DEPLOYMENT_UTC_OFFSET } from '../../../common/time-zone.ts';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day ('YYYY-MM-DD') is that day in the deployment zone; anything else is an instant. */
export const toInstant = (iso: string): Date => new Date(CALENDAR_DAY.test(iso) ? `${iso}T12:00:00${DEPLOYMENT_UTC_OFFSET}` : iso);

export type Formatter = ReturnType<typeof createFormatter>;

const formatters = new Map<Locale, Formatter>();

/** Formatters of one language, made once (the same object on every render); dates and times in the deployment's time zone. */
export function formatterFor(locale: Locale): Formatter {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = createFormatter(locale)));
  return formatter;
}

function createFormatter(locale: Locale) {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: DEPLOYMENT_TIME_ZONE });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: DEPLOYMENT_TIME_ZONE });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    locale,
    dateTime: (iso: string) => dateTime.format(toInstant(iso)),
    date: (iso: string) => date.format(toInstant(iso)),
    number: (value: number) => number.format(value),
    /** Records carry both names; English falls back to Chinese where no English name exists. */
    name: (zh: string | null | undefined, en: string | null | undefined) => (locale === 'en-US' ? en || zh : zh || en) ?? '',
  };
}

/** Formats dates, numbers and bilingual names in the language the UI is showing (both apps). */
export function useFormat() {
  const { i18n } = useTranslation();
  return formatterFor(i18n.language === 'en-US' ? 'en-US' : 'zh-CN');
}
