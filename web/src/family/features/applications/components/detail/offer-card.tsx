import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/button.tsx';
import { Alert, ErrorMessage } from '../../../../components/feedback.tsx';
import { Field } from '../../../../components/field.tsx';
import { Sheet } from '../../../../components/sheet.tsx';
import { useFormat } from '../../../../../lib/format.ts';
import type { Application } from '../../../../types.ts';
import { useAcceptOffer, useDeclineOffer } from '../../api/respond-offer.ts';

type Offer = NonNullable<Application['offer']>;

/** 录取结果: the school offered, and accept or decline (with a reason) before the deadline. */
export function OfferCard({ application, offer }: { application: Application; offer: Offer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const accept = useAcceptOffer();
  const decline = useDeclineOffer();
  const [confirm, setConfirm] = useState<'accept' | 'decline' | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const school = format.name(offer.schoolNameZh, offer.schoolNameEn);
  const canRespond = application.allowedActions.includes('respond_offer') && offer.status === 'open';

  const sendDecline = () => {
    const text = reason.trim();
    if (!text) return setProblem(t('family.offer.reasonRequired'));
    setProblem(null);
    decline.mutate({ id: application.id, version: application.version, reason: text }, { onSuccess: () => setConfirm(null) });
  };

  return (
    <section className="card stack" aria-labelledby="offer-title">
      <h2 id="offer-title">{t('family.offer.title')}</h2>
      <p className="offer-school">{school}</p>
      <p className="small muted">
        {offer.preferenceRank ? t('family.offer.preference', { rank: offer.preferenceRank }) : t('family.offer.manual')} ·{' '}
        {t('family.offer.round', { round: offer.round })}
      </p>
      {offer.status === 'open' && <Alert kind="warning">{t('family.offer.deadline', { date: format.dateTime(offer.deadline) })}</Alert>}
      {offer.status !== 'open' && <Alert kind={offer.status === 'accepted' ? 'success' : 'info'}>{t(`family.offer.status.${offer.status}`)}</Alert>}
      <ErrorMessage error={accept.error} />
      {canRespond && (
        <div className="btn-row">
          <Button variant="danger" onClick={() => setConfirm('decline')}>
            {t('family.offer.decline')}
          </Button>
          <Button variant="primary" onClick={() => setConfirm('accept')}>
            {t('family.offer.accept')}
          </Button>
        </div>
      )}

      <Sheet open={confirm === 'accept'} onClose={() => setConfirm(null)} title={t('family.offer.acceptTitle')}>
        <p>{t('family.offer.acceptText', { school })}</p>
        <ErrorMessage error={accept.error} />
        <div className="btn-row">
          <Button onClick={() => setConfirm(null)}>{t('family.common.cancel')}</Button>
          <Button
            variant="primary"
            busy={accept.isPending}
            onClick={() => accept.mutate({ id: application.id, version: application.version }, { onSuccess: () => setConfirm(null) })}
          >
            {t('family.offer.acceptConfirm')}
          </Button>
        </div>
      </Sheet>

      <Sheet open={confirm === 'decline'} onClose={() => setConfirm(null)} title={t('family.offer.declineTitle')}>
        <p>{t('family.offer.declineText', { school })}</p>
        <Field label={t('family.offer.reason')} error={problem}>
          {(control) => <textarea {...control} className="textarea" rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <ErrorMessage error={decline.error} />
        <div className="btn-row">
          <Button onClick={() => setConfirm(null)}>{t('family.common.cancel')}</Button>
          <Button variant="danger-solid" busy={decline.isPending} onClick={sendDecline}>
            {t('family.offer.declineConfirm')}
          </Button>
        </div>
      </Sheet>
    </section>
  );
}
