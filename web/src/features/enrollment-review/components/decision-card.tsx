import { CheckOutlined, CloseOutlined, FileAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../../common/enrollment.ts';
import { useFormat } from '../../../lib/format.ts';
import type { ReviewApplication } from '../api/review-types.ts';
import { ReasonDialog } from '../../../components/reason-dialog.tsx';
import { SupplementRequestModal } from './supplement-request-modal.tsx';

interface DecisionCardProps {
  application: ReviewApplication;
  busy: boolean;
  onApprove: () => Promise<boolean>;
  onReject: (reason: string) => Promise<boolean>;
  onRequestSupplement: (input: { materials: Material[]; message: string; deadline: string }) => Promise<boolean>;
}

/** The reviewer's decisions: approve, reject with a reason, or ask for more documents. */
export function DecisionCard({ application: a, busy, onApprove, onReject, onRequestSupplement }: DecisionCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [rejecting, setRejecting] = useState(false);
  const [requesting, setRequesting] = useState(false);
  const can = (action: ReviewApplication['allowedActions'][number]) => a.allowedActions.includes(action);
  const missing = a.materials.filter((m) => m.requirement === 'mandatory' && !m.isAccepted);
  const needsPoints = a.points.isRequired && a.points.verifiedTotal === null;
  const open = a.supplementRequests.find((r) => r.fulfilledAt === null);

  if (!can('approve') && !can('reject') && !can('request_supplement')) {
    return (
      <Card size="small" title={t('enrollmentReview.decision.title')}>
        {a.decidedAt ? (
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('enrollmentReview.decision.decidedAt', { time: format.dateTime(a.decidedAt) })}
            {a.decisionReason && (
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {a.decisionReason}
              </Typography.Text>
            )}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('enrollmentReview.decision.nothingToDecide')}</Typography.Text>
        )}
      </Card>
    );
  }

  return (
    <Card size="small" title={t('enrollmentReview.decision.title')}>
      <Flex vertical gap={8}>
        {open && (
          <Alert
            type="warning"
            showIcon
            title={t('enrollmentReview.decision.waitingForFamily', { deadline: format.date(open.deadline) })}
            description={open.materials.map((m) => t(`enrollmentPolicies.materials.${m}`)).join('、')}
          />
        )}
        {can('approve') && (missing.length > 0 || needsPoints) && (
          <Alert
            type="info"
            showIcon
            title={t('enrollmentReview.decision.beforeApproving')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {missing.map((m) => (
                  <li key={m.material}>{t('enrollmentReview.decision.materialNotAccepted', { material: t(`enrollmentPolicies.materials.${m.material}`) })}</li>
                ))}
                {needsPoints && <li>{t('enrollmentReview.decision.pointsNotVerified')}</li>}
              </ul>
            }
          />
        )}
        <Flex gap={8} wrap>
          {can('approve') && (
            <Popconfirm
              title={t('enrollmentReview.decision.approveTitle')}
              description={t('enrollmentReview.decision.approveHint')}
              okText={t('enrollmentReview.decision.approve')}
              cancelText={t('common.cancel')}
              onConfirm={() => onApprove()}
            >
              <Button type="primary" icon={<CheckOutlined aria-hidden />} disabled={busy}>
                {t('enrollmentReview.decision.approve')}
              </Button>
            </Popconfirm>
          )}
          {can('request_supplement') && (
            <Button icon={<FileAddOutlined aria-hidden />} disabled={busy} onClick={() => setRequesting(true)}>
              {t('enrollmentReview.decision.requestSupplement')}
            </Button>
          )}
          {can('reject') && (
            <Button danger icon={<CloseOutlined aria-hidden />} disabled={busy} onClick={() => setRejecting(true)}>
              {t('enrollmentReview.decision.reject')}
            </Button>
          )}
        </Flex>
      </Flex>
      <ReasonDialog
        open={rejecting}
        title={t('enrollmentReview.decision.rejectTitle')}
        hint={t('enrollmentReview.decision.rejectHint', { days: a.policy.appealDays })}
        okText={t('enrollmentReview.decision.reject')}
        danger
        label={t('enrollmentReview.reason')}
        requiredMessage={t('enrollmentReview.reasonRequired')}
        loading={busy}
        onCancel={() => setRejecting(false)}
        onSubmit={async (reason = '') => {
          if (await onReject(reason)) setRejecting(false);
        }}
      />
      <SupplementRequestModal application={a} open={requesting} loading={busy} onSubmit={onRequestSupplement} onCancel={() => setRequesting(false)} />
    </Card>
  );
}
