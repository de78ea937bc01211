import { Flex, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../../app/paths.ts';
import { useFormat } from '../../../../lib/format.ts';
import type { Alliance, Community } from '../../api/cooperation-types.ts';
import type { BodyType } from '../../api/get-body.ts';
import { DataTable } from '../../../../components/data-table.tsx';

type Row = Community | Alliance;

interface BodyTableProps {
  type: BodyType;
  items: Row[] | undefined;
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  compact: boolean;
}

const leaderOf = (row: Row) => ('lead' in row ? row.lead : row.chair);

/** Communities with their lead school, or alliances with their chair; members and regions counted. */
export function BodyTable({ type, items, total, loading, page, pageSize, onPage, compact }: BodyTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const href = type === 'community' ? paths.cooperation.community.getHref : paths.cooperation.alliance.getHref;
  const leader = (row: Row) => {
    const o = leaderOf(row);
    return o ? format.name(o.nameZh, o.nameEn) : '—';
  };
  const counts = (row: Row) => t('cooperation.bodies.counts', { members: row.memberCount, regions: row.regionCount });
  const name: TableColumnsType<Row>[number] = {
    title: t('cooperation.bodies.name'),
    key: 'name',
    render: (_, row) => (
      <Flex vertical gap={2} style={{ minWidth: compact ? undefined : 220 }}>
        <Link to={href(row.id)}>{row.name}</Link>
        {compact && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`cooperation.bodies.leader.${type}`)}: {leader(row)} · {counts(row)}
          </Typography.Text>
        )}
      </Flex>
    ),
  };
  const columns: TableColumnsType<Row> = compact
    ? [name]
    : [
        name,
        { title: t(`cooperation.bodies.leader.${type}`), key: 'leader', render: (_, row) => leader(row) },
        { title: t('cooperation.bodies.members'), key: 'members', align: 'right', render: (_, row) => format.number(row.memberCount) },
        { title: t('cooperation.bodies.regions'), key: 'regions', align: 'right', render: (_, row) => format.number(row.regionCount) },
        { title: t('cooperation.bodies.foundedOn'), key: 'founded', render: (_, row) => (row.foundedOn ? format.date(row.foundedOn) : '—') },
      ];
  return (
    <DataTable<Row>
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
