import { theme } from 'antd';
import type { EChartsType } from 'echarts/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardData, DashboardExportFilter } from '../../api/dashboard-types.ts';
import { batchSeries } from '../../logic/dashboard-charts.ts';
import { ChartCard } from './chart-card.tsx';
import { EChart, type ChartOption } from './echart.tsx';

/** Pairings per batch, active and ended stacked. */
export function BatchChart({ data, filter }: { data: DashboardData; filter: Omit<DashboardExportFilter, 'dataset'> }) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const chart = useRef<EChartsType | null>(null);
  const option = useMemo<ChartOption>(() => {
    const s = batchSeries(data.pairingsByBatch, (batch) => (batch === null ? t('cooperation.dashboard.noBatch') : t('cooperation.pairings.batchN', { batch })));
    const active = t('cooperation.pairingStatuses.active');
    const ended = t('cooperation.pairingStatuses.ended');
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: [active, ended], top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: s.labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: active, stack: 'pairings', barMaxWidth: 56, data: s.active, itemStyle: { color: token.colorSuccess } },
        { type: 'bar', name: ended, stack: 'pairings', barMaxWidth: 56, data: s.ended, itemStyle: { color: token.colorTextQuaternary } },
      ],
    };
  }, [data, t, token]);
  return (
    <ChartCard title={t('cooperation.dashboard.batchTitle')} dataset="batches" filter={filter} chart={chart}>
      <EChart option={option} height={300} label={t('cooperation.dashboard.batchTitle')} instanceRef={chart} />
    </ChartCard>
  );
}
