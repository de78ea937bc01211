import { describe, expect, it } from 'vitest';
import { isWizardStep, neighbours, stepsFor } from './wizard-steps.ts';

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
});
