import type { Application, ApplicationStatus } from '../../../types.ts';

/** The sentence under the status (family.statusHelp.*): what the state means and what is still possible. */
export type StatusHelpKey = ApplicationStatus | 'draft_closed' | 'rejected_final' | 'rejected_after_appeal';

type Facts = Pick<Application, 'status' | 'allowedActions'> & { policy: Pick<Application['policy'], 'isWindowOpen'> } & {
  appeal: Pick<NonNullable<Application['appeal']>, 'status'> | null;
};

/** Each state's sentence says only what can still be done: no appeal after one was dismissed or its time ran out, no submitting after the window. (A declined or lapsed offer is told by the offer card; the status line says what follows.) */
export function statusHelpKey(application: Facts): StatusHelpKey {
  switch (application.status) {
    case 'draft':
      return application.policy.isWindowOpen ? 'draft' : 'draft_closed';
    case 'rejected':
      if (application.appeal?.status === 'dismissed') return 'rejected_after_appeal';
      return application.allowedActions.includes('appeal') ? 'rejected' : 'rejected_final';
    default:
      return application.status;
  }
}
