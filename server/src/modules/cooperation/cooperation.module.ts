import { seedDemoCooperation } from '../../db/seed/cooperation-demo.seed.ts';
import type { PlatformModule } from '../../platform/modules/module-contract.ts';
import { expireAgreements } from './agreements/agreements.service.ts';
import { cooperationAuditActions } from './cooperation.audit.ts';
import { cooperationErrors } from './cooperation.errors.ts';
import { agreementStatusNames, membershipStatusNames, pairingStatusNames } from './cooperation.names.ts';
import { cooperationPolicy } from './cooperation.policy.ts';
import { cooperationRoutes } from './cooperation.routes.ts';
import { cooperationTodos } from './todos/cooperation-todos.ts';
import { cooperationCapabilities } from './cooperation.capabilities.ts';

/** The cooperation network (合作交流): agreements, pairings, communities, alliances, exchanges, dashboards. */
export const cooperationModule: PlatformModule = {
  name: 'cooperation',
  routes: [{ prefix: '/api/cooperation', plugin: cooperationRoutes }],
  policy: [cooperationPolicy],
  capabilities: cooperationCapabilities,
  todos: cooperationTodos,
  errors: cooperationErrors,
  errorParamNames: { pairingStatus: pairingStatusNames, agreementStatus: agreementStatusNames, membershipStatus: membershipStatusNames },
  jobs: [
    {
      // Agreements whose term is over.
      name: 'agreement-expiry',
      run: async ({ db, log }) => {
        const expired = await expireAgreements(db);
        if (expired > 0) log.info({ expired }, 'cooperation agreements expired');
      },
    },
  ],
  demoSeed: ({ db }) => seedDemoCooperation(db),
  auditActions: cooperationAuditActions,
};
