import { describe, expect, it } from 'vitest';
import { pairingListSearchParams, parsePairingListView } from './pairing-filter.ts';

describe('the pairing list filter', () => {
  it('reads every filter from the address and writes it back the same', () => {
    const params = new URLSearchParams('status=accepted&batch=3&region=r-500105&school=s1&awaiting=1&page=2&size=50');
    const view = parsePairingListView(params);
    expect(view).toEqual({ status: 'accepted', batch: 3, regionId: 'r-500105', schoolId: 's1', awaitingMe: true, page: 2, pageSize: 50 });
    expect(pairingListSearchParams(view).toString()).toBe(params.toString());
  });

  it('leaves defaults out of the address and ignores malformed values', () => {
    expect(pairingListSearchParams(parsePairingListView(new URLSearchParams(''))).toString()).toBe('');
    expect(parsePairingListView(new URLSearchParams('status=alive&batch=0&region=a/b&awaiting=yes&page=-2&size=7'))).toEqual({
      status: undefined,
      batch: undefined,
      regionId: undefined,
      schoolId: undefined,
      awaitingMe: undefined,
      page: 1,
      pageSize: 20,
    });
    expect(parsePairingListView(new URLSearchParams('batch=2.5')).batch).toBeUndefined();
  });
});
