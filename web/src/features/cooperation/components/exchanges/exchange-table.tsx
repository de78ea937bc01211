import { PaperClipOutlined } from '@ant-design/icons';
import { Flex, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../../app/paths.ts';
import { useFormat } from '../../../../lib/format.ts';
import type { Exchange } from '../../api/cooperation-types.ts';
import { ExchangeKindTag } from '../status-tags.tsx';
import { BelongsToLink } from './belongs-to-link.tsx';
import { listText } from '../../logic/list-text.ts';
import { DataTable } from '../../../../components/data-table.tsx';

interface ExchangeTableProps {
  items: Exchange[] | undefined;
  total: number;
  /** More match than `total` (the server stops counting). */
  totalIsLowerBound?: boolean;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  compact: boolean;
}

export function ExchangeTable({ items, total, totalIsLowerBound = false, loading, page, pageSize, onPage, compact }: ExchangeTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = (e: Exchange) =>
    listText(
      format.locale,
      [e.host, ...e.partners].map((o) => format.name(o.nameZh, o.nameEn)),
    );
  const title: TableColumnsType<Exchange>[number] = {
    title: t('cooperation.exchanges.titleField'),
    key: 'title',
    render: (_, e) => (
      <Flex vertical gap={2} style={{ minWidth: compact ? undefined : 180, maxWidth: compact ? undefined : 260 }}>
        <Link to={paths.cooperation.exchange.getHref(e.id)}>
          {e.title}
          {e.files.length > 0 && (
            <PaperClipOutlined aria-label={t('cooperation.exchanges.hasFiles', { count: e.files.length })} style={{ marginInlineStart: 6 }} />
          )}
        </Link>
        {compact && (
          <>
            <Flex gap={4} wrap align="center">
              <ExchangeKindTag kind={e.kind} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {format.date(e.occurredOn)} · {t('cooperation.exchanges.peopleN', { count: e.participantCount })}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {names(e)}
            </Typography.Text>
          </>
        )}
      </Flex>
    ),
  };
  const columns: TableColumnsType<Exchange> = compact
    ? [title]
    : [
        {
          title: t('cooperation.exchanges.occurredOn'),
          key: 'date',
          render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{format.date(e.occurredOn)}</span>,
        },
        title,
        { title: t('cooperation.exchanges.kind'), key: 'kind', render: (_, e) => <ExchangeKindTag kind={e.kind} /> },
        {
          title: t('cooperation.exchanges.organizations'),
          key: 'orgs',
          render: (_, e) => <Typography.Text style={{ display: 'block', maxWidth: 210 }}>{names(e)}</Typography.Text>,
        },
        {
          title: t('cooperation.exchanges.belongsTo'),
          key: 'link',
          render: (_, e) => (
            <span style={{ display: 'block', maxWidth: 190 }}>
              <BelongsToLink link={e.belongsTo} />
            </span>
          ),
        },
        { title: t('cooperation.exchanges.participantCount'), key: 'count', align: 'right', width: 96, render: (_, e) => format.number(e.participantCount) },
      ];
  return (
    <DataTable<Exchange>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={compact ? undefined : { x: 'max-content' }}
      showHeader={!compact}
      compact={compact}
      paging={{ page, pageSize, total, onPage, totalIsLowerBound }}
    />
  );
}
