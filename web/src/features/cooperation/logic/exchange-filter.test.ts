import { describe, expect, it } from 'vitest';
import { exchangeListSearchParams, parseExchangeListView } from './exchange-filter.ts';

describe('the exchange list filter', () => {
  it('reads every filter from the address and writes it back the same', () => {
    const params = new URLSearchParams('kind=visit&from=2026-01-01&to=2026-06-30&region=r1&organization=o1&pairing=p1&page=3&size=10');
    const view = parseExchangeListView(params);
    expect(view).toMatchObject({
      kind: 'visit',
      from: '2026-01-01',
      to: '2026-06-30',
      regionId: 'r1',
      organizationId: 'o1',
      pairingId: 'p1',
      page: 3,
      pageSize: 10,
    });
    expect(exchangeListSearchParams(view).toString()).toBe(params.toString());
  });

  it('ignores malformed values', () => {
    expect(parseExchangeListView(new URLSearchParams('kind=party&from=2026-13-01&to=yesterday&community=a/b'))).toEqual({
      kind: undefined,
      from: undefined,
      to: undefined,
      regionId: undefined,
      organizationId: undefined,
      pairingId: undefined,
      communityId: undefined,
      allianceId: undefined,
      page: 1,
      pageSize: 20,
    });
  });
});
