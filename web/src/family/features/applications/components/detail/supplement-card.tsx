import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/button.tsx';
import { Alert, ErrorMessage } from '../../../../components/feedback.tsx';
import { useFormat } from '../../../../../lib/format.ts';
import type { Application } from '../../../../types.ts';
import { useSubmitApplication } from '../../api/submit-application.ts';
import { submitChecklist } from '../../logic/submit-checklist.ts';

/** 补充材料: what the reviewer asked for and by when; the files go in the documents below, then one resubmit. */
export function SupplementCard({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useFormat();
  const submit = useSubmitApplication();
  const request = application.supplementRequest;
  if (!request) return null;
  const stillMissing = submitChecklist(application).filter((item) => item.key === 'resupply' || item.key === 'material');
  const overdue = Date.parse(request.deadline) < Date.now();
  return (
    <section className="card stack" aria-labelledby="supplement-title">
      <h2 id="supplement-title">{t('family.supplement.title')}</h2>
      <Alert kind={overdue ? 'error' : 'warning'}>
        <strong>{t('family.supplement.deadline', { date: format.dateTime(request.deadline) })}</strong>
        {request.message}
      </Alert>
      <div>
        <p className="strong">{t('family.supplement.materials')}</p>
        <ul className="bullets">
          {request.materials.map((m) => (
            <li key={m}>{t(`family.materials.${m}`)}</li>
          ))}
        </ul>
      </div>
      {stillMissing.length > 0 ? (
        <p className="small muted">{t('family.supplement.uploadBelow')}</p>
      ) : (
        <Alert kind="success">{t('family.supplement.ready')}</Alert>
      )}
      <ErrorMessage error={submit.error} />
      {application.allowedActions.includes('submit') && (
        <Button
          variant="primary"
          block
          busy={submit.isPending}
          disabled={stillMissing.length > 0}
          onClick={() => submit.mutate({ id: application.id, version: application.version })}
        >
          {t('family.supplement.resubmit')}
        </Button>
      )}
    </section>
  );
}
