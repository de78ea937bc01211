import i18next, { type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, pickLocale, type Locale } from '../../../common/locales.ts';
import type zhCN from '../locales/zh-CN.json';

// Typed keys: `t('no.such.key')` fails the type check instead of showing the key to a user. A type-only
// import: each app decides which messages it ships (app/messages.ts, family/app/messages.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zhCN };
  }
}

/** One choice of language per device, shared by the staff app and the family app. */
const STORAGE_KEY = 'shuangcheng.locale';

/** What an app plugs into the one set-up: its messages, its page title, anything else that has a language. */
export interface MessageSource {
  /** The messages of a language; may fetch them the first time they are asked for. */
  load: (locale: Locale) => ResourceKey | Promise<ResourceKey>;
  titleKey: 'app.name' | 'family.app.title';
  onApply?: (locale: Locale) => void;
}

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Before sign-in: the language chosen on this device, else the browser's. Signed-in users get their saved one. */
function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : pickLocale(navigator.languages.join(','));
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {},
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

let source: MessageSource | null = null;

async function loadMessages(from: MessageSource, locale: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation')) i18n.addResourceBundle(locale, 'translation', await from.load(locale));
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'zh-CN';
}

/** Switches every part of the UI that has a language: messages, the document, this device's memory. */
export async function applyLocale(locale: Locale): Promise<void> {
  if (!source) throw new Error('applyLocale() before startI18n()');
  localStorage.setItem(STORAGE_KEY, locale);
  await loadMessages(source, locale);
  document.documentElement.lang = locale;
  source.onApply?.(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
  document.title = i18n.getFixedT(locale)(source.titleKey);
}

/** Called once by each app's entry; resolves when the device's language is ready (no flash of Chinese). */
export async function startI18n(messages: MessageSource): Promise<void> {
  source = messages;
  // Chinese is always loaded: the fallback of any key the other language lacks.
  await loadMessages(messages, 'zh-CN');
  await applyLocale(initialLocale()).catch(() => applyLocale('zh-CN'));
}
