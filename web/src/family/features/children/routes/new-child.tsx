import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { familyPaths, safeFamilyNext } from '../../../app/paths.ts';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/feedback.tsx';
import { Field } from '../../../components/field.tsx';
import { Page } from '../../../components/page.tsx';
import { ApiError } from '../../../../lib/api-client.ts';
import { fieldErrorsOf } from '../../../lib/field-errors.ts';
import { useFormat } from '../../../../lib/format.ts';
import { useCreateChild } from '../api/create-child.ts';
import { ChildCommonFields, useProblemMessage } from '../components/child-fields.tsx';
import {
  changedFields,
  EMPTY_CHILD,
  factsFromIdNumber,
  toNewChild,
  withoutChanged,
  type ChildFormValues,
  type ChildProblems,
} from '../components/child-form-values.ts';

const FIELDS = ['name', 'idNumber', 'relation', 'hukouAddress'] as const;

/** Adds a child profile; the separate consent comes next, as its own step. */
export function NewChildRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const create = useCreateChild();
  const problemMessage = useProblemMessage();
  const [values, setValues] = useState<ChildFormValues>(EMPTY_CHILD);
  const [problems, setProblems] = useState<ChildProblems>({});
  const facts = factsFromIdNumber(values.idNumber);
  const server = fieldErrorsOf(create.error instanceof ApiError ? create.error : null, FIELDS);

  const errors = Object.fromEntries(FIELDS.map((field) => [field, problemMessage(problems[field]) ?? server.byField[field]]));

  // A corrected field drops its message, the form's and the server's alike (both are checked again on saving).
  const change = (next: ChildFormValues) => {
    const changed = changedFields(values, next);
    setValues(next);
    setProblems((current) => withoutChanged(current, changed));
    if (changed.some((field) => server.byField[field])) create.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = toNewChild(values);
    if ('problems' in result) return setProblems(result.problems);
    setProblems({});
    create.mutate(result.body, {
      onSuccess: (child) => void navigate(familyPaths.consent.href(child.id, next ? safeFamilyNext(next) : undefined), { replace: true }),
    });
  };

  return (
    <Page title={t('family.child.newTitle')} back={next ? safeFamilyNext(next) : familyPaths.home.href()} lead={t('family.child.newLead')}>
      <form className="card form" onSubmit={submit} noValidate>
        {server.unmatched && <ErrorMessage error={create.error} />}
        <Field
          label={t('family.child.idNumber')}
          hint={
            facts
              ? t('family.child.idFacts', { birthDate: format.date(facts.birthDate), sex: t(`family.child.sexes.${facts.sex}`) })
              : t('family.child.idNumberHint')
          }
          error={errors.idNumber}
        >
          {(control) => (
            <input
              {...control}
              className="input num"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={24}
              value={values.idNumber}
              onChange={(e) => change({ ...values, idNumber: e.target.value })}
            />
          )}
        </Field>
        <ChildCommonFields values={values} onChange={change} errors={errors} />
        <Button type="submit" variant="primary" block busy={create.isPending}>
          {t('family.child.saveAndContinue')}
        </Button>
      </form>
    </Page>
  );
}
