import { useSearchParams } from 'react-router';
import { APPEAL_STATUSES, type AppealStatus } from '../../../../../common/enrollment-application.ts';
import type { AppealFilter } from '../api/review-types.ts';

/** Open appeals unless the address asks for another status ('all' for every one). */
export function parseAppealFilter(params: URLSearchParams): Required<Pick<AppealFilter, 'page' | 'pageSize'>> & AppealFilter {
  const status = params.get('status');
  const policyId = params.get('policy');
  return {
    policyId: policyId && /^[A-Za-z0-9_-]{1,64}$/.test(policyId) ? policyId : undefined,
    status: status === 'all' ? undefined : APPEAL_STATUSES.includes(status as AppealStatus) ? (status as AppealStatus) : 'open',
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
    pageSize: 20,
  };
}

export function useAppealFilter() {
  const [params, setParams] = useSearchParams();
  const filter = parseAppealFilter(params);
  const update = (change: Partial<AppealFilter>) => {
    const next = { ...filter, page: 1, ...change };
    const entries: [string, string | undefined][] = [
      ['policy', next.policyId],
      ['status', next.status === 'open' ? undefined : (next.status ?? 'all')],
      ['page', next.page === 1 ? undefined : String(next.page)],
    ];
    setParams(new URLSearchParams(entries.filter((e): e is [string, string] => e[1] !== undefined)), { replace: true });
  };
  return { filter, update };
}
