import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../common/locales.ts';
import { useChangeLocale } from '../lib/preferences.ts';

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const OPTIONS: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en-US', label: 'English' },
];

export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' | 'large' }) {
  const { t, i18n } = useTranslation();
  const changeLocale = useChangeLocale();
  return (
    <Segmented<Locale>
      aria-label={t('common.language')}
      size={size}
      options={OPTIONS}
      value={i18n.language === 'en-US' ? 'en-US' : 'zh-CN'}
      onChange={(locale) => changeLocale.mutate(locale)}
    />
  );
}
