import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import type { PolicyRoute } from '../../../types.ts';
import { eligibilityLines } from '../policy-rules.ts';

interface Props {
  routes: PolicyRoute[];
  value: string;
  onChange: (code: string) => void;
  name: string;
}

/** The routes of a policy as big choices, each with what it takes (eligibility) and how places are decided. */
export function RouteChoices({ routes, value, onChange, name }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="choices" role="radiogroup" aria-label={t('family.policy.routes')}>
      {routes.map((route) => {
        const lines = eligibilityLines(route.eligibility);
        return (
          <label key={route.code} className="choice">
            <input type="radio" name={name} value={route.code} checked={value === route.code} onChange={() => onChange(route.code)} />
            <span className="choice-body">
              <span className="strong">{format.name(route.nameZh, route.nameEn)}</span>
              <span className="small muted">{t(`family.policy.basis.${route.admissionBasis}`)}</span>
              {format.name(route.descriptionZh, route.descriptionEn) && <span className="small">{format.name(route.descriptionZh, route.descriptionEn)}</span>}
              {lines.length > 0 && (
                <span className="small">
                  {t('family.policy.eligibilityIntro')}
                  <ul className="bullets">
                    {lines.map((line) => (
                      <li key={line.key}>{t(`family.eligibility.${line.key}`, { months: line.months, date: line.date && format.date(line.date) })}</li>
                    ))}
                  </ul>
                </span>
              )}
            </span>
          </label>
        );
      })}
    </div>
  );
}
