import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, pickLocale, type Locale } from '../../../common/locales.ts';
import enUS from '../locales/en-US.json';
import zhCN from '../locales/zh-CN.json';

// Typed keys: `t('no.such.key')` fails the type check instead of showing the key to a user.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zhCN };
  }
}

const STORAGE_KEY = 'shuangcheng.locale';

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Before sign-in: the language chosen on this device, else the browser's. Signed-in users get their saved one. */
function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : pickLocale(navigator.languages.join(','));
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: initialLocale(),
  fallbackLng: 'zh-CN',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'zh-CN';
}

/** Switches every part of the UI that has a language: messages, dates, the document, this device's memory. */
export function applyLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  document.title = i18n.getFixedT(locale)('app.name');
}

applyLocale(currentLocale());
