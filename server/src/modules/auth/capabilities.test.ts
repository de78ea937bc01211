import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../common/roles.ts';
import '../../module-list.ts';
import { capabilitiesOf } from './capabilities.ts';

const of = (...roles: Role[]) => [...capabilitiesOf({ grants: roles.map((role) => ({ role })) })].sort();

// One row per role of the demo accounts (README), written out in full: a capability that appears or
// disappears for a role has to be changed here on purpose.
describe('capabilitiesOf', () => {
  it.each<[string, Role, string[]]>([
    [
      'admin',
      'platform_admin',
      [
        'audit',
        'cooperation',
        'cooperationAgreementCreate',
        'cooperationBodyCreate',
        'cooperationDashboard',
        'cooperationImport',
        'cooperationPartnerFinder',
        'directory',
        'enrollmentPolicies',
        'enrollmentPolicyCreate',
        'enrollmentStatistics',
        'events',
        'organizationCreate',
        'schoolFiles',
        'users',
      ],
    ],
    [
      'jiangbei.admin',
      'bureau_admin',
      [
        'cooperation',
        'cooperationAgreementCreate',
        'cooperationBodyCreate',
        'cooperationDashboard',
        'cooperationImport',
        'cooperationPartnerFinder',
        'directory',
        'enrollmentAllocation',
        'enrollmentPolicies',
        'enrollmentPolicyCreate',
        'enrollmentStatistics',
        'events',
        'eventsCreate',
        'organizationCreate',
        'schoolFiles',
        'users',
      ],
    ],
    [
      'jiangbei.reviewer',
      'bureau_reviewer',
      [
        'cooperation',
        'cooperationDashboard',
        'cooperationPartnerFinder',
        'directory',
        'enrollmentPolicies',
        'enrollmentReview',
        'enrollmentStatistics',
        'events',
      ],
    ],
    [
      'xincun.admin',
      'school_admin',
      [
        'cooperation',
        'cooperationAgreementCreate',
        'cooperationBodyCreate',
        'cooperationPairingCreate',
        'cooperationPartnerFinder',
        'directory',
        'enrollmentRoster',
        'events',
        'eventsCreate',
        'users',
      ],
    ],
    ['xincun.teacher', 'teacher', ['cooperation', 'directory', 'events']],
    ['13800000001', 'guardian', []],
  ])('%s (%s)', (_account, role, expected) => {
    expect(of(role)).toEqual(expected);
  });

  it('joins the capabilities of several grants', () => {
    expect(of('teacher', 'bureau_reviewer')).toEqual(of('bureau_reviewer'));
    expect(of('guardian', 'teacher')).toEqual(['cooperation', 'directory', 'events']);
  });

  it('gives nothing without grants (e.g. half-way through signing in)', () => {
    expect(of()).toEqual([]);
  });
});
