import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import type { Organization } from '../../../types/api.ts';
import { KIND_COLORS } from './labels.ts';
import { DataTable } from '../../../components/data-table.tsx';

interface OrganizationTableProps {
  items: Organization[] | undefined;
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  /** Phones: one column, kind, region and stages under the name, so nothing needs sideways scrolling. */
  compact: boolean;
}

export function OrganizationTable({ items, total, loading, page, pageSize, onPage, compact }: OrganizationTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const name: TableColumnsType<Organization>[number] = {
    title: t('directory.name'),
    key: 'name',
    render: (_, o) => (
      <Flex vertical gap={2} style={{ minWidth: 180, maxWidth: compact ? undefined : 360 }}>
        <Link to={paths.directory.organization.getHref(o.id)}>{format.name(o.nameZh, o.nameEn)}</Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {format.locale === 'en-US' ? o.nameZh : o.nameEn}
        </Typography.Text>
        {compact && (
          <Flex gap={4} wrap align="center">
            <Tag color={KIND_COLORS[o.kind]}>{t(`kinds.${o.kind}`)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[format.name(o.regionNameZh, o.regionNameEn), ...o.stages.map((s) => t(`stages.${s}`)), o.ownership && t(`ownership.${o.ownership}`)]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
    ),
  };
  const columns: TableColumnsType<Organization> = compact
    ? [name]
    : [
        name,
        { title: t('directory.kind'), key: 'kind', render: (_, o) => <Tag color={KIND_COLORS[o.kind]}>{t(`kinds.${o.kind}`)}</Tag> },
        { title: t('directory.region'), key: 'region', render: (_, o) => format.name(o.regionNameZh, o.regionNameEn) },
        {
          title: t('directory.stages'),
          key: 'stages',
          render: (_, o) => (o.stages.length > 0 ? o.stages.map((s) => <Tag key={s}>{t(`stages.${s}`)}</Tag>) : '—'),
        },
        { title: t('directory.ownership'), key: 'ownership', render: (_, o) => (o.ownership ? t(`ownership.${o.ownership}`) : '—') },
        {
          title: t('directory.pupils'),
          key: 'pupils',
          align: 'right',
          render: (_, o) => (o.pupilCount === null ? '—' : format.number(o.pupilCount)),
        },
      ];
  return (
    <DataTable<Organization>
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
