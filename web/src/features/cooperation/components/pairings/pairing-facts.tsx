import { Alert, Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../../app/paths.ts';
import { useFormat } from '../../../../lib/format.ts';
import type { PairingDetail } from '../../api/cooperation-types.ts';
import { monthsQuiet } from '../../logic/pairing-progress.ts';
import { FocusTags, PairingStatusTag } from '../status-tags.tsx';
import { PairingSchools } from './pairing-schools.tsx';

/** Pairings quiet for this long get a warning (the dashboard's dormant list uses its own setting). */
const DORMANT_MONTHS = 6;

/** What the pairing is: its schools, batch, focus, term, agreement, and how alive it is. */
export function PairingFacts({ pairing: p }: { pairing: PairingDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const quiet = monthsQuiet(p, new Date());
  return (
    <Card size="small" title={t('cooperation.pairings.details')}>
      {quiet !== null && quiet >= DORMANT_MONTHS && (
        <Alert type="warning" showIcon title={t('cooperation.pairings.dormant', { months: quiet })} style={{ marginBottom: 12 }} />
      )}
      {p.decisionReason && (p.status === 'declined' || p.status === 'rejected') && (
        <Alert type="error" showIcon title={t(`cooperation.pairingStatuses.${p.status}`)} description={p.decisionReason} style={{ marginBottom: 12 }} />
      )}
      {p.endReason && <Alert type="info" showIcon title={t('cooperation.pairings.endedBecause')} description={p.endReason} style={{ marginBottom: 12 }} />}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'schools', label: t('cooperation.pairings.schools'), span: 'filled', children: <PairingSchools schools={p.schools} /> },
          { key: 'status', label: t('cooperation.pairings.status'), children: <PairingStatusTag status={p.status} /> },
          { key: 'batch', label: t('cooperation.pairings.batch'), children: p.batch === null ? '—' : t('cooperation.pairings.batchN', { batch: p.batch }) },
          { key: 'focus', label: t('cooperation.pairings.focusAreas'), span: 'filled', children: <FocusTags areas={p.focusAreas} /> },
          { key: 'starts', label: t('cooperation.pairings.startsOn'), children: format.date(p.startsOn) },
          { key: 'ends', label: t('cooperation.pairings.endsOn'), children: p.endsOn ? format.date(p.endsOn) : t('cooperation.pairings.openEnded') },
          {
            key: 'agreement',
            label: t('cooperation.pairings.agreement'),
            span: 'filled',
            children: p.agreement ? <Link to={paths.cooperation.agreement.getHref(p.agreement.id)}>{p.agreement.title}</Link> : '—',
          },
          {
            key: 'activity',
            label: t('cooperation.pairings.activity'),
            span: 'filled',
            children:
              p.exchangeCount === 0
                ? t('cooperation.pairings.noExchanges')
                : t('cooperation.pairings.exchangesSince', { count: p.exchangeCount, date: format.date(p.lastExchangeOn!) }),
          },
          ...(p.description
            ? [
                {
                  key: 'description',
                  label: t('cooperation.pairings.description'),
                  span: 'filled' as const,
                  children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{p.description}</Typography.Paragraph>,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
