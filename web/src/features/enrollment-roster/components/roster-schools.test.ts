import { describe, expect, it } from 'vitest';
import type { Grant } from '../../../types/api.ts';
import { pickSchool, rosterSchools } from './roster-schools.ts';

const grant = (change: Partial<Grant>): Grant => ({
  id: 'g',
  role: 'school_admin',
  organizationId: null,
  organizationNameZh: null,
  organizationNameEn: null,
  regionId: null,
  regionNameZh: null,
  regionNameEn: null,
  ...change,
});

describe('rosterSchools', () => {
  it('takes each school of a school_admin grant once, and nothing else', () => {
    const schools = rosterSchools([
      grant({ organizationId: 'school-xincun', organizationNameZh: '新村实验小学', organizationNameEn: 'Xincun Experimental' }),
      grant({ role: 'teacher', organizationId: 'school-peixin', organizationNameZh: '培新小学' }),
      grant({ organizationId: 'school-xincun', organizationNameZh: '新村实验小学' }),
      grant({ role: 'bureau_admin', organizationId: 'bureau-jiangbei' }),
    ]);
    expect(schools).toEqual([{ id: 'school-xincun', nameZh: '新村实验小学', nameEn: 'Xincun Experimental' }]);
  });
});

describe('pickSchool', () => {
  const schools = [
    { id: 'a', nameZh: '甲', nameEn: null },
    { id: 'b', nameZh: '乙', nameEn: null },
  ];

  it('honours a school the caller keeps', () => {
    expect(pickSchool(schools, 'b')?.id).toBe('b');
  });

  it('falls back to the first school for an unknown or missing one', () => {
    expect(pickSchool(schools, 'elsewhere')?.id).toBe('a');
    expect(pickSchool(schools, null)?.id).toBe('a');
    expect(pickSchool([], 'a')).toBeUndefined();
  });
});
