import { WIZARD_STEPS, type WizardStep } from '../../../app/paths.ts';
import type { Application } from '../../../types.ts';

/** The steps of this draft: a route without points has no points step. */
export function stepsFor(application: Pick<Application, 'route'>): WizardStep[] {
  return WIZARD_STEPS.filter((step) => step !== 'points' || application.route.admissionBasis === 'points');
}

export const isWizardStep = (value: string | undefined): value is WizardStep => WIZARD_STEPS.includes(value as WizardStep);

/** The step before and after `step` among `steps` (null at either end). */
export function neighbours(steps: WizardStep[], step: WizardStep): { previous: WizardStep | null; next: WizardStep | null } {
  const i = steps.indexOf(step);
  return { previous: i > 0 ? steps[i - 1]! : null, next: i >= 0 && i < steps.length - 1 ? steps[i + 1]! : null };
}
