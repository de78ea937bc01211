import { describe, expect, it } from 'vitest';
import type { Grant } from '../../../types/api.ts';
import type { AllocationPolicy } from '../api/get-allocation-policies.ts';
import { isAllocatable, sortPolicies } from './allocatable-policies.ts';

function policy(change: Partial<AllocationPolicy>): AllocationPolicy {
  return {
    id: 'p1',
    bureauId: 'bureau-jiangbei',
    hostRegionId: 'region-jiangbei',
    hostRegionNameZh: '江北区',
    hostRegionNameEn: 'Jiangbei',
    schoolYear: 2027,
    entryGrade: 'g1',
    titleZh: '江北区一年级',
    titleEn: 'Jiangbei grade 1',
    status: 'published',
    windowOpensAt: '',
    windowClosesAt: '',
    windowState: 'closed',
    rulesHash: null,
    publishedAt: null,
    closedAt: null,
    canEdit: false,
    updatedAt: '',
    version: 1,
    ...change,
  };
}

const grant = (change: Partial<Grant>): Grant => ({
  id: 'g',
  role: 'bureau_admin',
  organizationId: null,
  organizationNameZh: null,
  organizationNameEn: null,
  regionId: null,
  regionNameZh: null,
  regionNameEn: null,
  ...change,
});

describe('isAllocatable', () => {
  it('takes a published policy the caller may edit', () => {
    expect(isAllocatable(policy({ canEdit: true }), [])).toBe(true);
  });

  it('leaves out other districts’ published policies and every draft', () => {
    expect(isAllocatable(policy({ canEdit: false }), [grant({ organizationId: 'bureau-qingyang' })])).toBe(false);
    expect(isAllocatable(policy({ status: 'draft', canEdit: true }), [grant({ organizationId: 'bureau-jiangbei' })])).toBe(false);
  });

  it('keeps the closed policies of the caller’s own bureau or region, for their history', () => {
    expect(isAllocatable(policy({ status: 'closed' }), [grant({ organizationId: 'bureau-jiangbei' })])).toBe(true);
    expect(isAllocatable(policy({ status: 'closed' }), [grant({ regionId: 'region-jiangbei' })])).toBe(true);
    expect(isAllocatable(policy({ status: 'closed' }), [grant({ role: 'bureau_reviewer', organizationId: 'bureau-jiangbei' })])).toBe(false);
  });
});

describe('sortPolicies', () => {
  it('puts the newest school year first', () => {
    const sorted = sortPolicies([policy({ id: 'old', schoolYear: 2026 }), policy({ id: 'new', schoolYear: 2027 })]);
    expect(sorted.map((p) => p.id)).toEqual(['new', 'old']);
  });
});
