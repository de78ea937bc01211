import { Alert, Col, Flex, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useDecideApplication } from '../api/decide-application.ts';
import { useDecideDocument } from '../api/decide-document.ts';
import { useOriginRegions } from '../api/get-origin-regions.ts';
import { useReviewApplication } from '../api/get-review-application.ts';
import { useRequestSupplement } from '../api/request-supplement.ts';
import { useVerifyPoints } from '../api/verify-points.ts';
import { AppealSummary } from '../components/appeal-summary.tsx';
import { ApplicantFacts } from '../components/applicant-facts.tsx';
import { ApplicationTimeline } from '../components/application-timeline.tsx';
import { DecisionCard } from '../components/decision-card.tsx';
import { DocumentReview } from '../components/document-review.tsx';
import { EligibilityCard } from '../components/eligibility-card.tsx';
import { STATUS_COLORS } from '../components/labels.ts';
import { PointsVerification } from '../components/points-verification.tsx';
import { StaleDescription } from '../components/stale-description.tsx';
import { useReviewActions } from '../components/use-review-actions.ts';

/** One application under review: the facts, each document inline, the points, the decisions and the timeline. */
export function ApplicationReviewRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const application = useReviewApplication(id);
  const regions = useOriginRegions();
  const decideDocument = useDecideDocument(id);
  const requestSupplement = useRequestSupplement(id);
  const verifyPoints = useVerifyPoints(id);
  const decide = useDecideApplication(id);
  const { act, busy, stale, generation, dismissStale } = useReviewActions({ version: application.data?.version ?? 0, reload: () => application.refetch() });

  if (application.isPending) return <PageSpinner />;
  if (application.isError) return <QueryError error={application.error} onRetry={() => void application.refetch()} />;
  const a = application.data;
  const can = (action: (typeof a.allowedActions)[number]) => a.allowedActions.includes(action);

  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} wrap align="center">
            <span style={{ fontFamily: 'monospace' }}>{a.reference}</span>
            <Tag color={STATUS_COLORS[a.status]}>{t(`enrollmentReview.statuses.${a.status}`)}</Tag>
            {a.isAssisted && <Tag>{t('enrollmentReview.assisted')}</Tag>}
          </Flex>
        }
        subtitle={[
          format.name(a.policy.titleZh, a.policy.titleEn),
          format.name(a.route.nameZh, a.route.nameEn),
          a.submittedAt && t('enrollmentReview.submittedWaiting', { time: format.dateTime(a.submittedAt), count: a.waitingDays ?? 0 }),
        ]
          .filter(Boolean)
          .join(' · ')}
        backTo={paths.enrollmentReview.inbox.getHref()}
      />
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          closable={{ onClose: dismissStale }}
          title={t('enrollmentReview.staleTitle')}
          description={<StaleDescription error={stale} />}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
          <Flex vertical gap={16}>
            <ApplicantFacts application={a} regions={regions.data ?? []} />
            <DecisionCard
              application={a}
              busy={busy}
              onApprove={() => act((version) => decide.mutateAsync({ version, decision: 'approve' }), t('enrollmentReview.done.approved'))}
              onReject={(reason) => act((version) => decide.mutateAsync({ version, decision: 'reject', reason }), t('enrollmentReview.done.rejected'))}
              onRequestSupplement={(input) =>
                act((version) => requestSupplement.mutateAsync({ ...input, version }), t('enrollmentReview.done.supplementRequested'))
              }
            />
            <AppealSummary application={a} />
          </Flex>
        </Col>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
          <Flex vertical gap={16}>
            <EligibilityCard application={a} />
            <DocumentReview
              application={a}
              canDecide={can('decide_documents')}
              busy={busy}
              onDecide={(document, decision, reason) =>
                act(
                  (version) => decideDocument.mutateAsync({ documentId: document.id, version, decision, reason }),
                  decision === 'accept' ? t('enrollmentReview.done.documentAccepted') : t('enrollmentReview.done.documentRejected'),
                )
              }
            />
            {a.route.admissionBasis === 'points' && (
              <PointsVerification
                key={`${a.id}:${generation}`}
                application={a}
                canVerify={can('verify_points')}
                busy={busy}
                onVerify={(verified, reasons) =>
                  act((version) => verifyPoints.mutateAsync({ version, verified, reasons }), t('enrollmentReview.done.pointsVerified'))
                }
              />
            )}
            <ApplicationTimeline events={a.events} />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
