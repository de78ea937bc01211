import { useEffect, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { familyPaths, type WizardStep } from '../../../app/paths.ts';
import { LoadError, Loading } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { usePolicy } from '../../policies/api/get-policy.ts';
import { useApplication } from '../api/get-application.ts';
import { StepDocuments } from '../components/wizard/step-documents.tsx';
import { StepPoints } from '../components/wizard/step-points.tsx';
import type { StepProps } from '../components/wizard/step-props.ts';
import { StepResidence } from '../components/wizard/step-residence.tsx';
import { StepReview } from '../components/wizard/step-review.tsx';
import { StepRoute } from '../components/wizard/step-route.tsx';
import { StepSchools } from '../components/wizard/step-schools.tsx';
import { StepWork } from '../components/wizard/step-work.tsx';
import { isWizardStep, neighbours, rememberedStep, rememberStep, resumeStep, stepsFor } from '../logic/wizard-steps.ts';

const STEPS: Record<WizardStep, ComponentType<StepProps>> = {
  route: StepRoute,
  residence: StepResidence,
  work: StepWork,
  points: StepPoints,
  schools: StepSchools,
  documents: StepDocuments,
  review: StepReview,
};

/** The application wizard: one step per page (its own address, so the phone's back button works), saved as it goes. */
export function WizardRoute() {
  const { t } = useTranslation();
  const { applicationId = '', step: stepParam } = useParams();
  const navigate = useNavigate();
  const application = useApplication(applicationId);
  const policy = usePolicy(application.data?.policy.id ?? '');
  // Whether the draft was editable when this page opened: if it stops being so during the visit, the
  // family has just submitted it, and the application page says so.
  const editableAtStart = useRef<boolean | null>(null);
  // Reopening the draft later comes back to the step shown now.
  useEffect(() => {
    if (isWizardStep(stepParam)) rememberStep(applicationId, stepParam);
  }, [applicationId, stepParam]);
  if (editableAtStart.current === null && application.data) editableAtStart.current = application.data.allowedActions.includes('edit');

  if (application.isPending || (application.isSuccess && policy.isPending)) return <Loading />;
  if (application.isError || policy.isError) {
    return (
      <Page title={t('family.wizard.title')} back={familyPaths.home.href()}>
        <LoadError
          error={application.error ?? policy.error}
          onRetry={() => {
            void application.refetch();
            void policy.refetch();
          }}
        />
      </Page>
    );
  }
  const app = application.data;
  // Only a draft is edited here; afterwards the application page shows where it stands.
  if (!app.allowedActions.includes('edit')) {
    const submittedNow = editableAtStart.current === true && app.status === 'submitted';
    return <Navigate to={`${familyPaths.application.href(app.id)}${submittedNow ? '?submitted=1' : ''}`} replace />;
  }
  const steps = stepsFor(app);
  if (!isWizardStep(stepParam) || !steps.includes(stepParam))
    return <Navigate to={familyPaths.wizard.href(app.id, resumeStep(app, rememberedStep(app.id)))} replace />;

  const step = stepParam;
  const { previous, next } = neighbours(steps, step);
  const goTo = (target: WizardStep) => void navigate(familyPaths.wizard.href(app.id, target));
  const Step = STEPS[step];
  const index = steps.indexOf(step);

  return (
    <Page title={t('family.wizard.title')} back={familyPaths.home.href()}>
      <div className="steps">
        <div className="steps-bar" aria-hidden>
          {steps.map((s, i) => (
            <span key={s} className={i <= index ? 'done' : undefined} />
          ))}
        </div>
        <span className="steps-label">{t('family.wizard.progress', { current: index + 1, total: steps.length, name: t(`family.wizard.steps.${step}`) })}</span>
      </div>
      <Step
        key={step}
        application={app}
        policy={policy.data!}
        goBack={previous ? () => goTo(previous) : undefined}
        goNext={() => goTo(next ?? 'review')}
        goTo={goTo}
      />
    </Page>
  );
}
