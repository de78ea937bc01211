import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../../lib/format.ts';
import { RouteChoices } from '../../../policies/components/route-choices.tsx';
import type { StepProps } from './step-props.ts';
import { StepFrame } from './step-frame.tsx';
import { useStepSave } from './use-step-save.ts';

/** The child (fixed once the draft exists) and the route, each route with what it takes. */
export function StepRoute({ application, policy, goNext }: StepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { save, isSaving, error } = useStepSave(application);
  const [routeCode, setRouteCode] = useState(application.route.code);

  const next = async () => {
    if (routeCode !== application.route.code) {
      const target = policy.routes.find((r) => r.code === routeCode);
      // A route without points takes no declared points: they are cleared with the switch.
      await save({ routeCode, ...(target?.admissionBasis === 'no_points' ? { declaredPoints: {} } : {}) });
    }
    goNext();
  };

  return (
    <StepFrame
      title={t('family.wizard.steps.route')}
      lead={t('family.wizard.routeLead')}
      error={error}
      busy={isSaving}
      onNext={() => void next().catch(() => undefined)}
    >
      <div className="card">
        <dl className="facts">
          <dt>{t('family.wizard.child')}</dt>
          <dd>
            {application.child.name} <span className="muted num">{application.child.idNumberMasked}</span>
          </dd>
          <dt>{t('family.wizard.policy')}</dt>
          <dd>{format.name(application.policy.titleZh, application.policy.titleEn)}</dd>
        </dl>
      </div>
      <RouteChoices routes={policy.routes} value={routeCode} onChange={setRouteCode} name="wizard-route" />
    </StepFrame>
  );
}
