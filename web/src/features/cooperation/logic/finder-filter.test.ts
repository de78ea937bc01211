import { describe, expect, it } from 'vitest';
import { finderSearchParams, parseFinderView, partnerSearchQuery, toPartnerFilter } from './finder-filter.ts';

describe('the partner finder’s filters', () => {
  it('round-trip through the address, lists as repeated parameters', () => {
    const params = new URLSearchParams('school=xincun&region=510000&stage=primary&min=500&max=3000&strength=mathematics&strength=curriculum&need=english');
    const view = parseFinderView(params);
    expect(view).toEqual({
      schoolId: 'xincun',
      regionId: '510000',
      stage: 'primary',
      minPupils: 500,
      maxPupils: 3000,
      strengths: ['mathematics', 'curriculum'],
      needs: ['english'],
    });
    expect(finderSearchParams(view).toString()).toBe(params.toString());
  });

  it('ignore unknown tags and stages and malformed sizes', () => {
    expect(parseFinderView(new URLSearchParams('stage=college&min=-1&max=lots&strength=cooking&need=english,chess'))).toEqual({
      schoolId: undefined,
      regionId: undefined,
      stage: undefined,
      minPupils: undefined,
      maxPupils: undefined,
      strengths: [],
      needs: ['english'],
    });
  });

  it('ask the server only once a school is chosen, sending lists as repeated parameters', () => {
    expect(toPartnerFilter(parseFinderView(new URLSearchParams('')))).toBeNull();
    const filter = toPartnerFilter(parseFinderView(new URLSearchParams('school=xincun&strength=mathematics&strength=english')))!;
    expect(partnerSearchQuery(filter)).toBe('schoolId=xincun&strengths=mathematics&strengths=english&limit=20');
  });
});
