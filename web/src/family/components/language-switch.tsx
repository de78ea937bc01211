import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../common/locales.ts';
import { useChangeLocale } from '../../lib/preferences.ts';

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const OPTIONS: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en-US', label: 'English' },
];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const changeLocale = useChangeLocale();
  const current = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
  return (
    <div className="lang-switch" role="radiogroup" aria-label={t('family.common.language')}>
      {OPTIONS.map((option) => (
        <label key={option.value} lang={option.value}>
          <input
            type="radio"
            name="family-language"
            value={option.value}
            checked={current === option.value}
            onChange={() => changeLocale.mutate(option.value)}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
