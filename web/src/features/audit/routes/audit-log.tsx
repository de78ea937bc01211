import { Card, Collapse } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import type { AuditResult } from '../../../types/api.ts';
import { useAuditLog, type AuditFilter } from '../api/get-audit-log.ts';
import { AuditFilters } from '../components/audit-filters.tsx';
import { AuditTable } from '../components/audit-table.tsx';

const TEXT_KEYS = ['action', 'objectType', 'objectId', 'actorUserId', 'from', 'to'] as const;
const RESULTS: readonly AuditResult[] = ['success', 'denied', 'failure'];

/** 审计日志: who did what, when, from where; newest first. */
export function AuditLogRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = {
    ...Object.fromEntries(TEXT_KEYS.map((key) => [key, params.get(key) ?? undefined])),
    result: RESULTS.includes(params.get('result') as AuditResult) ? (params.get('result') as AuditResult) : undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: [20, 50, 100, 200].includes(Number(params.get('size'))) ? Number(params.get('size')) : 20,
  };
  const log = useAuditLog(filter);
  const isMobile = useIsMobile();
  const activeFilters = [...TEXT_KEYS, 'result' as const].filter((key) => filter[key]).length;

  const update = (next: AuditFilter) => {
    const search = new URLSearchParams();
    for (const key of [...TEXT_KEYS, 'result'] as const) {
      const value = next[key];
      if (value) search.set(key, value);
    }
    if (next.page > 1) search.set('page', String(next.page));
    if (next.pageSize !== 20) search.set('size', String(next.pageSize));
    setParams(search, { replace: true });
  };

  const filters = <AuditFilters filter={filter} onChange={(change) => update({ ...change, page: 1, pageSize: filter.pageSize })} />;

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        {isMobile ? (
          // On phones the seven filters would push the log off the first screen: folded until asked for.
          <Collapse
            ghost
            size="small"
            items={[{ key: 'filters', label: t('audit.filters'), children: filters }]}
            defaultActiveKey={activeFilters > 0 ? ['filters'] : []}
          />
        ) : (
          filters
        )}
      </Card>
      <Card size="small">
        {log.isError ? (
          <QueryError error={log.error} onRetry={() => void log.refetch()} />
        ) : (
          <AuditTable
            items={log.data?.items}
            total={log.data?.total ?? 0}
            loading={log.isFetching}
            page={filter.page}
            pageSize={filter.pageSize}
            onPage={(page, pageSize) => update({ ...filter, page, pageSize })}
          />
        )}
      </Card>
    </>
  );
}
