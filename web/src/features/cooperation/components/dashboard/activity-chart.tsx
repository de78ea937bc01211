import { Segmented, theme } from 'antd';
import type { EChartsType } from 'echarts/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardData, DashboardExportFilter } from '../../api/dashboard-types.ts';
import { periodSeries, type PeriodUnit } from '../../logic/dashboard-charts.ts';
import { ChartCard } from './chart-card.tsx';
import { EChart, type ChartOption } from './echart.tsx';

/** Exchanges (bars) and participants (line) per month or per year. */
export function ActivityChart({ data, filter }: { data: DashboardData; filter: Omit<DashboardExportFilter, 'dataset'> }) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const [unit, setUnit] = useState<PeriodUnit>('month');
  const chart = useRef<EChartsType | null>(null);
  const option = useMemo<ChartOption>(() => {
    const s = periodSeries(data, unit);
    const exchanges = t('cooperation.dashboard.exchanges');
    const participants = t('cooperation.dashboard.participants');
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: [exchanges, participants], top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: s.labels },
      yAxis: [
        { type: 'value', name: exchanges, minInterval: 1 },
        { type: 'value', name: participants, minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        { type: 'bar', name: exchanges, data: s.exchanges, barMaxWidth: 28, itemStyle: { color: token.blue6 } },
        { type: 'line', name: participants, data: s.participants, yAxisIndex: 1, itemStyle: { color: token.orange6 } },
      ],
    };
  }, [data, unit, t, token]);
  return (
    <ChartCard
      title={t('cooperation.dashboard.activityTitle')}
      dataset={unit === 'month' ? 'monthly' : 'yearly'}
      filter={filter}
      chart={chart}
      controls={
        <Segmented<PeriodUnit>
          size="small"
          value={unit}
          onChange={setUnit}
          options={[
            { value: 'month', label: t('cooperation.dashboard.perMonth') },
            { value: 'year', label: t('cooperation.dashboard.perYear') },
          ]}
        />
      }
    >
      <EChart option={option} height={300} label={t('cooperation.dashboard.activityTitle')} instanceRef={chart} />
    </ChartCard>
  );
}
