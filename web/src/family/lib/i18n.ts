import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, pickLocale, type Locale } from '../../../../common/locales.ts';
import { family as zhCN } from '../../locales/zh-CN.json?family';

// Only the "family" part of the message files reaches the phone (see ../locales.d.ts), and English only
// when it is asked for; keys stay typed through the staff app's declaration in web/src/lib/i18n.ts.

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
  resources: { 'zh-CN': { translation: { family: zhCN } } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Fetches a language's messages the first time it is used. */
async function loadMessages(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  const { family } = await import('../../locales/en-US.json?family');
  i18n.addResourceBundle(locale, 'translation', { family });
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'zh-CN';
}

/** Switches the messages, the document's language and title, and this device's memory. */
export async function applyLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  await loadMessages(locale);
  document.documentElement.lang = locale;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
  document.title = i18n.getFixedT(locale)('family.app.title');
}

/** Resolves when the device's language is ready: the first render shows it, not a flash of Chinese. */
export const i18nReady: Promise<void> = applyLocale(initialLocale()).catch(() => applyLocale('zh-CN'));
