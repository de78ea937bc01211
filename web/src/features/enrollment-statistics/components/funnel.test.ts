import { describe, expect, it } from 'vitest';
import type { Grant } from '../../../types/api.ts';
import type { StatisticsPolicy } from '../api/get-statistics-policies.ts';
import { formatShare, funnelSteps, policiesInJurisdiction, schoolYearsOf } from './funnel.ts';

describe('funnelSteps', () => {
  it('gives each stage its share of the applications and of the stage before', () => {
    const steps = funnelSteps({ applied: 200, verified: 150, placed: 120, enrolled: 90 });
    expect(steps.map((s) => s.stage)).toEqual(['applied', 'verified', 'placed', 'enrolled']);
    expect(steps.map((s) => s.ofApplied)).toEqual([1, 0.75, 0.6, 0.45]);
    expect(steps.map((s) => s.ofPrevious)).toEqual([null, 0.75, 0.8, 0.75]);
  });

  it('reads an empty funnel as zero shares, not NaN', () => {
    const steps = funnelSteps({ applied: 0, verified: 0, placed: 0, enrolled: 0 });
    expect(steps.every((s) => s.ofApplied === 0 && (s.ofPrevious ?? 0) === 0)).toBe(true);
  });
});

describe('formatShare', () => {
  it('rounds to whole percent', () => {
    expect(formatShare(0.756, 'en-US')).toBe('76%');
    expect(formatShare(1, 'zh-CN')).toBe('100%');
  });

  it('keeps a small share visible', () => {
    expect(formatShare(0.004, 'en-US')).toBe('0.4%');
    expect(formatShare(0, 'en-US')).toBe('0%');
  });
});

function policy(id: string, change: Partial<StatisticsPolicy> = {}): StatisticsPolicy {
  return {
    id,
    bureauId: 'bureau-jiangbei',
    hostRegionId: 'region-jiangbei',
    hostRegionNameZh: '江北区',
    hostRegionNameEn: 'Jiangbei',
    schoolYear: 2027,
    entryGrade: 'g1',
    titleZh: id,
    titleEn: id,
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
  role: 'bureau_reviewer',
  organizationId: null,
  organizationNameZh: null,
  organizationNameEn: null,
  regionId: null,
  regionNameZh: null,
  regionNameEn: null,
  ...change,
});

describe('policiesInJurisdiction', () => {
  const policies = [policy('jiangbei'), policy('qingyang', { bureauId: 'bureau-qingyang', hostRegionId: 'region-qingyang' })];

  it('gives a platform admin every policy', () => {
    expect(policiesInJurisdiction(policies, [grant({ role: 'platform_admin' })])).toHaveLength(2);
  });

  it('keeps a bureau’s own policies, by bureau or by region', () => {
    expect(policiesInJurisdiction(policies, [grant({ organizationId: 'bureau-jiangbei' })]).map((p) => p.id)).toEqual(['jiangbei']);
    expect(policiesInJurisdiction(policies, [grant({ role: 'bureau_admin', regionId: 'region-qingyang' })]).map((p) => p.id)).toEqual(['qingyang']);
  });

  it('keeps what the server lets the caller edit, and nothing for roles without statistics', () => {
    expect(policiesInJurisdiction([policy('x', { canEdit: true })], [grant({ role: 'bureau_admin', organizationId: 'bureau-chongqing' })])).toHaveLength(1);
    expect(policiesInJurisdiction(policies, [grant({ role: 'school_admin', organizationId: 'bureau-jiangbei' })])).toHaveLength(0);
  });
});

describe('schoolYearsOf', () => {
  it('lists each year once, newest first', () => {
    expect(schoolYearsOf([policy('a', { schoolYear: 2026 }), policy('b', { schoolYear: 2027 }), policy('c', { schoolYear: 2026 })])).toEqual([2027, 2026]);
  });
});
