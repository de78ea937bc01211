import type { PolicyStatus } from '../../../../../common/enrollment.ts';

export const STATUS_COLORS: Record<PolicyStatus, string> = {
  draft: 'default',
  published: 'green',
  closed: 'red',
};

/** Date-time inputs and displays of the editor: minutes are precise enough for a window. */
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';
