import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { TimelineEvent } from '../api/review-types.ts';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** Every step of the application, oldest first, with who took it and why. */
export function ApplicationTimeline({ events }: { events: readonly TimelineEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const colorOf = (kind: TimelineEvent['kind']) =>
    kind.includes('reject') || kind === 'appeal_dismissed'
      ? 'red'
      : kind.includes('approv') || kind.includes('accept') || kind === 'appeal_upheld'
        ? 'green'
        : kind.includes('supplement')
          ? 'orange'
          : 'blue';
  return (
    <Card size="small" title={t('enrollmentReview.timeline')}>
      <Timeline
        items={events.map((e, i) => {
          const reason = text(e.detail?.reason) ?? text(e.detail?.message);
          return {
            key: `${e.at}:${i}`,
            color: colorOf(e.kind),
            content: (
              <>
                <Typography.Text strong>{t(`enrollmentReview.events.${e.kind}`)}</Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {format.dateTime(e.at)}
                  {e.actorName ? ` · ${e.actorName}` : ''}
                </Typography.Text>
                {reason && <Typography.Paragraph style={{ margin: '2px 0 0' }}>{reason}</Typography.Paragraph>}
              </>
            ),
          };
        })}
      />
    </Card>
  );
}
