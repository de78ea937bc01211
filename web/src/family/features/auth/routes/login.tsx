import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { maskMobile } from '../../../../../../common/masking.ts';
import { normalizeMobile } from '../../../../../../common/mobile.ts';
import { safeFamilyNext } from '../../../app/paths.ts';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage, Loading } from '../../../components/feedback.tsx';
import { Field } from '../../../components/field.tsx';
import { ApiError } from '../../../../lib/api-client.ts';
import { isGuardian, useSession } from '../../../../lib/session.ts';
import { useCountdown } from '../../../../lib/use-countdown.ts';
import { useRequestSmsCode, type SentCode } from '../api/request-sms-code.ts';
import { useVerifySmsCode } from '../api/verify-sms-code.ts';
import { digitsOnly } from '../digits.ts';

/** Guardian sign-in on a phone: the mobile number, then the code from the text message. No password. */
export function LoginRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeFamilyNext(params.get('next'));
  const requestCode = useRequestSmsCode();
  const verifyCode = useVerifySmsCode();
  const [mobileInput, setMobileInput] = useState('');
  const [mobileError, setMobileError] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [sent, setSent] = useState<(SentCode & { mobile: string }) | null>(null);
  // Until when the server will refuse another code (after a send, or as a 429 said).
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const secondsToResend = useCountdown(blockedUntil);

  if (session.isPending) return <Loading />;
  if (session.data?.authenticated && isGuardian(session.data.user)) return <Navigate to={next} replace />;

  const send = (mobile: string) =>
    requestCode.mutate(mobile, {
      onSuccess: (result) => {
        verifyCode.reset();
        setCode('');
        setSent({ ...result, mobile });
        setBlockedUntil(Date.now() + result.retryAfterSeconds * 1000);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.retryAfterSeconds) setBlockedUntil(Date.now() + error.retryAfterSeconds * 1000);
      },
    });

  const submitMobile = (event: FormEvent) => {
    event.preventDefault();
    const mobile = normalizeMobile(mobileInput);
    setMobileError(mobile ? null : t('family.auth.mobileInvalid'));
    if (mobile) send(mobile);
  };

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (!sent) return;
    if (code.length !== 6) return setCodeError(t('family.auth.codeSixDigits'));
    setCodeError(null);
    verifyCode.mutate({ mobile: sent.mobile, code }, { onSuccess: () => void navigate(next, { replace: true }) });
  };

  const resendLabel = secondsToResend > 0 ? t('family.auth.resendIn', { seconds: secondsToResend }) : null;

  return (
    <div className="page">
      <div className="page-head hero">
        <h1>{t('family.auth.title')}</h1>
        <p className="lead">{t('family.auth.subtitle')}</p>
      </div>
      <div className="card">
        {!sent ? (
          <form className="form" onSubmit={submitMobile} noValidate>
            <ErrorMessage error={requestCode.error} />
            <Field label={t('family.auth.mobile')} error={mobileError}>
              {(control) => (
                <div className="input-affix">
                  <span>+86</span>
                  <input
                    {...control}
                    className="input"
                    type="tel"
                    inputMode="tel"
                    autoComplete="tel-national"
                    placeholder="138 0000 0000"
                    value={mobileInput}
                    onChange={(e) => setMobileInput(e.target.value)}
                    autoFocus
                  />
                </div>
              )}
            </Field>
            <Button type="submit" variant="primary" block busy={requestCode.isPending} disabled={secondsToResend > 0}>
              {resendLabel ?? t('family.auth.getCode')}
            </Button>
          </form>
        ) : (
          <form className="form" onSubmit={submitCode} noValidate>
            <p>{t('family.auth.codeSent', { mobile: maskMobile(sent.mobile), minutes: sent.expiresInMinutes })}</p>
            <ErrorMessage error={verifyCode.error ?? requestCode.error} />
            <Field label={t('family.auth.smsCode')} error={codeError}>
              {(control) => (
                <input
                  {...control}
                  className="input code-input"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  placeholder="······"
                  value={code}
                  onChange={(e) => setCode(digitsOnly(e.target.value))}
                  autoFocus
                />
              )}
            </Field>
            <Button type="submit" variant="primary" block busy={verifyCode.isPending}>
              {t('family.auth.signIn')}
            </Button>
            <div className="spread center-y">
              <Button
                variant="link"
                onClick={() => {
                  requestCode.reset();
                  verifyCode.reset();
                  setSent(null);
                }}
              >
                {t('family.auth.changeMobile')}
              </Button>
              <Button small disabled={secondsToResend > 0} busy={requestCode.isPending} onClick={() => send(sent.mobile)}>
                {resendLabel ?? t('family.auth.resend')}
              </Button>
            </div>
          </form>
        )}
      </div>
      <p className="small muted">{t('family.auth.notice')}</p>
      <p className="footer-note">
        <a href="/login">{t('family.auth.staffLink')}</a>
      </p>
    </div>
  );
}
