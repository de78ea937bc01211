import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../../lib/format.ts';
import type { Application } from '../../../../types.ts';
import { PointsReview } from './points-review.tsx';

/** While a reviewer may still verify the points: afterwards "not verified yet" would promise something that will not come. */
const UNDER_REVIEW: readonly Application['status'][] = ['draft', 'submitted', 'supplement_requested', 'appealed'];

/** What the family declared, for reference (points as declared and, once checked, as verified). */
export function ApplicationSummary({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isPoints = application.route.admissionBasis === 'points';
  return (
    <section className="card" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('family.detail.summary')}</h2>
      <dl className="facts">
        <dt>{t('family.wizard.child')}</dt>
        <dd>
          {application.child.name} <span className="muted num">{application.child.idNumberMasked}</span>
        </dd>
        <dt>{t('family.wizard.route')}</dt>
        <dd>{format.name(application.route.nameZh, application.route.nameEn)}</dd>
        <dt>{t('family.wizard.residenceAddress')}</dt>
        <dd>{application.residenceAddress ?? '—'}</dd>
        <dt>{t('family.wizard.guardianName')}</dt>
        <dd>{application.guardianName ?? '—'}</dd>
        <dt>{t('family.wizard.workKind')}</dt>
        <dd>
          {application.workKind ? t(`family.workKinds.${application.workKind}`) : '—'}
          {application.employer && ` · ${application.employer}`}
        </dd>
        {isPoints && (
          <>
            <dt>{t('family.detail.pointsDeclared')}</dt>
            <dd className="num">{format.number(application.pointsDeclared)}</dd>
            <dt>{t('family.detail.pointsVerified')}</dt>
            <dd className="num">
              {application.pointsVerified !== null
                ? format.number(application.pointsVerified)
                : UNDER_REVIEW.includes(application.status)
                  ? t('family.detail.notVerified')
                  : '—'}
            </dd>
          </>
        )}
        <dt>{t('family.wizard.steps.schools')}</dt>
        <dd>
          <ol className="bullets flush">
            {application.preferences.map((p) => (
              <li key={p.schoolId}>{format.name(p.schoolNameZh, p.schoolNameEn)}</li>
            ))}
          </ol>
        </dd>
        {application.submittedAt && (
          <>
            <dt>{t('family.detail.submittedAt')}</dt>
            <dd>{format.dateTime(application.submittedAt)}</dd>
          </>
        )}
      </dl>
      {application.pointsReview && <PointsReview lines={application.pointsReview} />}
      {application.assisted && <p className="small muted">{t('family.detail.assisted')}</p>}
    </section>
  );
}
