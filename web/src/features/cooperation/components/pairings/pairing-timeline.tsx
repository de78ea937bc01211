import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import type { PairingEvent } from '../../api/cooperation-types.ts';

const COLORS: Partial<Record<PairingEvent['kind'], string>> = {
  declined: 'red',
  rejected: 'red',
  withdrawn: 'gray',
  ended: 'gray',
  activated: 'green',
  approved: 'green',
  accepted: 'green',
};

/** Every step of the pairing, oldest first, with the school or bureau that took it and why. */
export function PairingTimeline({ events }: { events: readonly PairingEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card size="small" title={t('cooperation.pairings.timeline')}>
      <Timeline
        items={events.map((e, i) => ({
          key: `${e.at}:${i}`,
          color: COLORS[e.kind] ?? 'blue',
          content: (
            <>
              <Typography.Text strong>{t(`cooperation.pairingEvents.${e.kind}`)}</Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {format.dateTime(e.at)}
                {e.organization ? ` · ${format.name(e.organization.nameZh, e.organization.nameEn)}` : ''}
              </Typography.Text>
              {e.reason && <Typography.Paragraph style={{ margin: '2px 0 0' }}>{e.reason}</Typography.Paragraph>}
            </>
          ),
        }))}
      />
    </Card>
  );
}
