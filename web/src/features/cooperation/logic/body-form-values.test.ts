import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toNewAlliance, toNewCommunity } from './body-form-values.ts';

describe('the community and alliance forms', () => {
  it('send a community with its lead school, not named again among the members', () => {
    expect(toNewCommunity({ name: ' 两江—天府共同体 ', leaderId: 'a', memberIds: ['a', 'b', 'c'], foundedOn: dayjs('2024-09-01') })).toEqual({
      name: '两江—天府共同体',
      description: null,
      foundedOn: '2024-09-01',
      leadSchoolId: 'a',
      memberSchoolIds: ['b', 'c'],
    });
  });

  it('send an alliance with one chair, vice-chairs and members, each organization once with its highest role', () => {
    expect(toNewAlliance({ name: '智慧教育联盟', leaderId: 'a', viceChairIds: ['b', 'a'], memberIds: ['c', 'b'], focusAreas: ['smart_education'] })).toEqual({
      name: '智慧教育联盟',
      description: null,
      foundedOn: null,
      focusAreas: ['smart_education'],
      members: [
        { organizationId: 'a', role: 'chair' },
        { organizationId: 'b', role: 'vice_chair' },
        { organizationId: 'c', role: 'member' },
      ],
    });
  });
});
