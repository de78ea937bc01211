import type { Migration } from 'kysely';
import * as foundation from './20261124000000_foundation.ts';
import * as enrollmentPolicies from './20261124120000_enrollment_policies.ts';
import * as enrollmentChildren from './20261124121000_enrollment_children.ts';
import * as enrollmentApplications from './20261125090000_enrollment_applications.ts';
import * as cooperation from './20261125100000_cooperation.ts';
import * as notificationSmsClaims from './20261126091000_notification_sms_claims.ts';
import * as enrollmentReminders from './20261127090000_enrollment_reminders.ts';
import * as pairingEventSequence from './20261207090000_pairing_event_sequence.ts';
import * as auditLogNoTruncate from './20261207100000_audit_log_no_truncate.ts';
import * as events from './20261207120000_events.ts';

/** Every migration, in order. A new migration is a new file plus one line here; landed files never change. */
export const migrations: Record<string, Migration> = {
  '20261124000000_foundation': foundation,
  '20261124120000_enrollment_policies': enrollmentPolicies,
  '20261124121000_enrollment_children': enrollmentChildren,
  '20261125090000_enrollment_applications': enrollmentApplications,
  '20261125100000_cooperation': cooperation,
  '20261126091000_notification_sms_claims': notificationSmsClaims,
  '20261127090000_enrollment_reminders': enrollmentReminders,
  '20261207090000_pairing_event_sequence': pairingEventSequence,
  '20261207100000_audit_log_no_truncate': auditLogNoTruncate,
  '20261207120000_events': events,
};
