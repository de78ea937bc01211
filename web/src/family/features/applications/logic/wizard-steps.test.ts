import { describe, expect, it } from 'vitest';
import { draftApplication } from './application.fixture.ts';
import { isWizardStep, neighbours, resumeStep, stepsFor } from './wizard-steps.ts';

describe('wizard steps', () => {
  it('has a points step only on a points route', () => {
    expect(stepsFor({ route: { admissionBasis: 'points' } } as never)).toEqual(['route', 'residence', 'work', 'points', 'schools', 'documents', 'review']);
    expect(stepsFor({ route: { admissionBasis: 'no_points' } } as never)).toEqual(['route', 'residence', 'work', 'schools', 'documents', 'review']);
  });

  it('knows the steps around a step', () => {
    const steps = stepsFor({ route: { admissionBasis: 'no_points' } } as never);
    expect(neighbours(steps, 'route')).toEqual({ previous: null, next: 'residence' });
    expect(neighbours(steps, 'work')).toEqual({ previous: 'residence', next: 'schools' });
    expect(neighbours(steps, 'review')).toEqual({ previous: 'documents', next: null });
  });

  it('recognises step names from the address', () => {
    expect(isWizardStep('points')).toBe(true);
    expect(isWizardStep('payment')).toBe(false);
    expect(isWizardStep(undefined)).toBe(false);
  });

  it('resumes a draft at the step the family was on, else at the first step that lacks something', () => {
    const complete = draftApplication();
    expect(resumeStep(complete, 'schools')).toBe('schools');
    expect(resumeStep(complete, null)).toBe('review');
    // A step this route does not have, or not a step at all, is not remembered.
    expect(resumeStep(draftApplication({ route: { ...complete.route, admissionBasis: 'no_points' } }), 'points')).toBe('review');
    expect(resumeStep(draftApplication({ preferences: [] }), 'payment')).toBe('schools');
    expect(resumeStep(draftApplication({ residenceAddress: null, preferences: [] }), null)).toBe('residence');
  });
});
