import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, pickLocale, type Locale } from '../../../../common/locales.ts';
import { family as enUS } from '../../locales/en-US.json?family';
import { family as zhCN } from '../../locales/zh-CN.json?family';

// Only the "family" part of the message files comes into this bundle (see ../locales.d.ts); keys stay
// typed through the staff app's declaration in web/src/lib/i18n.ts.

/** Shared with the staff app: one choice of language per device. */
const STORAGE_KEY = 'shuangcheng.locale';

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Before sign-in: the language chosen on this device, else the browser's. Signed-in guardians get their saved one. */
function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : pickLocale(navigator.languages.join(','));
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: { family: zhCN } }, 'en-US': { translation: { family: enUS } } },
  lng: initialLocale(),
  fallbackLng: 'zh-CN',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'zh-CN';
}

/** Switches the messages, the document's language and title, and this device's memory. */
export function applyLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  document.title = i18n.getFixedT(locale)('family.app.title');
}

applyLocale(currentLocale());
