import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../../components/field.tsx';
import { useFormat } from '../../../../../lib/format.ts';
import type { StepProps } from './step-props.ts';
import { StepFrame } from './step-frame.tsx';
import { useStepSave } from './use-step-save.ts';

const MIN = 4;
const MAX = 200;

/** Where the family lives in the host district (stored encrypted; only they and the reviewers read it). */
export function StepResidence({ application, goBack, goNext }: StepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { save, isSaving, error } = useStepSave(application);
  const [address, setAddress] = useState(application.residenceAddress ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const district = format.name(application.policy.hostRegionNameZh, application.policy.hostRegionNameEn);

  const changes = () => {
    const value = address.trim();
    if (value === (application.residenceAddress ?? '')) return null;
    return { residenceAddress: value === '' ? null : value };
  };

  const leave = async (go: () => void, strict: boolean) => {
    const length = [...address.trim()].length;
    // Going back keeps whatever was typed, if it can be kept; going on asks for a real address.
    const invalid = length > MAX || (length > 0 && length < MIN) || (strict && length === 0);
    setProblem(invalid ? t(length > MAX ? 'family.wizard.addressTooLong' : 'family.wizard.addressTooShort', { min: MIN, max: MAX }) : null);
    if (invalid && strict) return;
    if (!invalid) await save(changes());
    go();
  };

  return (
    <StepFrame
      title={t('family.wizard.steps.residence')}
      lead={t('family.wizard.residenceLead', { district })}
      error={error}
      busy={isSaving}
      onBack={goBack && (() => void leave(goBack, false).catch(() => undefined))}
      onNext={() => void leave(goNext, true).catch(() => undefined)}
    >
      <Field label={t('family.wizard.residenceAddress')} hint={t('family.wizard.residenceHint')} error={problem}>
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={3}
            maxLength={MAX + 20}
            autoComplete="street-address"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
        )}
      </Field>
    </StepFrame>
  );
}
