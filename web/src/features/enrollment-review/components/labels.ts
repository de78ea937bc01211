import type { AppealStatus, ApplicationStatus, DocumentStatus } from '../../../../../common/enrollment-application.ts';

export const STATUS_COLORS: Record<ApplicationStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  supplement_requested: 'orange',
  approved: 'green',
  rejected: 'red',
  appealed: 'purple',
  placed: 'cyan',
  unplaced: 'gold',
  accepted: 'green',
  declined: 'default',
  enrolled: 'green',
  no_show: 'default',
  withdrawn: 'default',
};

export const DOCUMENT_STATUS_COLORS: Record<DocumentStatus, string> = {
  pending: 'blue',
  accepted: 'green',
  rejected: 'red',
  superseded: 'default',
};

export const APPEAL_STATUS_COLORS: Record<AppealStatus, string> = {
  open: 'purple',
  upheld: 'green',
  dismissed: 'red',
};

/** Days waiting from which an application is shown as overdue in the inbox. */
export const LONG_WAIT_DAYS = 7;
