import { useUpdateApplication } from '../../api/update-application.ts';
import type { Application, ApplicationChanges } from '../../../../types.ts';

export type StepChanges = Omit<ApplicationChanges, 'version'>;

/**
 * Saves a step's fields into the draft (nothing is sent when nothing changed): the draft is kept on the
 * server at every step, so a family can stop on one phone and go on later.
 */
export function useStepSave(application: Application) {
  const update = useUpdateApplication();
  const save = async (changes: StepChanges | null): Promise<void> => {
    if (!changes || Object.keys(changes).length === 0) return;
    await update.mutateAsync({ id: application.id, version: application.version, ...changes });
  };
  return { save, isSaving: update.isPending, error: update.error, reset: update.reset };
}
