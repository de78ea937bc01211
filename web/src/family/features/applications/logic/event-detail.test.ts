import { describe, expect, it } from 'vitest';
import { appealDeadline, eventDetail, newestFirst } from './event-detail.ts';

describe('eventDetail', () => {
  it('reads the reason, message, deadline and known materials', () => {
    expect(
      eventDetail({
        detail: { reason: '居住证已过期', deadline: '2027-05-20T00:00:00Z', materials: ['residence_permit', 'spaceship', 7], message: '请重新拍照' },
      }),
    ).toEqual({
      reason: '居住证已过期',
      message: '请重新拍照',
      deadline: '2027-05-20T00:00:00Z',
      materials: ['residence_permit'],
    });
  });

  it('ignores what it does not expect', () => {
    expect(eventDetail({ detail: null })).toEqual({ reason: null, message: null, deadline: null, materials: [] });
    expect(eventDetail({ detail: { reason: 3, message: '  ', materials: 'residence_permit' } })).toEqual({
      reason: null,
      message: null,
      deadline: null,
      materials: [],
    });
  });
});

describe('newestFirst', () => {
  it('puts the latest event on top', () => {
    expect(newestFirst([{ at: '2027-05-11T00:00:00Z' }, { at: '2027-05-13T00:00:00Z' }, { at: '2027-05-12T00:00:00Z' }]).map((e) => e.at.slice(8, 10))).toEqual(
      ['13', '12', '11'],
    );
  });
});

describe('appealDeadline', () => {
  it('adds the appeal days to the decision', () => {
    expect(appealDeadline('2027-05-20T08:00:00.000Z', 10)).toBe('2027-05-30T08:00:00.000Z');
    expect(appealDeadline(null, 10)).toBeNull();
  });
});
