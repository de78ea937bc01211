import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import type { PointsValue } from '../logic/declared-points.ts';

/** A points item's value in words: "30 个月", "租赁住房", or "未填写". */
export function PointsValueText({ value }: { value: PointsValue }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (value.kind === 'months') return <>{t('family.points.monthsValue', { count: value.months })}</>;
  if (value.kind === 'option') return <>{format.name(value.labelZh, value.labelEn)}</>;
  return <span className="muted">{t('family.wizard.notGiven')}</span>;
}
