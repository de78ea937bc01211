import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadError, Loading } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { ApiError } from '../../../../lib/api-client.ts';
import { useFormat } from '../../../../lib/format.ts';
import { useCertificateCheck } from '../api/verify-certificate.ts';

/** 证书核验: opened from an event certificate's QR code, no sign-in; masked name, event, hours, valid or revoked. */
export function VerifyCertificateRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { code = '' } = useParams();
  const check = useCertificateCheck(code);
  const notFound = check.error instanceof ApiError && (check.error.status === 404 || check.error.status === 400);
  return (
    <Page title={t('family.verifyCertificate.title')} lead={t('family.verifyCertificate.lead')}>
      {check.isPending ? (
        <Loading />
      ) : notFound ? (
        <section className="card stack" aria-live="polite">
          <span className="verify-mark verify-invalid" aria-hidden>
            ×
          </span>
          <h2 className="centered">{t('family.verifyCertificate.notFound')}</h2>
        </section>
      ) : check.isError ? (
        <LoadError error={check.error} onRetry={() => void check.refetch()} />
      ) : (
        <section className="card stack" aria-live="polite">
          <span className={`verify-mark ${check.data.status === 'valid' ? 'verify-valid' : 'verify-invalid'}`} aria-hidden>
            {check.data.status === 'valid' ? '✓' : '!'}
          </span>
          <h2 className="centered">{check.data.status === 'valid' ? t('family.verifyCertificate.valid') : t('family.verifyCertificate.revoked')}</h2>
          <dl className="facts">
            <dt>{t('family.verifyCertificate.holder')}</dt>
            <dd>{check.data.maskedName}</dd>
            <dt>{t('family.verifyCertificate.event')}</dt>
            <dd>{check.data.eventTitle}</dd>
            <dt>{t('family.verifyCertificate.hours')}</dt>
            <dd>{format.number(check.data.hours)}</dd>
            <dt>{t('family.verifyCertificate.issuedOn')}</dt>
            <dd>{format.date(check.data.issuedOn)}</dd>
            {check.data.revokedOn && (
              <>
                <dt>{t('family.verifyCertificate.revokedOn')}</dt>
                <dd>{format.date(check.data.revokedOn)}</dd>
              </>
            )}
            <dt>{t('family.verifyCertificate.code')}</dt>
            <dd className="num break">{check.data.code}</dd>
          </dl>
        </section>
      )}
    </Page>
  );
}
