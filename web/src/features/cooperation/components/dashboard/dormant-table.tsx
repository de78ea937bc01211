import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../../app/paths.ts';
import { useFormat } from '../../../../lib/format.ts';
import type { DashboardData, DashboardExportFilter, DormantPairing } from '../../api/dashboard-types.ts';
import { ChartCard } from './chart-card.tsx';

/** Active pairings with no exchange in the last N months: the ones a bureau should ask about. */
export function DormantTable({ data, filter, compact }: { data: DashboardData; filter: Omit<DashboardExportFilter, 'dataset'>; compact: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ChartCard title={t('cooperation.dashboard.dormantTitle', { months: data.dormantMonths, count: data.dormant.length })} dataset="dormant" filter={filter}>
      <Table<DormantPairing>
        rowKey="pairingId"
        size="small"
        dataSource={data.dormant}
        pagination={data.dormant.length > 10 ? { pageSize: 10, showSizeChanger: false, simple: compact } : false}
        locale={{ emptyText: t('cooperation.dashboard.noDormant') }}
        columns={[
          {
            title: t('cooperation.pairings.schools'),
            key: 'schools',
            render: (_, d) => (
              <Link to={paths.cooperation.pairing.getHref(d.pairingId)}>{d.schools.map((s) => format.name(s.nameZh, s.nameEn)).join(' ⇄ ')}</Link>
            ),
          },
          {
            title: t('cooperation.dashboard.lastExchange'),
            key: 'last',
            render: (_, d) =>
              d.lastExchangeOn ? format.date(d.lastExchangeOn) : <Typography.Text type="secondary">{t('cooperation.pairings.noExchanges')}</Typography.Text>,
          },
          ...(compact
            ? []
            : [
                {
                  title: t('cooperation.pairings.batch'),
                  key: 'batch',
                  render: (_: unknown, d: DormantPairing) => (d.batch === null ? '—' : t('cooperation.pairings.batchN', { batch: d.batch })),
                },
              ]),
        ]}
      />
    </ChartCard>
  );
}
