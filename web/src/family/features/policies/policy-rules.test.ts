import { describe, expect, it } from 'vitest';
import { ageCutoffDate, eligibilityLines, sortForFamilies, windowState } from './policy-rules.ts';

type State = 'upcoming' | 'open' | 'closed';
const policy = (closes: string, windowState: State) => ({ windowClosesAt: closes, windowState });

describe('windowState', () => {
  it("is the server's (its clock), whatever the device's clock says", () => {
    expect(windowState(policy('2000-01-01T00:00:00Z', 'open'))).toBe('open');
    expect(windowState(policy('2999-01-01T00:00:00Z', 'closed'))).toBe('closed');
  });
});

describe('sortForFamilies', () => {
  it('puts open windows first, the one closing soonest at the top, then upcoming, then closed', () => {
    const late = { id: 'late', ...policy('2027-07-01T00:00:00Z', 'open') };
    const soon = { id: 'soon', ...policy('2027-06-01T00:00:00Z', 'open') };
    const upcoming = { id: 'upcoming', ...policy('2027-06-20T00:00:00Z', 'upcoming') };
    const closed = { id: 'closed', ...policy('2027-05-01T00:00:00Z', 'closed') };
    expect(sortForFamilies([closed, upcoming, late, soon]).map((p) => p.id)).toEqual(['soon', 'late', 'upcoming', 'closed']);
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
