import { PAIRING_STATUSES, type PairingStatus } from '../../../../../common/cooperation.ts';
import type { PairingFilter } from '../api/cooperation-types.ts';

const PAGE_SIZES = [10, 20, 50, 100];
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The pairing list's filters as the page works with them; all of them live in the address. */
export interface PairingListView {
  status?: PairingStatus;
  batch?: number;
  regionId?: string;
  schoolId?: string;
  awaitingMe?: boolean;
  page: number;
  pageSize: number;
}

const id = (value: string | null) => (value !== null && ID.test(value) ? value : undefined);

/** Reads the filters from the address; anything malformed is ignored, never sent. */
export function parsePairingListView(params: URLSearchParams): PairingListView {
  const status = params.get('status');
  const batch = Number(params.get('batch'));
  return {
    status: PAIRING_STATUSES.includes(status as PairingStatus) ? (status as PairingStatus) : undefined,
    batch: Number.isInteger(batch) && batch >= 1 && batch <= 999 ? batch : undefined,
    regionId: id(params.get('region')),
    schoolId: id(params.get('school')),
    awaitingMe: params.get('awaiting') === '1' ? true : undefined,
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
    pageSize: PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : 20,
  };
}

export function pairingListSearchParams(view: PairingListView): URLSearchParams {
  const entries: [string, string | number | undefined][] = [
    ['status', view.status],
    ['batch', view.batch],
    ['region', view.regionId],
    ['school', view.schoolId],
    ['awaiting', view.awaitingMe ? 1 : undefined],
    ['page', view.page === 1 ? undefined : view.page],
    ['size', view.pageSize === 20 ? undefined : view.pageSize],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '').map(([k, v]) => [k, String(v)]));
}

/** What the server takes. */
export const toPairingFilter = (view: PairingListView): PairingFilter => ({ ...view });
