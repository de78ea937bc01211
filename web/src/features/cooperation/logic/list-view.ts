const PAGE_SIZES = [10, 20, 50, 100];
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** What every simple cooperation list keeps in the address: a status or none, a region, a search, the page. */
export interface SimpleListView<S extends string> {
  status?: S;
  regionId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export function parseSimpleListView<S extends string>(params: URLSearchParams, statuses: readonly S[] = []): SimpleListView<S> {
  const status = params.get('status');
  const region = params.get('region');
  const q = params.get('q')?.trim().slice(0, 60);
  return {
    status: statuses.includes(status as S) ? (status as S) : undefined,
    regionId: region !== null && ID.test(region) ? region : undefined,
    q: q ? q : undefined,
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
    pageSize: PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : 20,
  };
}

export function simpleListSearchParams<S extends string>(view: SimpleListView<S>): URLSearchParams {
  const entries: [string, string | number | undefined][] = [
    ['status', view.status],
    ['region', view.regionId],
    ['q', view.q],
    ['page', view.page === 1 ? undefined : view.page],
    ['size', view.pageSize === 20 ? undefined : view.pageSize],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '').map(([k, v]) => [k, String(v)]));
}
