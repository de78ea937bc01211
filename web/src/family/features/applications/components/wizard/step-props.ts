import type { WizardStep } from '../../../../app/paths.ts';
import type { Application, Policy } from '../../../../types.ts';

export interface StepProps {
  application: Application;
  policy: Policy;
  /** Goes to the previous step; absent on the first. */
  goBack?: () => void;
  /** Goes to the next step. */
  goNext: () => void;
  /** Opens a given step (the review page's "change" links). */
  goTo: (step: WizardStep) => void;
}
