import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../../lib/format.ts';
import type { Application } from '../../../../types.ts';
import { pointsValueOf } from '../../logic/declared-points.ts';
import { PointsValueText } from '../points-value.tsx';

type Line = NonNullable<Application['pointsReview']>[number];

/** 积分核实明细: each item as declared and as verified, with the reviewer's reason where they differ. */
export function PointsReview({ lines }: { lines: Line[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const points = (n: number | null) => t('family.points.optionPoints', { points: format.number(n ?? 0) });
  return (
    <div className="stack">
      <h3 id="points-review-title">{t('family.detail.pointsReview')}</h3>
      <ul className="points-review" aria-labelledby="points-review-title">
        {lines.map((line) => {
          const isChanged = line.reason !== null || line.declaredPoints !== line.verifiedPoints;
          return (
            <li key={line.key}>
              <span className="strong">{format.name(line.nameZh, line.nameEn)}</span>
              <dl className="facts small">
                <dt>{t('family.detail.declared')}</dt>
                <dd>
                  <PointsValueText value={pointsValueOf(line, line.declaredValue)} /> <span className="muted num">· {points(line.declaredPoints)}</span>
                </dd>
                <dt>{t('family.detail.verified')}</dt>
                <dd className={isChanged ? 'strong' : undefined}>
                  <PointsValueText value={pointsValueOf(line, line.verifiedValue)} /> <span className="muted num">· {points(line.verifiedPoints)}</span>
                </dd>
                {line.reason && (
                  <>
                    <dt>{t('family.detail.verifiedReason')}</dt>
                    <dd>{line.reason}</dd>
                  </>
                )}
              </dl>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
