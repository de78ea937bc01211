import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { familyPaths } from '../../../app/paths.ts';
import { Button } from '../../../components/button.tsx';
import { Alert, ErrorMessage, LoadError, Loading } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { Sheet } from '../../../components/sheet.tsx';
import { ApiError } from '../../../../lib/api-client.ts';
import { fieldErrorsOf } from '../../../lib/field-errors.ts';
import { useFormat } from '../../../../lib/format.ts';
import type { Child } from '../../../types.ts';
import { useDeleteChild } from '../api/delete-child.ts';
import { useChild } from '../api/get-child.ts';
import { useUpdateChild } from '../api/update-child.ts';
import { useWithdrawConsent } from '../api/withdraw-consent.ts';
import { ChildCommonFields, useProblemMessage } from '../components/child-fields.tsx';
import { commonProblems, type ChildFormValues, type ChildProblems } from '../components/child-form-values.ts';

const FIELDS = ['name', 'relation', 'hukouAddress'] as const;

/** A child's profile: the facts fixed by the ID number, the fields a guardian may change, the consent. */
export function EditChildRoute() {
  const { t } = useTranslation();
  const { childId = '' } = useParams();
  const child = useChild(childId);
  return (
    <Page title={child.data?.name ?? t('family.child.editTitle')} back={familyPaths.home.href()}>
      {child.isPending ? (
        <Loading />
      ) : child.isError ? (
        <LoadError error={child.error} onRetry={() => void child.refetch()} />
      ) : (
        <ChildProfile child={child.data} />
      )}
    </Page>
  );
}

function ChildProfile({ child }: { child: Child }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const update = useUpdateChild();
  const remove = useDeleteChild();
  const withdraw = useWithdrawConsent();
  const problemMessage = useProblemMessage();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const [saved, setSaved] = useState(false);
  const [values, setValues] = useState<ChildFormValues>({
    name: child.name,
    idNumber: '',
    relation: child.relation ?? '',
    hukouAddress: child.hukouAddress ?? '',
  });
  const [problems, setProblems] = useState<ChildProblems>({});
  const server = fieldErrorsOf(update.error instanceof ApiError ? update.error : null, FIELDS);
  const errors = Object.fromEntries(FIELDS.map((field) => [field, problemMessage(problems[field]) ?? server.byField[field]]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = commonProblems(values);
    setProblems(found);
    setSaved(false);
    if (Object.keys(found).length > 0 || !values.relation) return;
    update.mutate(
      {
        id: child.id,
        name: values.name.trim(),
        relation: values.relation,
        hukouAddress: values.hukouAddress.trim() || null,
        hukouDivisionCode: child.hukouDivisionCode,
        version: child.version,
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <>
      <section className="card" aria-labelledby="child-facts">
        <h2 id="child-facts">{t('family.child.facts')}</h2>
        <dl className="facts">
          <dt>{t('family.child.idNumber')}</dt>
          <dd className="num">{child.idNumberMasked}</dd>
          <dt>{t('family.child.birthDate')}</dt>
          <dd>{format.date(child.birthDate)}</dd>
          <dt>{t('family.child.sex')}</dt>
          <dd>{t(`family.child.sexes.${child.sex}`)}</dd>
        </dl>
        <p className="small muted">{t('family.child.idFixed')}</p>
      </section>

      <section className="card stack" aria-labelledby="child-consent">
        <h2 id="child-consent">{t('family.consent.title')}</h2>
        {child.hasConsent ? (
          <>
            <Alert kind="success">{t('family.consent.given')}</Alert>
            <ErrorMessage error={withdraw.error} />
            <Button variant="danger" onClick={() => setConfirmWithdraw(true)}>
              {t('family.consent.withdraw')}
            </Button>
          </>
        ) : (
          <>
            <Alert kind="warning">{t('family.consent.missing')}</Alert>
            <Link className="btn btn-primary" to={familyPaths.consent.href(child.id)}>
              {t('family.consent.readAndGive')}
            </Link>
          </>
        )}
      </section>

      <form className="card form" onSubmit={submit} noValidate aria-labelledby="child-edit">
        <h2 id="child-edit">{t('family.child.editTitle')}</h2>
        {server.unmatched && <ErrorMessage error={update.error} />}
        {saved && <Alert kind="success">{t('family.common.saved')}</Alert>}
        <ChildCommonFields
          values={values}
          onChange={(v) => {
            setValues(v);
            setSaved(false);
          }}
          errors={errors}
        />
        <Button type="submit" variant="primary" block busy={update.isPending}>
          {t('family.common.save')}
        </Button>
      </form>

      <Button variant="danger" block onClick={() => setConfirmDelete(true)}>
        {t('family.child.delete')}
      </Button>

      <Sheet open={confirmDelete} onClose={() => setConfirmDelete(false)} title={t('family.child.deleteTitle', { name: child.name })}>
        <p>{t('family.child.deleteText')}</p>
        <ErrorMessage error={remove.error} />
        <div className="btn-row">
          <Button onClick={() => setConfirmDelete(false)}>{t('family.common.cancel')}</Button>
          <Button
            variant="danger-solid"
            busy={remove.isPending}
            onClick={() => remove.mutate(child.id, { onSuccess: () => void navigate(familyPaths.home.href(), { replace: true }) })}
          >
            {t('family.child.deleteConfirm')}
          </Button>
        </div>
      </Sheet>

      <Sheet open={confirmWithdraw} onClose={() => setConfirmWithdraw(false)} title={t('family.consent.withdrawTitle')}>
        <p>{t('family.consent.withdrawText')}</p>
        <div className="btn-row">
          <Button onClick={() => setConfirmWithdraw(false)}>{t('family.common.cancel')}</Button>
          <Button variant="danger-solid" busy={withdraw.isPending} onClick={() => withdraw.mutate(child.id, { onSettled: () => setConfirmWithdraw(false) })}>
            {t('family.consent.withdrawConfirm')}
          </Button>
        </div>
      </Sheet>
    </>
  );
}
