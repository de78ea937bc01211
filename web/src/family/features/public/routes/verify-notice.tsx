import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { familyPaths } from '../../../app/paths.ts';
import { Button } from '../../../components/button.tsx';
import { LoadError, Loading } from '../../../components/feedback.tsx';
import { Field } from '../../../components/field.tsx';
import { Page } from '../../../components/page.tsx';
import { ApiError } from '../../../../lib/api-client.ts';
import { useFormat } from '../../../../lib/format.ts';
import type { PublicNotice } from '../../../types.ts';
import { useNoticeCheck } from '../api/verify-notice.ts';
import { cleanNoticeCode } from '../notice-code.ts';

/** 通知书核验: opened from the notice's QR code (or a typed code), no sign-in; masked details only. */
export function VerifyNoticeRoute() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const check = useNoticeCheck(code);
  const notFound = check.error instanceof ApiError && (check.error.status === 404 || check.error.status === 400);
  return (
    <Page title={t('family.verify.title')} lead={t('family.verify.lead')}>
      {code !== '' &&
        (check.isPending ? (
          <Loading />
        ) : notFound ? (
          <section className="card stack" aria-live="polite">
            <span className="verify-mark verify-invalid" aria-hidden>
              ×
            </span>
            <h2 className="centered">{t('family.verify.notFound')}</h2>
            <p className="muted">{t('family.verify.notFoundText')}</p>
          </section>
        ) : check.isError ? (
          <LoadError error={check.error} onRetry={() => void check.refetch()} />
        ) : (
          <NoticeResult notice={check.data} />
        ))}
      {/* A notice found needs no second look; otherwise the family may type the code (again). */}
      {(code === '' || check.isError) && <CodeForm initial={code} />}
    </Page>
  );
}

function NoticeResult({ notice }: { notice: PublicNotice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const valid = notice.status === 'valid';
  return (
    <section className="card stack" aria-live="polite">
      <span className={`verify-mark ${valid ? 'verify-valid' : 'verify-invalid'}`} aria-hidden>
        {valid ? '✓' : '!'}
      </span>
      <h2 className="centered">{valid ? t('family.verify.valid') : t('family.verify.revoked')}</h2>
      <dl className="facts">
        <dt>{t('family.verify.pupil')}</dt>
        <dd>{notice.maskedName}</dd>
        <dt>{t('family.verify.school')}</dt>
        <dd>{format.name(notice.schoolNameZh, notice.schoolNameEn)}</dd>
        <dt>{t('family.verify.grade')}</dt>
        <dd>{t('family.policy.gradeOfYear', { year: notice.schoolYear, grade: t(`family.grades.${notice.grade}`) })}</dd>
        <dt>{t('family.verify.issuedOn')}</dt>
        <dd>{format.date(notice.issuedOn)}</dd>
        {notice.revokedOn && (
          <>
            <dt>{t('family.verify.revokedOn')}</dt>
            <dd>{format.date(notice.revokedOn)}</dd>
          </>
        )}
        <dt>{t('family.verify.code')}</dt>
        <dd className="num break">{notice.code}</dd>
      </dl>
      <p className="small muted">{t('family.verify.privacy')}</p>
    </section>
  );
}

function CodeForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = cleanNoticeCode(value);
    setProblem(code ? null : t('family.verify.codeInvalid'));
    if (code) void navigate(familyPaths.verifyNotice.href(code));
  };
  return (
    <form className="card form" onSubmit={submit} noValidate>
      <Field label={t('family.verify.enterCode')} error={problem}>
        {(control) => (
          <input
            {...control}
            className="input num"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit" block>
        {t('family.verify.check')}
      </Button>
    </form>
  );
}
