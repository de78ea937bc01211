import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { familyPaths, safeFamilyNext } from '../../../app/paths.ts';
import { Button } from '../../../components/button.tsx';
import { Alert, ErrorMessage, LoadError, Loading } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { useFormat } from '../../../../lib/format.ts';
import { useConsentText } from '../api/get-consent-text.ts';
import { useChild } from '../api/get-child.ts';
import { useGiveConsent } from '../api/give-consent.ts';

/**
 * The separate consent (单独同意) to process the child's sensitive personal information: the full text in
 * the page's language, an explicit tick, and the version read recorded with the time.
 */
export function ConsentRoute() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { childId = '' } = useParams();
  const [params] = useSearchParams();
  const next = params.get('next');
  const navigate = useNavigate();
  const child = useChild(childId);
  const text = useConsentText(locale);
  const give = useGiveConsent();
  const [agreed, setAgreed] = useState(false);
  const done = () => void navigate(next ? safeFamilyNext(next) : familyPaths.child.href(childId), { replace: true });

  if (child.isPending || text.isPending) return <Loading />;
  if (child.isError || text.isError)
    return (
      <LoadError
        error={child.error ?? text.error}
        onRetry={() => {
          void child.refetch();
          void text.refetch();
        }}
      />
    );

  return (
    <Page title={text.data.title} back={familyPaths.child.href(childId)} lead={t('family.consent.lead', { name: child.data.name })}>
      {child.data.hasConsent && <Alert kind="success">{t('family.consent.given')}</Alert>}
      <div className="consent-text">
        {text.data.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <p className="small muted">{t('family.consent.version', { version: text.data.version })}</p>
      {!child.data.hasConsent && (
        <>
          <label className="choice">
            <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
            <span>{t('family.consent.agree', { name: child.data.name })}</span>
          </label>
          <ErrorMessage error={give.error} />
          <Button
            variant="primary"
            block
            disabled={!agreed}
            busy={give.isPending}
            onClick={() => give.mutate({ childId, textVersion: text.data.version, locale: text.data.locale }, { onSuccess: done })}
          >
            {t('family.consent.give')}
          </Button>
        </>
      )}
      <Button variant={child.data.hasConsent ? 'primary' : 'default'} block onClick={done}>
        {child.data.hasConsent ? t('family.common.continue') : t('family.consent.later')}
      </Button>
    </Page>
  );
}
