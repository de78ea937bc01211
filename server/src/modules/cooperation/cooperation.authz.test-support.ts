import type { AuthzRow } from '../../test/authorization.types.ts';
import { AGREEMENT_AUTHZ_ROWS } from './agreements/agreements.authz.test-support.ts';
import { BODY_AUTHZ_ROWS } from './communities/communities.authz.test-support.ts';
import { DASHBOARD_AUTHZ_ROWS } from './dashboard/dashboard.authz.test-support.ts';
import { EXCHANGE_AUTHZ_ROWS } from './exchanges/exchanges.authz.test-support.ts';
import { IMPORT_AUTHZ_ROWS } from './import/import.authz.test-support.ts';
import { PARTNER_FINDER_AUTHZ_ROWS } from './partner-finder/partner-finder.authz.test-support.ts';
import { PAIRING_AUTHZ_ROWS } from './pairings/pairings.authz.test-support.ts';

/** The cooperation module's rows of the authorization table, one file per part. */
export const COOPERATION_AUTHZ_ROWS: AuthzRow[] = [
  ...AGREEMENT_AUTHZ_ROWS,
  ...PAIRING_AUTHZ_ROWS,
  ...BODY_AUTHZ_ROWS,
  ...EXCHANGE_AUTHZ_ROWS,
  ...DASHBOARD_AUTHZ_ROWS,
  ...PARTNER_FINDER_AUTHZ_ROWS,
  ...IMPORT_AUTHZ_ROWS,
];
