import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { familyPaths } from '../../../app/paths.ts';
import { Button } from '../../../components/button.tsx';
import { Alert, ErrorMessage, LoadError, Loading } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { Sheet } from '../../../components/sheet.tsx';
import { StatusChip } from '../../../components/status-chip.tsx';
import { useFormat } from '../../../../lib/format.ts';
import type { Application, ApplicationStatus } from '../../../types.ts';
import { useApplication } from '../api/get-application.ts';
import { useWithdrawApplication } from '../api/withdraw-application.ts';
import { statusHelpKey } from '../logic/status-help.ts';
import { AppealCard } from '../components/detail/appeal-card.tsx';
import { DocumentsSection } from '../components/detail/documents.tsx';
import { ExplanationCard } from '../components/detail/explanation-card.tsx';
import { NoticeCard } from '../components/detail/notice-card.tsx';
import { OfferCard } from '../components/detail/offer-card.tsx';
import { ApplicationSummary } from '../components/detail/summary.tsx';
import { SupplementCard } from '../components/detail/supplement-card.tsx';
import { Timeline } from '../components/detail/timeline.tsx';

const HAS_NOTICE: readonly ApplicationStatus[] = ['accepted', 'enrolled'];

/** After an allocation run: the family sees why they got what they got. */
const ALLOCATED: readonly ApplicationStatus[] = ['placed', 'unplaced', 'accepted', 'declined', 'enrolled', 'no_show'];

/** One application: where it stands, what the family can do now, the documents, the details, the timeline. */
export function ApplicationRoute() {
  const { t } = useTranslation();
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  return (
    <Page
      title={application.data ? t('family.detail.title', { name: application.data.child.name }) : t('family.detail.titlePlain')}
      back={familyPaths.home.href()}
    >
      {application.isPending ? (
        <Loading />
      ) : application.isError ? (
        <LoadError error={application.error} onRetry={() => void application.refetch()} />
      ) : (
        <ApplicationDetails application={application.data} />
      )}
    </Page>
  );
}

function ApplicationDetails({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const justSubmitted = params.get('submitted') === '1' && application.status === 'submitted';
  const { status, allowedActions } = application;
  const showAppeal = status === 'rejected' || status === 'appealed' || application.appeal !== null;

  return (
    <>
      <section className="card">
        <div className="row">
          <StatusChip status={status} />
          <span className="small muted num">{application.reference}</span>
        </div>
        <p className="strong">{format.name(application.policy.titleZh, application.policy.titleEn)}</p>
        <p className="muted">{t(`family.statusHelp.${statusHelpKey(application)}`)}</p>
      </section>

      {justSubmitted && <Alert kind="success">{t('family.detail.submitted', { reference: application.reference })}</Alert>}

      {status === 'draft' && (
        <Link className="btn btn-primary btn-block" to={familyPaths.wizard.href(application.id)}>
          {t('family.detail.continueDraft')}
        </Link>
      )}
      {status === 'supplement_requested' && <SupplementCard application={application} />}
      {showAppeal && <AppealCard application={application} />}
      {application.offer && <OfferCard application={application} offer={application.offer} />}
      {/* The notice is issued at its first download: an accepted offer is enough to offer it. */}
      {(allowedActions.includes('download_notice') || HAS_NOTICE.includes(status)) && <NoticeCard application={application} />}
      {ALLOCATED.includes(status) && <ExplanationCard applicationId={application.id} />}

      {status !== 'draft' && <DocumentsSection application={application} />}
      <ApplicationSummary application={application} />
      <Timeline application={application} />
      {allowedActions.includes('withdraw') && <WithdrawButton application={application} />}
    </>
  );
}

function WithdrawButton({ application }: { application: Application }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawApplication();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" block onClick={() => setOpen(true)}>
        {t('family.detail.withdraw')}
      </Button>
      <Sheet open={open} onClose={() => setOpen(false)} title={t('family.detail.withdrawTitle')}>
        <p>{t('family.detail.withdrawText')}</p>
        <ErrorMessage error={withdraw.error} />
        <div className="btn-row">
          <Button onClick={() => setOpen(false)}>{t('family.common.cancel')}</Button>
          <Button
            variant="danger-solid"
            busy={withdraw.isPending}
            onClick={() => withdraw.mutate({ id: application.id, version: application.version }, { onSuccess: () => setOpen(false) })}
          >
            {t('family.detail.withdrawConfirm')}
          </Button>
        </div>
      </Sheet>
    </>
  );
}
