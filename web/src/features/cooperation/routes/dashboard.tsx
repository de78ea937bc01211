import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, InputNumber, Row, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useExportDashboard } from '../api/export-dashboard.ts';
import { useDashboard } from '../api/get-dashboard.ts';
import { useDashboardMap } from '../api/get-dashboard-map.ts';
import { ActivityChart } from '../components/dashboard/activity-chart.tsx';
import { BatchChart } from '../components/dashboard/batch-chart.tsx';
import { CooperationMap } from '../components/dashboard/cooperation-map.tsx';
import { DormantTable } from '../components/dashboard/dormant-table.tsx';
import { SchoolActivityTable } from '../components/dashboard/school-activity-table.tsx';
import { TotalsRow } from '../components/dashboard/totals-row.tsx';
import { RegionSelect } from '../components/region-select.tsx';
import { dashboardSearchParams, mapMonths, parseDashboardView, toDashboardFilter, type DashboardView } from '../logic/dashboard-filter.ts';

/** 合作看板: the counts bureaus report, the map of who works with whom, dormant pairings, most and least active schools. */
export function DashboardRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const view = parseDashboardView(params);
  const filter = toDashboardFilter(view);
  const dashboard = useDashboard(filter);
  const map = useDashboardMap({ regionId: view.regionId, months: mapMonths(view), dormantMonths: view.dormantMonths });
  const exportAll = useExportDashboard();
  const exportFilter = { ...filter, months: mapMonths(view) };
  const update = (change: Partial<DashboardView>) => setParams(dashboardSearchParams({ ...view, ...change }), { replace: true });
  const d = dashboard.data;

  return (
    <>
      <PageHeader
        title={t('cooperation.dashboard.title')}
        subtitle={
          d ? t('cooperation.dashboard.subtitle', { scope: format.name(d.scope.nameZh, d.scope.nameEn), from: d.period.from, to: d.period.to }) : undefined
        }
        extra={
          <Button
            icon={<FileExcelOutlined aria-hidden />}
            loading={exportAll.isPending}
            onClick={() => exportAll.mutate(exportFilter, { onError: (err) => void message.error(err.message) })}
          >
            {t('cooperation.dashboard.exportAll')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Flex gap={8} wrap align="center">
            <div style={{ flex: '2 1 220px', minWidth: 0 }}>
              <RegionSelect value={view.regionId} onChange={(regionId) => update({ regionId })} placeholder={t('cooperation.dashboard.myScope')} />
            </div>
            <DatePicker.RangePicker
              picker="month"
              aria-label={t('cooperation.dashboard.period')}
              value={view.from && view.to ? [dayjs(`${view.from}-01`), dayjs(`${view.to}-01`)] : null}
              onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM'), to: range?.[1]?.format('YYYY-MM') })}
              style={{ flex: '2 1 240px', minWidth: 0 }}
            />
            <Flex align="center" gap={6} style={{ flex: '1 1 200px' }}>
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {t('cooperation.dashboard.dormantAfter')}
              </Typography.Text>
              <InputNumber
                min={1}
                max={36}
                precision={0}
                value={view.dormantMonths}
                aria-label={t('cooperation.dashboard.dormantAfter')}
                onChange={(months) => typeof months === 'number' && update({ dormantMonths: months })}
                suffix={t('cooperation.dashboard.monthsUnit')}
                style={{ width: 110 }}
              />
            </Flex>
          </Flex>
        </Card>
        {dashboard.isError ? (
          <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
        ) : !d ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : (
          <>
            <TotalsRow totals={d.totals} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <ActivityChart data={d} filter={exportFilter} />
              </Col>
              <Col xs={24} xl={10}>
                <BatchChart data={d} filter={exportFilter} />
              </Col>
              <Col xs={24}>
                {map.isError ? <QueryError error={map.error} onRetry={() => void map.refetch()} /> : <CooperationMap data={map.data} filter={exportFilter} />}
              </Col>
              <Col xs={24}>
                <DormantTable data={d} filter={exportFilter} compact={isMobile} />
              </Col>
              <Col xs={24} lg={12}>
                <SchoolActivityTable kind="top" rows={d.topSchools} filter={exportFilter} compact={isMobile} />
              </Col>
              <Col xs={24} lg={12}>
                <SchoolActivityTable kind="least" rows={d.leastActiveSchools} filter={exportFilter} compact={isMobile} />
              </Col>
            </Row>
          </>
        )}
      </Flex>
    </>
  );
}
