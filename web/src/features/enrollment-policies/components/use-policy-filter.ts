import { useSearchParams } from 'react-router';
import { GRADES } from '../../../../../common/directory.ts';
import { POLICY_STATUSES } from '../../../../../common/enrollment.ts';
import type { PolicyFilter } from '../api/policy-types.ts';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => (values.includes(value as T) ? (value as T) : undefined);

/** Parses the list's filters from the address (bookmarkable; Back works). */
export function parsePolicyFilter(params: URLSearchParams): Required<Pick<PolicyFilter, 'page' | 'pageSize'>> & PolicyFilter {
  const year = Number(params.get('year'));
  return {
    status: oneOf(POLICY_STATUSES, params.get('status')),
    entryGrade: oneOf(GRADES, params.get('grade')),
    schoolYear: Number.isInteger(year) && year >= 2020 && year <= 2100 ? year : undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: [10, 20, 50].includes(Number(params.get('size'))) ? Number(params.get('size')) : 20,
  };
}

export function usePolicyFilter() {
  const [params, setParams] = useSearchParams();
  const filter = parsePolicyFilter(params);

  /** Any change but paging goes back to page 1. */
  const update = (change: Partial<PolicyFilter>) => {
    const next = { ...filter, page: 1, ...change };
    const entries: [string, string | number | undefined][] = [
      ['status', next.status],
      ['grade', next.entryGrade],
      ['year', next.schoolYear],
      ['page', next.page === 1 ? undefined : next.page],
      ['size', next.pageSize === 20 ? undefined : next.pageSize],
    ];
    setParams(new URLSearchParams(entries.filter((e): e is [string, string | number] => e[1] !== undefined).map(([k, v]) => [k, String(v)])), {
      replace: true,
    });
  };
  return { filter, update };
}
