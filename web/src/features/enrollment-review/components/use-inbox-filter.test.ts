import { describe, expect, it } from 'vitest';
import { parseInboxView, toInboxQuery, toSearchParams } from './use-inbox-filter.ts';

describe('the inbox filter', () => {
  it('reads every filter from the address and writes it back the same', () => {
    const params = new URLSearchParams('policy=p-1&route=points&status=submitted&school=school-a&origin=5101&waiting=7&overdue=1&page=3&size=50');
    const view = parseInboxView(params);
    expect(view).toEqual({
      policyId: 'p-1',
      routeCode: 'points',
      status: 'submitted',
      schoolId: 'school-a',
      origin: '5101',
      waitingDaysMin: 7,
      supplementOverdue: true,
      page: 3,
      pageSize: 50,
    });
    expect(toSearchParams(view).toString()).toBe(params.toString());
  });

  it('leaves defaults out of the address', () => {
    expect(toSearchParams(parseInboxView(new URLSearchParams(''))).toString()).toBe('');
  });

  it('ignores malformed values instead of sending them', () => {
    expect(parseInboxView(new URLSearchParams('status=draft&route=Bad Code&origin=5&waiting=-1&overdue=yes&page=0&size=7&policy=a/b'))).toEqual({
      policyId: undefined,
      routeCode: undefined,
      status: undefined,
      schoolId: undefined,
      origin: undefined,
      waitingDaysMin: undefined,
      supplementOverdue: undefined,
      page: 1,
      pageSize: 20,
    });
    expect(parseInboxView(new URLSearchParams('origin=123')).origin).toBeUndefined();
    expect(parseInboxView(new URLSearchParams('origin=01')).origin).toBeUndefined();
  });

  it('sends a two-digit origin as the province and a four-digit one as the city', () => {
    const base = parseInboxView(new URLSearchParams(''));
    expect(toInboxQuery({ ...base, origin: '51' })).toMatchObject({ originProvince: '51', originCity: undefined });
    expect(toInboxQuery({ ...base, origin: '5101' })).toMatchObject({ originProvince: undefined, originCity: '5101' });
    expect(toInboxQuery(base)).not.toHaveProperty('origin');
    expect(toInboxQuery({ ...base, supplementOverdue: true })).toMatchObject({ supplementOverdue: true });
  });
});
