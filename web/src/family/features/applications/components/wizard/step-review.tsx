import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { familyPaths, type WizardStep } from '../../../../app/paths.ts';
import { Button } from '../../../../components/button.tsx';
import { Alert, ErrorMessage } from '../../../../components/feedback.tsx';
import { useFormat } from '../../../../../lib/format.ts';
import { useSubmitApplication } from '../../api/submit-application.ts';
import { declaredLines } from '../../logic/declared-points.ts';
import { submitChecklist, type ChecklistItem } from '../../logic/submit-checklist.ts';
import { PointsValueText } from '../points-value.tsx';
import type { StepProps } from './step-props.ts';

/** Everything on one page, what is still missing (with the way to it), and the one submit. */
export function StepReview({ application, policy, goBack, goTo }: StepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const submit = useSubmitApplication();
  const missing = submitChecklist(application);
  const route = policy.routes.find((r) => r.code === application.route.code);
  const isPoints = application.route.admissionBasis === 'points';

  const send = () =>
    submit.mutate(
      { id: application.id, version: application.version },
      { onSuccess: () => void navigate(`${familyPaths.application.href(application.id)}?submitted=1`, { replace: true }) },
    );

  return (
    <div className="form">
      <div className="page-head">
        <h2>{t('family.wizard.steps.review')}</h2>
        <p className="lead">{t('family.wizard.reviewLead')}</p>
      </div>

      <Section title={t('family.wizard.steps.route')} step="route" goTo={goTo}>
        <dl className="facts">
          <dt>{t('family.wizard.child')}</dt>
          <dd>{application.child.name}</dd>
          <dt>{t('family.wizard.policy')}</dt>
          <dd>{format.name(application.policy.titleZh, application.policy.titleEn)}</dd>
          <dt>{t('family.wizard.route')}</dt>
          <dd>{format.name(route?.nameZh ?? application.route.nameZh, route?.nameEn ?? application.route.nameEn)}</dd>
        </dl>
      </Section>

      <Section title={t('family.wizard.steps.residence')} step="residence" goTo={goTo}>
        <p>{application.residenceAddress ?? <span className="muted">{t('family.wizard.notGiven')}</span>}</p>
      </Section>

      <Section title={t('family.wizard.steps.work')} step="work" goTo={goTo}>
        <dl className="facts">
          <dt>{t('family.wizard.guardianName')}</dt>
          <dd>{application.guardianName ?? '—'}</dd>
          <dt>{t('family.wizard.workKind')}</dt>
          <dd>{application.workKind ? t(`family.workKinds.${application.workKind}`) : '—'}</dd>
          <dt>{t('family.wizard.employer')}</dt>
          <dd>{application.employer ?? '—'}</dd>
        </dl>
      </Section>

      {isPoints && (
        <Section title={t('family.wizard.steps.points')} step="points" goTo={goTo}>
          <p>
            {t('family.points.total')} <strong className="num">{format.number(application.pointsDeclared)}</strong>
          </p>
          {/* What the family declared, item by item, and the points it gives: the value under the item's own name. */}
          <dl className="facts">
            {declaredLines(policy.pointsItems, application.declaredPoints, application.pointsBreakdown).map((line) => (
              <Fragment key={line.key}>
                <dt>{format.name(line.nameZh, line.nameEn)}</dt>
                <dd>
                  <PointsValueText value={line.value} />{' '}
                  <span className="muted num">· {t('family.points.optionPoints', { points: format.number(line.points) })}</span>
                </dd>
              </Fragment>
            ))}
          </dl>
        </Section>
      )}

      <Section title={t('family.wizard.steps.schools')} step="schools" goTo={goTo}>
        {application.preferences.length === 0 ? (
          <p className="muted">{t('family.wizard.noneRanked')}</p>
        ) : (
          <ol className="bullets">
            {application.preferences.map((p) => (
              <li key={p.schoolId}>{format.name(p.schoolNameZh, p.schoolNameEn)}</li>
            ))}
          </ol>
        )}
      </Section>

      <Section title={t('family.wizard.steps.documents')} step="documents" goTo={goTo}>
        <ul className="bullets">
          {application.route.materials.map((m) => {
            const count = application.documents.filter((d) => d.material === m.material && d.status !== 'superseded' && d.status !== 'rejected').length;
            return (
              <li key={m.material}>
                {t(`family.materials.${m.material}`)}:{' '}
                {count > 0 ? (
                  t('family.wizard.files', { count })
                ) : (
                  <span className={m.requirement === 'mandatory' ? 'field-error' : 'muted'}>{t('family.wizard.noFile')}</span>
                )}
              </li>
            );
          })}
        </ul>
      </Section>

      {missing.length > 0 ? (
        <Alert kind="warning">
          <strong>{t('family.wizard.missingTitle')}</strong>
          <ul>
            {missing.map((item) => (
              <li key={item.key + ('material' in item ? item.material : '')}>
                <MissingItem item={item} childId={application.child.id} applicationId={application.id} goTo={goTo} />
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert kind="success">{t('family.wizard.readyToSubmit')}</Alert>
      )}

      <p className="small muted">{t('family.wizard.submitNote')}</p>
      <ErrorMessage error={submit.error} />
      <div className="actionbar">
        {goBack && (
          <Button onClick={goBack} disabled={submit.isPending}>
            {t('family.wizard.back')}
          </Button>
        )}
        <Button variant="primary" busy={submit.isPending} onClick={send}>
          {t('family.wizard.submit')}
        </Button>
      </div>
    </div>
  );
}

function Section({ title, step, goTo, children }: { title: string; step: WizardStep; goTo: (step: WizardStep) => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <div className="spread center-y">
        <h3>{title}</h3>
        <Button small variant="link" onClick={() => goTo(step)}>
          {t('family.common.edit')}
          <span className="visually-hidden"> {title}</span>
        </Button>
      </div>
      {children}
    </section>
  );
}

function MissingItem({
  item,
  childId,
  applicationId,
  goTo,
}: {
  item: ChecklistItem;
  childId: string;
  applicationId: string;
  goTo: (step: WizardStep) => void;
}) {
  const { t } = useTranslation();
  const text = 'material' in item ? t(`family.checklist.${item.key}`, { material: t(`family.materials.${item.material}`) }) : t(`family.checklist.${item.key}`);
  if (item.step === 'consent') return <Link to={familyPaths.consent.href(childId, familyPaths.wizard.href(applicationId, 'review'))}>{text}</Link>;
  if (item.step === 'review') return <>{text}</>;
  const step = item.step;
  return (
    <button type="button" className="text-link" onClick={() => goTo(step)}>
      {text}
    </button>
  );
}
