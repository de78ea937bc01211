import type { Role } from '../../../common/roles.ts';
import type { TestClient, TestContext } from './test-app.ts';

/**
 * Every API route × every actor, on real data: one row per (route, target), and for each actor an
 * explicit outcome. Rows that change state build a fresh target for every call so they never interfere.
 */
export const ACTOR_KEYS = [
  'platformAdmin',
  'cqAdmin',
  'jiangbeiAdmin',
  'qingyangAdmin',
  'jiangbeiReviewer',
  'schoolAdminA',
  'teacherA',
  'guardian',
  'anonymous',
] as const;
export type ActorKey = (typeof ACTOR_KEYS)[number];
export type Person = Exclude<ActorKey, 'anonymous'>;

/** true: a 2xx; false: 403 auth.forbidden; 401: auth.required; or an exact status and error code. */
export type Outcome = boolean | 401 | { status: number; code: string };
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface World {
  cqBureau: string;
  jiangbeiBureau: string;
  yuzhongBureau: string;
  qingyangBureau: string;
  schoolA: string;
  schoolB: string;
  qingyangSchool: string;
  people: Record<Person, { id: string; role: Role; organizationId: string | null }>;
}

export interface Call {
  ctx: TestContext;
  world: World;
  actor: ActorKey;
  /** The caller's user id (null for anonymous). */
  userId: string | null;
  client: TestClient;
}

export interface RequestSpec {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface AuthzRow {
  /** The route as registered: 'PUT /api/directory/organizations/:id'. */
  route: `${Method} /api/${string}`;
  target: string;
  /** The call is made by a new user with the actor's grant: the route changes the caller's own account. */
  freshActor?: boolean;
  request: (call: Call) => Promise<RequestSpec> | RequestSpec;
  expect: Record<ActorKey, Outcome>;
  /**
   * For the actors that get a 2xx: checks what came back (a list holds only what the actor may see, fields are
   * masked) and returns the problems found. Every JSON answer is also checked for full ID numbers.
   */
  returns?: (call: Call, body: unknown) => Promise<string[]> | string[];
  /** The route exists to show a full ID number (an audited reveal): exempt from the full-ID-number check. */
  revealsIdNumber?: boolean;
}
