import { WIZARD_STEPS, type WizardStep } from '../../../app/paths.ts';
import type { Application } from '../../../types.ts';
import { submitChecklist } from './submit-checklist.ts';

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

const STORAGE_PREFIX = 'shuangcheng.family.wizardStep.';

/** Notes the step a family is on, on this device, so that reopening the draft comes back to it. */
export function rememberStep(applicationId: string, step: WizardStep): void {
  try {
    window.localStorage.setItem(STORAGE_PREFIX + applicationId, step);
  } catch {
    // Private mode or full storage: reopening then starts at the first step with something missing.
  }
}

export function rememberedStep(applicationId: string): string | null {
  try {
    return window.localStorage.getItem(STORAGE_PREFIX + applicationId);
  } catch {
    return null;
  }
}

/**
 * Where a reopened draft continues: the step the family was last on (this device), else the first step that
 * still lacks something the submission needs, else the check page.
 */
export function resumeStep(application: Application, remembered: string | null): WizardStep {
  const steps = stepsFor(application);
  if (isWizardStep(remembered ?? undefined) && steps.includes(remembered as WizardStep)) return remembered as WizardStep;
  const missing = new Set(submitChecklist(application).map((item) => item.step));
  return steps.find((step) => missing.has(step)) ?? 'review';
}
