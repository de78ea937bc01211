import { describe, expect, it } from 'vitest';
import { parseAppealFilter } from './use-appeal-filter.ts';

describe('parseAppealFilter', () => {
  it('shows open appeals by default', () => {
    expect(parseAppealFilter(new URLSearchParams(''))).toEqual({ policyId: undefined, status: 'open', page: 1, pageSize: 20 });
  });

  it('reads a status, "all", a policy and a page', () => {
    expect(parseAppealFilter(new URLSearchParams('status=dismissed&policy=p1&page=2'))).toMatchObject({ status: 'dismissed', policyId: 'p1', page: 2 });
    expect(parseAppealFilter(new URLSearchParams('status=all')).status).toBeUndefined();
    expect(parseAppealFilter(new URLSearchParams('status=nonsense&policy=../x')).status).toBe('open');
    expect(parseAppealFilter(new URLSearchParams('policy=../x')).policyId).toBeUndefined();
  });
});
