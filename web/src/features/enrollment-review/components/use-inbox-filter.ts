import { useSearchParams } from 'react-router';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import type { InboxFilter } from '../api/review-types.ts';

export type InboxStatus = Exclude<ApplicationStatus, 'draft'>;
export const INBOX_STATUSES = APPLICATION_STATUSES.filter((s): s is InboxStatus => s !== 'draft');

const PAGE_SIZES = [10, 20, 50, 100];
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SLUG = /^[a-z][a-z0-9_]{0,39}$/;

/** The inbox filter as the page works with it: the origin as one prefix (2 digits a province, 4 a city). */
export interface InboxView {
  policyId?: string;
  routeCode?: string;
  status?: InboxStatus;
  schoolId?: string;
  origin?: string;
  waitingDaysMin?: number;
  /** Only applications whose family let a supplement deadline pass (back in the inbox, flagged). */
  supplementOverdue?: true;
  page: number;
  pageSize: number;
}

const pick = <T extends string>(pattern: RegExp, value: string | null): T | undefined => (value !== null && pattern.test(value) ? (value as T) : undefined);

/** Reads the filters from the address (bookmarkable, Back works); anything malformed is ignored, never sent. */
export function parseInboxView(params: URLSearchParams): InboxView {
  const status = params.get('status');
  const waiting = Number(params.get('waiting'));
  return {
    policyId: pick(ID, params.get('policy')),
    routeCode: pick(SLUG, params.get('route')),
    status: INBOX_STATUSES.includes(status as InboxStatus) ? (status as InboxStatus) : undefined,
    schoolId: pick(ID, params.get('school')),
    origin: pick(/^[1-8]\d(\d\d)?$/, params.get('origin')),
    waitingDaysMin: params.get('waiting') && Number.isInteger(waiting) && waiting >= 0 && waiting <= 3650 ? waiting : undefined,
    supplementOverdue: params.get('overdue') === '1' ? true : undefined,
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
    pageSize: PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : 20,
  };
}

export function toSearchParams(view: InboxView): URLSearchParams {
  const entries: [string, string | number | undefined][] = [
    ['policy', view.policyId],
    ['route', view.routeCode],
    ['status', view.status],
    ['school', view.schoolId],
    ['origin', view.origin],
    ['waiting', view.waitingDaysMin],
    ['overdue', view.supplementOverdue ? 1 : undefined],
    ['page', view.page === 1 ? undefined : view.page],
    ['size', view.pageSize === 20 ? undefined : view.pageSize],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '').map(([k, v]) => [k, String(v)]));
}

/** What the server takes: the origin prefix split by its length. */
export function toInboxQuery(view: InboxView): InboxFilter {
  const { origin, ...rest } = view;
  return {
    ...rest,
    originProvince: origin?.length === 2 ? origin : undefined,
    originCity: origin?.length === 4 ? origin : undefined,
  };
}

export function useInboxFilter() {
  const [params, setParams] = useSearchParams();
  const view = parseInboxView(params);

  /** Any change but paging goes back to page 1; a new policy drops the route and school of the old one. */
  const update = (change: Partial<InboxView>) => {
    const next: InboxView = { ...view, page: 1, ...change };
    if ('policyId' in change && change.policyId !== view.policyId) {
      next.routeCode = undefined;
      next.schoolId = undefined;
    }
    setParams(toSearchParams(next), { replace: true });
  };

  return { view, query: toInboxQuery(view), update };
}
