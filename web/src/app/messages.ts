import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { MessageSource } from '../lib/i18n.ts';
import enUS from '../locales/en-US.json';
import zhCN from '../locales/zh-CN.json';

/** The staff app ships both message files whole, and antd's date pickers follow the language through dayjs. */
export const staffMessages: MessageSource = {
  load: (locale) => (locale === 'en-US' ? enUS : zhCN),
  titleKey: 'app.name',
  onApply: (locale) => dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en'),
};
