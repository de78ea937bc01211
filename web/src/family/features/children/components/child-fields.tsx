import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.tsx';
import { RELATIONS, type ChildFormValues, type ChildProblem } from './child-form-values.ts';

interface Props {
  values: ChildFormValues;
  onChange: (values: ChildFormValues) => void;
  /** A message per field: this form's own checks or the server's. */
  errors: Partial<Record<keyof ChildFormValues, string>>;
}

/** The fields a guardian may set and change: name, their relation to the child, the hukou address. */
export function ChildCommonFields({ values, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (changes: Partial<ChildFormValues>) => onChange({ ...values, ...changes });
  return (
    <>
      <Field label={t('family.child.name')} error={errors.name}>
        {(control) => <input {...control} className="input" autoComplete="off" value={values.name} onChange={(e) => set({ name: e.target.value })} />}
      </Field>
      <Field label={t('family.child.relation')} error={errors.relation}>
        {(control) => (
          <select {...control} className="select" value={values.relation} onChange={(e) => set({ relation: e.target.value as ChildFormValues['relation'] })}>
            <option value="" disabled>
              {t('family.common.choose')}
            </option>
            {RELATIONS.map((relation) => (
              <option key={relation} value={relation}>
                {t(`family.child.relations.${relation}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('family.child.hukouAddress')} hint={t('family.child.hukouAddressHint')} error={errors.hukouAddress} optional>
        {(control) => <input {...control} className="input" value={values.hukouAddress} onChange={(e) => set({ hukouAddress: e.target.value })} />}
      </Field>
    </>
  );
}

/** The message of a problem this form found itself. */
export function useProblemMessage() {
  const { t } = useTranslation();
  return (problem: ChildProblem | undefined): string | undefined => (problem ? t(`family.child.problems.${problem}`) : undefined);
}
