import { EXCHANGE_KINDS, type ExchangeKind } from '../../../../../common/cooperation.ts';
import type { ExchangeFilter } from '../api/cooperation-types.ts';

const PAGE_SIZES = [10, 20, 50, 100];
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The exchange log's filters; all of them live in the address (a pairing's page links to its exchanges). */
export interface ExchangeListView {
  kind?: ExchangeKind;
  from?: string;
  to?: string;
  regionId?: string;
  organizationId?: string;
  pairingId?: string;
  communityId?: string;
  allianceId?: string;
  page: number;
  pageSize: number;
}

const id = (value: string | null) => (value !== null && ID.test(value) ? value : undefined);
const day = (value: string | null) => (value !== null && DAY.test(value) ? value : undefined);

export function parseExchangeListView(params: URLSearchParams): ExchangeListView {
  const kind = params.get('kind');
  return {
    kind: EXCHANGE_KINDS.includes(kind as ExchangeKind) ? (kind as ExchangeKind) : undefined,
    from: day(params.get('from')),
    to: day(params.get('to')),
    regionId: id(params.get('region')),
    organizationId: id(params.get('organization')),
    pairingId: id(params.get('pairing')),
    communityId: id(params.get('community')),
    allianceId: id(params.get('alliance')),
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
    pageSize: PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : 20,
  };
}

export function exchangeListSearchParams(view: ExchangeListView): URLSearchParams {
  const entries: [string, string | number | undefined][] = [
    ['kind', view.kind],
    ['from', view.from],
    ['to', view.to],
    ['region', view.regionId],
    ['organization', view.organizationId],
    ['pairing', view.pairingId],
    ['community', view.communityId],
    ['alliance', view.allianceId],
    ['page', view.page === 1 ? undefined : view.page],
    ['size', view.pageSize === 20 ? undefined : view.pageSize],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '').map(([k, v]) => [k, String(v)]));
}

export const toExchangeFilter = (view: ExchangeListView): ExchangeFilter => ({ ...view });
