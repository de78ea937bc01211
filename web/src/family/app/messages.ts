import type { MessageSource } from '../../lib/i18n.ts';
import { family as zhCN } from '../../locales/zh-CN.json?family';

/**
 * Only the "family" part of the message files reaches the phone (see ../locales.d.ts), and English only
 * when it is asked for.
 */
export const familyMessages: MessageSource = {
  load: async (locale) => ({ family: locale === 'en-US' ? (await import('../../locales/en-US.json?family')).family : zhCN }),
  titleKey: 'family.app.title',
};
