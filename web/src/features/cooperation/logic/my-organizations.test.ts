import { describe, expect, it } from 'vitest';
import type { Grant } from '../../../types/api.ts';
import { myOrganizations, mySchools } from './my-organizations.ts';

const grant = (role: Grant['role'], organizationId: string | null): Grant => ({
  id: `${role}-${organizationId}`,
  role,
  organizationId,
  organizationNameZh: organizationId && `${organizationId}校`,
  organizationNameEn: organizationId,
  regionId: null,
  regionNameZh: null,
  regionNameEn: null,
});

describe('the organizations a person acts for', () => {
  it('lists each organization of the given roles once', () => {
    const grants = [
      grant('school_admin', 'xincun'),
      grant('teacher', 'xincun'),
      grant('teacher', 'other'),
      grant('bureau_admin', 'jiangbei'),
      grant('platform_admin', null),
    ];
    expect(mySchools(grants).map((o) => o.id)).toEqual(['xincun']);
    expect(myOrganizations(grants, ['school_admin', 'teacher', 'bureau_admin']).map((o) => o.id)).toEqual(['xincun', 'other', 'jiangbei']);
    expect(mySchools(grants)[0]).toEqual({ id: 'xincun', nameZh: 'xincun校', nameEn: 'xincun' });
  });
});
