import { FilePdfOutlined } from '@ant-design/icons';
import { Flex, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../../app/paths.ts';
import { useFormat } from '../../../../lib/format.ts';
import type { Agreement } from '../../api/cooperation-types.ts';
import { AgreementStatusTag } from '../status-tags.tsx';
import { listText } from '../../logic/list-text.ts';
import { DataTable } from '../../../../components/data-table.tsx';

interface AgreementTableProps {
  items: Agreement[] | undefined;
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  compact: boolean;
}

export function AgreementTable({ items, total, loading, page, pageSize, onPage, compact }: AgreementTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const parties = (a: Agreement) =>
    listText(
      format.locale,
      a.parties.map((p) => format.name(p.nameZh, p.nameEn)),
    );
  const term = (a: Agreement) => (a.startsOn ? `${format.date(a.startsOn)} – ${a.endsOn ? format.date(a.endsOn) : t('cooperation.pairings.openEnded')}` : '—');
  const title: TableColumnsType<Agreement>[number] = {
    title: t('cooperation.agreements.titleField'),
    key: 'title',
    render: (_, a) => (
      <Flex vertical gap={2} style={{ minWidth: compact ? undefined : 240, maxWidth: compact ? undefined : 380 }}>
        <Link to={paths.cooperation.agreement.getHref(a.id)}>
          {a.title}
          {a.document && <FilePdfOutlined aria-label={t('cooperation.agreements.hasDocument')} style={{ marginInlineStart: 6 }} />}
        </Link>
        {compact && (
          <>
            <Flex gap={4} wrap align="center">
              <AgreementStatusTag status={a.status} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.signedOn ? format.date(a.signedOn) : ''}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {parties(a)}
            </Typography.Text>
          </>
        )}
      </Flex>
    ),
  };
  const columns: TableColumnsType<Agreement> = compact
    ? [title]
    : [
        title,
        {
          title: t('cooperation.agreements.parties'),
          key: 'parties',
          render: (_, a) => <Typography.Text style={{ display: 'block', maxWidth: 320 }}>{parties(a)}</Typography.Text>,
        },
        { title: t('cooperation.agreements.status'), key: 'status', render: (_, a) => <AgreementStatusTag status={a.status} /> },
        { title: t('cooperation.agreements.signedOn'), key: 'signed', render: (_, a) => (a.signedOn ? format.date(a.signedOn) : '—') },
        { title: t('cooperation.agreements.term'), key: 'term', render: (_, a) => <span style={{ whiteSpace: 'nowrap' }}>{term(a)}</span> },
        { title: t('cooperation.agreements.pairingCount'), key: 'pairings', align: 'right', render: (_, a) => format.number(a.pairingCount) },
      ];
  return (
    <DataTable<Agreement>
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
