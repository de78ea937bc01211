/** Shapes of the server's JSON answers (server/src/modules/<name>/<name>.schemas.ts), as the web app reads them. */
import type { Grade, OrganizationKind, Ownership, RegionLevel, Stage } from '../../../common/directory.ts';
import type { Locale } from '../../../common/locales.ts';
import type { Role } from '../../../common/roles.ts';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Grant {
  id: string;
  role: Role;
  organizationId: string | null;
  organizationNameZh: string | null;
  organizationNameEn: string | null;
}

export type SignInStep = 'done' | 'totp' | 'totp_enroll';

export interface Session {
  authenticated: boolean;
  pending: 'totp' | 'totp_enroll' | null;
  csrfToken: string;
  user: { id: string; displayName: string; locale: Locale; hasTotp: boolean; grants: Grant[] } | null;
}

export interface LoginResult {
  next: SignInStep;
  csrfToken: string;
}

export interface Region {
  id: string;
  divisionCode: string | null;
  parentId: string | null;
  level: RegionLevel;
  nameZh: string;
  nameEn: string;
  latitude: number | null;
  longitude: number | null;
  /** Schools in this region and every region below it. */
  schoolCount: number;
}

export interface Seat {
  grade: Grade;
  seats: number;
}

export interface Organization {
  id: string;
  kind: OrganizationKind;
  code: string | null;
  nameZh: string;
  nameEn: string;
  regionId: string;
  regionNameZh: string;
  regionNameEn: string;
  ownership: Ownership | null;
  stages: Stage[];
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  pupilCount: number | null;
  teacherCount: number | null;
  website: string | null;
  seats: Seat[];
  canEdit: boolean;
  updatedAt: string;
  version: number;
}

export interface User {
  id: string;
  displayName: string;
  username: string | null;
  mobileMasked: string | null;
  locale: Locale;
  isDisabled: boolean;
  hasTotp: boolean;
  createdAt: string;
  version: number;
  grants: Grant[];
}

export type AuditResult = 'success' | 'denied' | 'failure';

export interface AuditEntry {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  result: AuditResult;
  requestId: string | null;
  ip: string | null;
  detail: Record<string, unknown> | null;
}

export interface Ok {
  ok: true;
}
