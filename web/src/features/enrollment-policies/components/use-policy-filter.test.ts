import { describe, expect, it } from 'vitest';
import { parsePolicyFilter } from './use-policy-filter.ts';

describe('parsePolicyFilter', () => {
  it('reads the filters from the address', () => {
    expect(parsePolicyFilter(new URLSearchParams('status=published&grade=g1&year=2027&page=2&size=50'))).toEqual({
      status: 'published',
      entryGrade: 'g1',
      schoolYear: 2027,
      page: 2,
      pageSize: 50,
    });
  });

  it('ignores what is not a filter value instead of sending it to the server', () => {
    expect(parsePolicyFilter(new URLSearchParams('status=open&grade=g13&year=1999&page=-3&size=7'))).toEqual({
      status: undefined,
      entryGrade: undefined,
      schoolYear: undefined,
      page: 1,
      pageSize: 20,
    });
  });
});
