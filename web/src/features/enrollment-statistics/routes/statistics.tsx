import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Row, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useExportStatistics } from '../api/export-statistics.ts';
import { STATISTICS_GROUPS, useStatistics, type StatisticsFilter, type StatisticsGroup } from '../api/get-statistics.ts';
import { useStatisticsPolicies } from '../api/get-statistics-policies.ts';
import { FunnelChart } from '../components/funnel-chart.tsx';
import { FunnelTable } from '../components/funnel-table.tsx';
import { policiesInJurisdiction, schoolYearsOf } from '../components/funnel.ts';

const isGroup = (value: string | null): value is StatisticsGroup => STATISTICS_GROUPS.includes(value as StatisticsGroup);

/** 入学统计: the funnel applied → verified → placed → enrolled of the caller's jurisdiction, grouped, exportable. */
export function StatisticsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const { grants } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const group: StatisticsGroup = isGroup(params.get('group')) ? (params.get('group') as StatisticsGroup) : 'hostDistrict';
  const filter: StatisticsFilter = {
    policyId: params.get('policy') ?? undefined,
    schoolYear: Number(params.get('year')) || undefined,
  };
  const policies = policiesInJurisdiction(useStatisticsPolicies().data ?? [], grants);
  const statistics = useStatistics(filter);
  const exportXlsx = useExportStatistics();

  const update = (change: { group?: StatisticsGroup; policyId?: string | null; schoolYear?: number | null }) => {
    const next = new URLSearchParams(params);
    const set = (key: string, value: string | number | null | undefined) => (value ? next.set(key, String(value)) : next.delete(key));
    if (change.group !== undefined) set('group', change.group === 'hostDistrict' ? null : change.group);
    if (change.policyId !== undefined) set('policy', change.policyId);
    if (change.schoolYear !== undefined) set('year', change.schoolYear);
    setParams(next, { replace: true });
  };
  const groupOptions = STATISTICS_GROUPS.map((g) => ({ value: g, label: t(`enrollmentStatistics.groups.${g}`) }));

  return (
    <>
      <PageHeader
        title={t('enrollmentStatistics.title')}
        subtitle={t('enrollmentStatistics.subtitle')}
        extra={
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={exportXlsx.isPending}
            onClick={() => exportXlsx.mutate(filter, { onError: (error) => void message.error(error.message) })}
          >
            {t('enrollmentStatistics.exportXlsx')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Flex gap={8} wrap>
          <Select
            allowClear
            aria-label={t('enrollmentStatistics.schoolYear')}
            placeholder={t('enrollmentStatistics.allYears')}
            value={filter.schoolYear}
            onChange={(year?: number) => update({ schoolYear: year ?? null })}
            options={schoolYearsOf(policies).map((year) => ({ value: year, label: t('enrollmentStatistics.yearLabel', { year }) }))}
            style={{ flex: '1 1 140px', minWidth: 0, maxWidth: 200 }}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('enrollmentStatistics.policy')}
            placeholder={t('enrollmentStatistics.allPolicies')}
            value={filter.policyId}
            onChange={(policyId?: string) => update({ policyId: policyId ?? null })}
            options={policies
              .filter((p) => !filter.schoolYear || p.schoolYear === filter.schoolYear)
              .map((p) => ({ value: p.id, label: format.name(p.titleZh, p.titleEn) }))}
            style={{ flex: '3 1 240px', minWidth: 0, maxWidth: 520 }}
          />
        </Flex>
        {statistics.isError ? (
          <QueryError error={statistics.error} onRetry={() => void statistics.refetch()} />
        ) : (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={9}>
              <Card size="small" title={t('enrollmentStatistics.funnelTitle')} loading={statistics.isPending}>
                {statistics.data && <FunnelChart counts={statistics.data.totals} />}
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, marginBottom: 0 }}>
                  {t('enrollmentStatistics.funnelHint')}
                </Typography.Paragraph>
              </Card>
            </Col>
            <Col xs={24} lg={15}>
              <Card
                size="small"
                title={t('enrollmentStatistics.tableTitle')}
                extra={
                  !isMobile && (
                    <Segmented<StatisticsGroup>
                      aria-label={t('enrollmentStatistics.groupBy')}
                      size="small"
                      value={group}
                      onChange={(g) => update({ group: g })}
                      options={groupOptions}
                    />
                  )
                }
              >
                {isMobile && (
                  <Select<StatisticsGroup>
                    aria-label={t('enrollmentStatistics.groupBy')}
                    value={group}
                    onChange={(g) => update({ group: g })}
                    options={groupOptions}
                    style={{ width: '100%', marginBottom: 12 }}
                  />
                )}
                <FunnelTable group={group} rows={statistics.data?.[group] ?? []} loading={statistics.isFetching} compact={isMobile} />
              </Card>
            </Col>
          </Row>
        )}
      </Flex>
    </>
  );
}
