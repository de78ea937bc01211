import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../api/policy-types.ts';
import { newPolicyValues, nextCode, toFormValues, toRules, type PolicyFormValues } from './policy-form-values.ts';

const policy: Policy = {
  id: 'p1',
  bureauId: 'b1',
  hostRegionId: 'r1',
  hostRegionNameZh: '江北区',
  hostRegionNameEn: 'Jiangbei',
  schoolYear: 2027,
  entryGrade: 'g1',
  titleZh: '2027年江北区一年级',
  titleEn: 'Jiangbei 2027 grade 1',
  status: 'draft',
  windowOpensAt: '2027-05-10T00:00:00.000Z',
  windowClosesAt: '2027-06-10T00:00:00.000Z',
  windowState: 'closed',
  rulesHash: null,
  publishedAt: null,
  closedAt: null,
  canEdit: true,
  updatedAt: '2026-11-01T00:00:00.000Z',
  version: 3,
  maxPreferences: 2,
  ageMinYears: 6,
  ageCutoffMonthDay: '08-31',
  publicNoticeDays: 7,
  appealDays: 10,
  offerResponseDays: 5,
  reportDate: '2027-09-01',
  reportNoteZh: '带户口簿到校',
  reportNoteEn: null,
  routes: [
    {
      code: 'points',
      nameZh: '积分入学',
      nameEn: 'Points',
      descriptionZh: '',
      descriptionEn: '',
      admissionBasis: 'points',
      eligibility: { hukouOutsideHost: true, minResidencePermitMonths: 6, monthsAsOf: '2027-05-31' },
      materials: [{ material: 'residence_permit', requirement: 'mandatory', descriptionZh: '居住证', descriptionEn: 'Permit' }],
    },
  ],
  schools: [{ schoolId: 's1', nameZh: '观音桥小学', nameEn: 'Guanyinqiao', seats: 40 }],
  pointsItems: [
    { key: 'months', nameZh: '月数', nameEn: 'Months', kind: 'per_month', weight: 0.5, cap: 30, options: null },
    {
      key: 'housing',
      nameZh: '住房',
      nameEn: 'Housing',
      kind: 'choice',
      weight: 0,
      cap: 20,
      options: [{ value: 'owned', labelZh: '自有', labelEn: 'Owned', points: 20 }],
    },
  ],
};

describe('policy form values', () => {
  it('give back the rules they were loaded from', () => {
    const {
      id,
      bureauId,
      hostRegionId,
      hostRegionNameZh,
      hostRegionNameEn,
      status,
      windowState,
      rulesHash,
      publishedAt,
      closedAt,
      canEdit,
      updatedAt,
      version,
      ...rules
    } = policy;
    expect(toRules(toFormValues(policy))).toEqual({ ...rules, schools: [{ schoolId: 's1', seats: 40 }] });
  });

  it('show and read the window times as the wall clock in China, whatever zone the device is in', () => {
    const values = toFormValues(policy);
    expect(values.windowOpensAt!.format('YYYY-MM-DD HH:mm')).toBe('2027-05-10 08:00');
    expect(toRules({ ...values, windowClosesAt: dayjs('2027-06-10T17:00:00') }).windowClosesAt).toBe('2027-06-10T09:00:00.000Z');
  });

  it('trim text, send empty limits as absent and a per-month item without options', () => {
    const values: PolicyFormValues = {
      ...newPolicyValues(new Date('2026-11-24T00:00:00Z')),
      titleZh: '  标题 ',
      titleEn: ' Title ',
      windowOpensAt: dayjs('2027-05-10T00:00:00Z'),
      windowClosesAt: dayjs('2027-06-10T00:00:00Z'),
      routes: [
        {
          code: ' r1 ',
          nameZh: '途径',
          nameEn: 'Route',
          admissionBasis: 'no_points',
          eligibility: { hukouOutsideHost: true, minResidencePermitMonths: null, requiresEmploymentProof: false },
          materials: [],
        },
      ],
      schools: [{ schoolId: 's1', seats: null }],
      pointsItems: [
        { key: 'm', nameZh: '月', nameEn: 'M', kind: 'per_month', weight: 1, cap: 10, options: [{ value: 'x', labelZh: 'x', labelEn: 'x', points: 1 }] },
      ],
    };
    const rules = toRules(values);
    expect(rules.schoolYear).toBe(2027);
    expect(rules.titleZh).toBe('标题');
    expect([rules.reportDate, rules.reportNoteZh, rules.reportNoteEn]).toEqual([null, null, null]);
    expect(rules.routes[0]).toEqual({
      code: 'r1',
      nameZh: '途径',
      nameEn: 'Route',
      descriptionZh: '',
      descriptionEn: '',
      admissionBasis: 'no_points',
      eligibility: { hukouOutsideHost: true },
      materials: [],
    });
    expect(rules.schools).toEqual([{ schoolId: 's1', seats: 0 }]);
    expect(rules.pointsItems[0]?.options).toBeNull();
  });

  it('send neither half of the age rule when it is switched off', () => {
    const rules = toRules({ ...newPolicyValues(), hasAgeRule: false, windowOpensAt: dayjs(), windowClosesAt: dayjs() });
    expect([rules.ageMinYears, rules.ageCutoffMonthDay]).toEqual([null, null]);
  });

  it('number new codes after the ones taken', () => {
    expect(nextCode('route', [])).toBe('route_1');
    expect(nextCode('route', ['route_2', 'x'])).toBe('route_3');
    expect(nextCode('item', ['item_2'])).toBe('item_3');
    expect(nextCode('item', ['a', 'item_2'])).toBe('item_3');
  });
});
