import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { useFormat } from '../../../lib/format.ts';
import type { ReviewApplication } from '../api/review-types.ts';
import { APPEAL_STATUS_COLORS } from './labels.ts';

/** The family's appeal (复核) of a rejection, with the way to decide it when the caller may. */
export function AppealSummary({ application: a }: { application: ReviewApplication }) {
  const { t } = useTranslation();
  const format = useFormat();
  const appeal = a.appeal;
  if (!appeal) return null;
  return (
    <Card
      size="small"
      title={t('enrollmentReview.appeal.title')}
      extra={
        a.allowedActions.includes('decide_appeal') && (
          <ButtonLink type="primary" size="small" to={paths.enrollmentReview.appeal.getHref(a.id)}>
            {t('enrollmentReview.appeal.decide')}
          </ButtonLink>
        )
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'status',
            label: t('enrollmentReview.status'),
            children: <Tag color={APPEAL_STATUS_COLORS[appeal.status]}>{t(`enrollmentReview.appealStatuses.${appeal.status}`)}</Tag>,
          },
          { key: 'filed', label: t('enrollmentReview.appeal.filedAt'), children: format.dateTime(appeal.filedAt) },
          {
            key: 'reason',
            label: t('enrollmentReview.appeal.reason'),
            children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{appeal.reason}</Typography.Text>,
          },
          ...(appeal.decisionReason ? [{ key: 'decision', label: t('enrollmentReview.appeal.decisionReason'), children: appeal.decisionReason }] : []),
        ]}
      />
    </Card>
  );
}
