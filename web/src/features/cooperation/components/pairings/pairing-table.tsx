import { Flex, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../../app/paths.ts';
import { useFormat } from '../../../../lib/format.ts';
import type { Pairing } from '../../api/cooperation-types.ts';
import { FocusTags, PairingStatusTag } from '../status-tags.tsx';
import { PairingSchools } from './pairing-schools.tsx';
import { DataTable } from '../../../../components/data-table.tsx';

interface PairingTableProps {
  items: Pairing[] | undefined;
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  /** Phones: one column, everything under the schools' names. */
  compact: boolean;
}

export function PairingTable({ items, total, loading, page, pageSize, onPage, compact }: PairingTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const batch = (p: Pairing) => (p.batch === null ? '—' : t('cooperation.pairings.batchN', { batch: p.batch }));
  const activity = (p: Pairing) =>
    p.exchangeCount === 0
      ? t('cooperation.pairings.noExchanges')
      : t('cooperation.pairings.exchangesSince', { count: p.exchangeCount, date: format.date(p.lastExchangeOn!) });
  const schools: TableColumnsType<Pairing>[number] = {
    title: t('cooperation.pairings.schools'),
    key: 'schools',
    render: (_, p) => (
      <Flex vertical gap={4} style={{ minWidth: compact ? undefined : 260 }}>
        <Link to={paths.cooperation.pairing.getHref(p.id)}>
          <PairingSchools schools={p.schools} />
        </Link>
        {compact && (
          <>
            <Flex gap={4} wrap align="center">
              <PairingStatusTag status={p.status} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {batch(p)} · {format.date(p.startsOn)}
              </Typography.Text>
            </Flex>
            <div>
              <FocusTags areas={p.focusAreas} />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {activity(p)}
            </Typography.Text>
          </>
        )}
      </Flex>
    ),
  };
  const columns: TableColumnsType<Pairing> = compact
    ? [schools]
    : [
        schools,
        { title: t('cooperation.pairings.batch'), key: 'batch', render: (_, p) => batch(p) },
        { title: t('cooperation.pairings.focusAreas'), key: 'focus', render: (_, p) => <FocusTags areas={p.focusAreas} /> },
        { title: t('cooperation.pairings.status'), key: 'status', render: (_, p) => <PairingStatusTag status={p.status} /> },
        { title: t('cooperation.pairings.startsOn'), key: 'starts', render: (_, p) => format.date(p.startsOn) },
        { title: t('cooperation.pairings.activity'), key: 'activity', render: (_, p) => <Typography.Text type="secondary">{activity(p)}</Typography.Text> },
      ];
  return (
    <DataTable<Pairing>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={compact ? undefined : { x: 'max-content' }}
      showHeader={!compact}
      compact={compact}
      paging={{ page, pageSize, total, onPage }}
    />
  );
}
