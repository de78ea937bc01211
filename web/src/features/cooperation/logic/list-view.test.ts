import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES } from '../../../../../common/cooperation.ts';
import { parseSimpleListView, simpleListSearchParams } from './list-view.ts';

describe('a simple list view in the address', () => {
  it('round-trips status, region, search and paging', () => {
    const params = new URLSearchParams('status=in_force&region=r1&q=%E6%B1%9F%E5%8C%97&page=2&size=50');
    const view = parseSimpleListView(params, AGREEMENT_STATUSES);
    expect(view).toEqual({ status: 'in_force', regionId: 'r1', q: '江北', page: 2, pageSize: 50 });
    expect(simpleListSearchParams(view).toString()).toBe(params.toString());
  });

  it('drops unknown statuses, malformed regions and blank searches', () => {
    expect(parseSimpleListView(new URLSearchParams('status=signed&region=..%2F&q=%20%20'), AGREEMENT_STATUSES)).toEqual({
      status: undefined,
      regionId: undefined,
      q: undefined,
      page: 1,
      pageSize: 20,
    });
  });
});
