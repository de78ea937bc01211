import { describe, expect, it } from 'vitest';
import { ageCutoffDate, eligibilityLines, sortForFamilies, windowState } from './policy-rules.ts';

const policy = (opens: string, closes: string, status: 'draft' | 'published' | 'closed' = 'published') => ({ windowOpensAt: opens, windowClosesAt: closes, status });
const NOW = Date.parse('2027-05-20T00:00:00Z');

describe('windowState', () => {
  it('is open between opening and closing, upcoming before, closed after or when the policy is closed', () => {
    expect(windowState(policy('2027-05-10T00:00:00Z', '2027-06-10T00:00:00Z'), NOW)).toBe('open');
    expect(windowState(policy('2027-05-21T00:00:00Z', '2027-06-10T00:00:00Z'), NOW)).toBe('upcoming');
    expect(windowState(policy('2027-05-01T00:00:00Z', '2027-05-20T00:00:00Z'), NOW)).toBe('closed');
    expect(windowState(policy('2027-05-10T00:00:00Z', '2027-06-10T00:00:00Z', 'closed'), NOW)).toBe('closed');
  });
});

describe('sortForFamilies', () => {
  it('puts open windows first, the one closing soonest at the top, then upcoming, then closed', () => {
    const late = { id: 'late', ...policy('2027-05-10T00:00:00Z', '2027-07-01T00:00:00Z') };
    const soon = { id: 'soon', ...policy('2027-05-10T00:00:00Z', '2027-06-01T00:00:00Z') };
    const upcoming = { id: 'upcoming', ...policy('2027-06-01T00:00:00Z', '2027-06-20T00:00:00Z') };
    const closed = { id: 'closed', ...policy('2027-04-01T00:00:00Z', '2027-05-01T00:00:00Z') };
    expect(sortForFamilies([closed, upcoming, late, soon], NOW).map((p) => p.id)).toEqual(['soon', 'late', 'upcoming', 'closed']);
  });
});

describe('eligibilityLines', () => {
  it('names each rule that applies, with its months', () => {
    expect(eligibilityLines({ hukouOutsideHost: true, minResidencePermitMonths: 6, minSocialInsuranceMonths: 0, requiresEmploymentProof: true })).toEqual([
      { key: 'hukouOutsideHost' },
      { key: 'minResidencePermitMonths', months: 6 },
      { key: 'requiresEmploymentProof' },
    ]);
    expect(eligibilityLines({ hukouOutsideHost: false })).toEqual([]);
  });

  it('says up to which day the months are counted', () => {
    expect(eligibilityLines({ hukouOutsideHost: false, minSocialInsuranceMonths: 6, monthsAsOf: '2027-05-31' })).toEqual([
      { key: 'minSocialInsuranceMonths', months: 6 },
      { key: 'monthsAsOf', date: '2027-05-31' },
    ]);
  });
});

describe('ageCutoffDate', () => {
  it('is the cut-off day of the school year, when the policy has an age rule', () => {
    expect(ageCutoffDate({ schoolYear: 2027, ageMinYears: 6, ageCutoffMonthDay: '08-31' })).toEqual({ date: '2027-08-31', years: 6 });
    expect(ageCutoffDate({ schoolYear: 2027, ageMinYears: null, ageCutoffMonthDay: null })).toBeNull();
  });
});
