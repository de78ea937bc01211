import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { AuditEntry, AuditResult } from '../../../types/api.ts';
import { objectTypeLabel } from './audit-labels.ts';
import { DataTable } from '../../../components/data-table.tsx';

const RESULT_COLORS: Record<AuditResult, string> = { success: 'success', denied: 'warning', failure: 'error' };

interface AuditTableProps {
  items: AuditEntry[] | undefined;
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

const small = { fontSize: 12 };

/** Ids are long UUIDs: show the first 8 characters, copy (and hover) the whole. */
function ShortId({ id }: { id: string }) {
  return (
    <Typography.Text type="secondary" copyable={{ text: id }} style={small} title={id}>
      {id.length > 12 ? `${id.slice(0, 8)}…` : id}
    </Typography.Text>
  );
}

export function AuditTable({ items, total, loading, page, pageSize, onPage }: AuditTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.time'), key: 'time', render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.occurredAt)}</span> },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_, e) => (
        <Flex vertical>
          <span>{e.actorName ?? '—'}</span>
          {e.actorUserId && <ShortId id={e.actorUserId} />}
        </Flex>
      ),
    },
    {
      title: t('audit.action'),
      key: 'action',
      render: (_, e) => (
        <Flex vertical>
          <span>{e.actionLabel}</span>
          <Typography.Text type="secondary" style={small} code>
            {e.action}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('audit.object'),
      key: 'object',
      render: (_, e) => (
        <Flex vertical>
          <span>{objectTypeLabel(t, e.objectType)}</span>
          {e.objectId && <ShortId id={e.objectId} />}
        </Flex>
      ),
    },
    { title: t('audit.result'), key: 'result', render: (_, e) => <Tag color={RESULT_COLORS[e.result]}>{t(`auditResults.${e.result}`)}</Tag> },
    { title: 'IP', key: 'ip', render: (_, e) => e.ip ?? '—' },
    {
      title: t('audit.requestId'),
      key: 'requestId',
      render: (_, e) => (e.requestId ? <ShortId id={e.requestId} /> : '—'),
    },
  ];
  return (
    <DataTable<AuditEntry>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      expandable={{
        rowExpandable: (e) => e.detail !== null,
        expandedRowRender: (e) => (
          <pre style={{ margin: 0, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(e.detail, null, 2)}</pre>
        ),
      }}
      paging={{ page, pageSize, total, onPage, pageSizeOptions: [20, 50, 100, 200] }}
    />
  );
}
