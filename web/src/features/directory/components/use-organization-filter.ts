import { useSearchParams } from 'react-router';
import { ORGANIZATION_KINDS, OWNERSHIPS, STAGES } from '../../../../../common/directory.ts';
import type { OrganizationFilter } from '../api/get-organizations.ts';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => (values.includes(value as T) ? (value as T) : undefined);

/** The list's filters live in the address, so a filtered list can be bookmarked and Back works. */
export function useOrganizationFilter() {
  const [params, setParams] = useSearchParams();
  const filter: Required<Pick<OrganizationFilter, 'page' | 'pageSize'>> & OrganizationFilter = {
    regionId: params.get('region') ?? undefined,
    kind: oneOf(ORGANIZATION_KINDS, params.get('kind')),
    stage: oneOf(STAGES, params.get('stage')),
    ownership: oneOf(OWNERSHIPS, params.get('ownership')),
    q: params.get('q') ?? undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: [10, 20, 50, 100].includes(Number(params.get('size'))) ? Number(params.get('size')) : 20,
  };

  /** Any change but paging goes back to page 1. */
  const update = (change: Partial<OrganizationFilter>) => {
    const next = { ...filter, page: 1, ...change };
    const entries: [string, string | number | undefined][] = [
      ['region', next.regionId],
      ['kind', next.kind],
      ['stage', next.stage],
      ['ownership', next.ownership],
      ['q', next.q],
      ['page', next.page === 1 ? undefined : next.page],
      ['size', next.pageSize === 20 ? undefined : next.pageSize],
    ];
    setParams(new URLSearchParams(entries.filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '').map(([k, v]) => [k, String(v)])), {
      replace: true,
    });
  };

  return { filter, update };
}
