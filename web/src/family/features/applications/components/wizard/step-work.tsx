import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../../components/field.tsx';
import type { WorkKind } from '../../../../types.ts';
import type { StepProps } from './step-props.ts';
import { StepFrame } from './step-frame.tsx';
import { useStepSave } from './use-step-save.ts';

/** In the order a form offers them (common/enrollment-application.ts WORK_KINDS). */
const WORK_KINDS = ['employed', 'self_employed', 'flexible', 'other'] as const satisfies readonly WorkKind[];
const NEEDS_EMPLOYER = new Set<WorkKind>(['employed', 'self_employed']);

interface Problems {
  guardianName?: string;
  workKind?: string;
  employer?: string;
}

/** The applying guardian's name and work: the employer is asked of the employed and the self-employed. */
export function StepWork({ application, goBack, goNext }: StepProps) {
  const { t } = useTranslation();
  const { save, isSaving, error } = useStepSave(application);
  const [guardianName, setGuardianName] = useState(application.guardianName ?? '');
  const [workKind, setWorkKind] = useState<WorkKind | ''>(application.workKind ?? '');
  const [employer, setEmployer] = useState(application.employer ?? '');
  const [problems, setProblems] = useState<Problems>({});

  const check = (strict: boolean): Problems => {
    const found: Problems = {};
    const name = [...guardianName.trim()].length;
    if (name > 50) found.guardianName = t('family.wizard.tooLong', { max: 50 });
    else if (strict && name === 0) found.guardianName = t('family.wizard.required');
    if (strict && !workKind) found.workKind = t('family.wizard.required');
    const employerLength = [...employer.trim()].length;
    if (employerLength > 120) found.employer = t('family.wizard.tooLong', { max: 120 });
    else if (strict && workKind && NEEDS_EMPLOYER.has(workKind) && employerLength === 0) found.employer = t('family.wizard.employerRequired');
    return found;
  };

  const changes = () => {
    const next = { guardianName: guardianName.trim() || null, workKind: workKind || null, employer: employer.trim() || null };
    const unchanged = next.guardianName === application.guardianName && next.workKind === application.workKind && next.employer === application.employer;
    return unchanged ? null : next;
  };

  const leave = async (go: () => void, strict: boolean) => {
    const found = check(strict);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    await save(changes());
    go();
  };

  return (
    <StepFrame
      title={t('family.wizard.steps.work')}
      lead={t('family.wizard.workLead')}
      error={error}
      busy={isSaving}
      onBack={goBack && (() => void leave(goBack, false).catch(() => undefined))}
      onNext={() => void leave(goNext, true).catch(() => undefined)}
    >
      <Field label={t('family.wizard.guardianName')} hint={t('family.wizard.guardianNameHint')} error={problems.guardianName}>
        {(control) => <input {...control} className="input" autoComplete="name" value={guardianName} onChange={(e) => setGuardianName(e.target.value)} />}
      </Field>
      <fieldset className="fieldset" aria-describedby={problems.workKind ? 'work-kind-error' : undefined}>
        <legend>{t('family.wizard.workKind')}</legend>
        <div className="choices">
          {WORK_KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" name="work-kind" value={kind} checked={workKind === kind} onChange={() => setWorkKind(kind)} />
              <span className="choice-body">{t(`family.workKinds.${kind}`)}</span>
            </label>
          ))}
        </div>
        {problems.workKind && (
          <span id="work-kind-error" className="field-error">
            {problems.workKind}
          </span>
        )}
      </fieldset>
      <Field
        label={t('family.wizard.employer')}
        hint={t('family.wizard.employerHint')}
        error={problems.employer}
        optional={!workKind || !NEEDS_EMPLOYER.has(workKind)}
      >
        {(control) => <input {...control} className="input" autoComplete="organization" value={employer} onChange={(e) => setEmployer(e.target.value)} />}
      </Field>
    </StepFrame>
  );
}
