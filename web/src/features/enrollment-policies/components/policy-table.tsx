import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import type { PolicySummary } from '../api/policy-types.ts';
import { STATUS_COLORS } from './labels.ts';
import { DataTable } from '../../../components/data-table.tsx';

interface PolicyTableProps {
  items: PolicySummary[] | undefined;
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  /** Phones: one column with the facts under the title. */
  compact: boolean;
}

export function PolicyTable({ items, total, loading, page, pageSize, onPage, compact }: PolicyTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = (p: PolicySummary) => <Tag color={STATUS_COLORS[p.status]}>{t(`enrollmentPolicies.statuses.${p.status}`)}</Tag>;
  const window = (p: PolicySummary) => `${format.date(p.windowOpensAt)} – ${format.date(p.windowClosesAt)}`;
  const title: TableColumnsType<PolicySummary>[number] = {
    title: t('enrollmentPolicies.fields.title'),
    key: 'title',
    render: (_, p) => (
      <Flex vertical gap={2} style={{ minWidth: 200, maxWidth: compact ? undefined : 420 }}>
        <Link to={paths.enrollmentPolicies.policy.getHref(p.id)}>{format.name(p.titleZh, p.titleEn)}</Link>
        {compact && (
          <Flex gap={4} wrap align="center">
            {status(p)}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[format.name(p.hostRegionNameZh, p.hostRegionNameEn), p.schoolYear, t(`grades.${p.entryGrade}`), window(p)].join(' · ')}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
    ),
  };
  const columns: TableColumnsType<PolicySummary> = compact
    ? [title]
    : [
        title,
        { title: t('enrollmentPolicies.fields.hostRegion'), key: 'region', render: (_, p) => format.name(p.hostRegionNameZh, p.hostRegionNameEn) },
        { title: t('enrollmentPolicies.fields.schoolYear'), key: 'year', dataIndex: 'schoolYear' },
        { title: t('enrollmentPolicies.fields.entryGrade'), key: 'grade', render: (_, p) => t(`grades.${p.entryGrade}`) },
        { title: t('enrollmentPolicies.fields.window'), key: 'window', render: (_, p) => window(p) },
        { title: t('enrollmentPolicies.fields.status'), key: 'status', render: (_, p) => status(p) },
      ];
  return (
    <DataTable<PolicySummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={compact ? undefined : { x: 'max-content' }}
      showHeader={!compact}
      compact={compact}
      paging={{ page, pageSize, total, onPage, pageSizeOptions: [10, 20, 50] }}
    />
  );
}
