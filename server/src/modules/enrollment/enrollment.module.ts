import { seedDemoEnrollmentApplications } from '../../db/seed/enrollment-applications-demo.seed.ts';
import { seedDemoEnrollmentPolicy } from '../../db/seed/enrollment-demo.seed.ts';
import type { PlatformModule } from '../../platform/modules/module-contract.ts';
import { enrollmentAuditActions } from './enrollment.audit.ts';
import { enrollmentErrors } from './enrollment.errors.ts';
import { runEnrollmentDeadlines } from './enrollment.housekeeping.ts';
import { applicationStatusNames, idNumberProblems, materialNames } from './enrollment.names.ts';
import { enrollmentNotifications } from './enrollment.notifications.ts';
import { applicationPolicy, childPolicy, enrollmentPolicyPolicy } from './enrollment.policy.ts';
import { enrollmentRoutes } from './enrollment.routes.ts';
import { publicAdmissionNoticeRoutes } from './notices/notices.routes.ts';
import { publicAllocationRoutes } from './placement/placement.routes.ts';
import { publicListPublicRoutes } from './public-lists/public-lists.routes.ts';
import { purgeEnrollmentPersonalData } from './retention/retention.service.ts';
import { enrollmentTodos } from './todos/enrollment-todos.ts';
import { enrollmentCapabilities } from './enrollment.capabilities.ts';

/** Cross-region enrollment (异地就学): policies, children, applications, review, allocation, offers, notices. */
export const enrollmentModule: PlatformModule = {
  name: 'enrollment',
  routes: [
    { prefix: '/api/enrollment', plugin: enrollmentRoutes },
    { prefix: '/api/public/enrollment/policies', plugin: publicAllocationRoutes },
    { prefix: '/api/public/enrollment/policies', plugin: publicListPublicRoutes },
    { prefix: '/api/public/admission-notices', plugin: publicAdmissionNoticeRoutes },
  ],
  policy: [childPolicy, enrollmentPolicyPolicy, applicationPolicy],
  capabilities: enrollmentCapabilities,
  errors: enrollmentErrors,
  errorParamNames: { reason: idNumberProblems, status: applicationStatusNames, material: materialNames },
  notifications: enrollmentNotifications,
  notificationParamNames: { material: materialNames },
  todos: enrollmentTodos,
  jobs: [
    {
      // Offers past their deadline expire (seats back to the next round), offers due within a day are
      // reminded once, and supplement requests past their deadline go back to the reviewers.
      name: 'deadlines',
      run: async ({ db, log }) => {
        const run = await runEnrollmentDeadlines(db);
        if (run.offersExpired + run.offersReminded + run.supplementsOverdue > 0) log.info(run, 'enrollment deadlines handled');
      },
    },
    {
      // Documents and personal data of enrollment cycles closed more than ENROLLMENT_RETENTION_DAYS ago.
      name: 'retention',
      run: async ({ db, files, config, log }) => {
        const purged = await purgeEnrollmentPersonalData({ db, files }, { retentionDays: config.enrollmentRetentionDays, dryRun: false });
        for (const policy of purged.policies) log.info(policy, 'enrollment personal data deleted after the retention period');
      },
    },
  ],
  demoSeed: async (ctx) => {
    const policies = await seedDemoEnrollmentPolicy(ctx.db);
    const applications = await seedDemoEnrollmentApplications({ db: ctx.db, protector: ctx.protector, files: ctx.files });
    return policies + applications;
  },
  auditActions: enrollmentAuditActions,
};
