import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/button.tsx';
import { Alert, ErrorMessage } from '../../../../components/feedback.tsx';
import { Field } from '../../../../components/field.tsx';
import { Chip } from '../../../../components/status-chip.tsx';
import { useFormat } from '../../../../../lib/format.ts';
import type { Appeal, Application } from '../../../../types.ts';
import { uploadAppealEvidence, useFileAppeal } from '../../api/file-appeal.ts';
import { applicationQueryKey } from '../../api/get-application.ts';
import { appealDeadline } from '../../logic/event-detail.ts';
import { fileSize } from '../../logic/file-check.ts';
import { MaterialUploader } from '../material-uploader.tsx';

const MAX_REASON = 1000;
const APPEAL_TONES = { open: 'purple', upheld: 'green', dismissed: 'red' } as const;

/** The reviewer's rejection, and 复核: an appeal with a reason, then evidence, decided by another reviewer. */
export function AppealCard({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const file = useFileAppeal();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The evidence list comes with each answer about the appeal (the application view does not carry it).
  const [latest, setLatest] = useState<Appeal | null>(null);
  const appeal = application.appeal;
  const until = appealDeadline(application.decidedAt, application.policy.appealDays);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (!text) return setProblem(t('family.appeal.reasonRequired'));
    if ([...text].length > MAX_REASON) return setProblem(t('family.wizard.tooLong', { max: MAX_REASON }));
    setProblem(null);
    file.mutate({ applicationId: application.id, reason: text }, { onSuccess: setLatest });
  };

  return (
    <section className="card stack" aria-labelledby="appeal-title">
      <h2 id="appeal-title">{appeal ? t('family.appeal.title') : t('family.appeal.rejectedTitle')}</h2>
      {application.decisionReason && (
        <Alert kind="error">
          <strong>{t('family.appeal.rejectionReason')}</strong>
          {application.decisionReason}
        </Alert>
      )}

      {appeal ? (
        <>
          <div className="row">
            <Chip tone={APPEAL_TONES[appeal.status]}>{t(`family.appeal.status.${appeal.status}`)}</Chip>
            <span className="small muted">{t('family.appeal.filedAt', { date: format.dateTime(appeal.filedAt) })}</span>
          </div>
          <p className="small">{t('family.appeal.yourReason', { reason: appeal.reason })}</p>
          {appeal.decisionReason && (
            <Alert kind={appeal.status === 'upheld' ? 'success' : 'info'}>
              <strong>{t('family.appeal.decision')}</strong>
              {appeal.decisionReason}
            </Alert>
          )}
          {appeal.status === 'dismissed' && <p className="small">{t('family.appeal.final')}</p>}
          {appeal.status === 'open' && (
            <>
              <h3>{t('family.appeal.evidence')}</h3>
              <p className="small muted">{t('family.appeal.evidenceHint')}</p>
              {latest?.evidence.map((e) => (
                <div key={e.id} className="upload">
                  <span className="upload-name">{e.originalName}</span>
                  <span className="small muted num">{fileSize(e.sizeBytes)}</span>
                </div>
              ))}
              <MaterialUploader
                label={t('family.appeal.evidence')}
                upload={async (evidence, options) => setLatest(await uploadAppealEvidence(application.id, evidence, options))}
                onUploaded={() => void queryClient.invalidateQueries({ queryKey: applicationQueryKey(application.id) })}
              />
            </>
          )}
        </>
      ) : application.allowedActions.includes('appeal') ? (
        <form className="form" onSubmit={submit} noValidate>
          <p>{until ? t('family.appeal.until', { date: format.dateTime(until) }) : t('family.appeal.intro')}</p>
          <Field label={t('family.appeal.reason')} hint={t('family.appeal.reasonHint')} error={problem}>
            {(control) => <textarea {...control} className="textarea" rows={5} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <ErrorMessage error={file.error} />
          <Button type="submit" variant="primary" block busy={file.isPending}>
            {t('family.appeal.submit')}
          </Button>
        </form>
      ) : (
        <p className="small muted">{t('family.appeal.closed')}</p>
      )}
    </section>
  );
}
