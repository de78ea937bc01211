import type { AuthzRow } from '../../test/authorization.table.ts';
import { EXCHANGE_AUTHZ_ROWS } from './exchanges/exchanges.authz.ts';
import { PAIRING_AUTHZ_ROWS } from './pairings/pairings.authz.ts';

/** The cooperation module's rows of the authorization table, one file per part. */
export const COOPERATION_AUTHZ_ROWS: AuthzRow[] = [...PAIRING_AUTHZ_ROWS, ...EXCHANGE_AUTHZ_ROWS];
