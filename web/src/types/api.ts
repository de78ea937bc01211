/**
 * Shapes of the server's JSON answers, derived from the route schemas themselves (type-only imports,
 * erased from the bundle): one source of truth, so the web app cannot drift from the API.
 */
import type { Static } from 'typebox';
import type { AuditEntryView } from '../../../server/src/modules/audit/audit.schemas.ts';
import type { LoginResult as LoginResultSchema, SessionView, SignInStep as SignInStepSchema } from '../../../server/src/modules/auth/auth.schemas.ts';
import type { OrganizationView, RegionView, SeatView } from '../../../server/src/modules/directory/directory.schemas.ts';
import type { GrantView, UserView } from '../../../server/src/modules/users/users.schemas.ts';

export interface Page<T> {
  items: T[];
  total: number;
}

export type Grant = GrantView;
export type SignInStep = Static<typeof SignInStepSchema>;
export type Session = SessionView;
export type LoginResult = Static<typeof LoginResultSchema>;
export type Region = RegionView;
export type Seat = Static<typeof SeatView>;
export type Organization = OrganizationView;
export type User = UserView;
export type AuditEntry = AuditEntryView;
export type AuditResult = AuditEntry['result'];

export interface Ok {
  ok: true;
}
