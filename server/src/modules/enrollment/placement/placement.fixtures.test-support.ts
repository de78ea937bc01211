import { randomBytes, randomUUID } from 'node:crypto';
import { nowIso } from '../../../platform/db/database.ts';
import { createSchool, createUser } from '../../../test/factories.ts';
import type { TestClient, TestContext } from '../../../test/test-app.ts';
import { newApplicationReference } from '../applications/application-reference.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createOpenPolicy,
  type ApplicationFixture,
  type ApplicationOptions,
  type PolicyFixture,
} from '../applications/applications.fixtures.test-support.ts';
import { insertMany } from '../../../platform/db/bulk-writes.ts';

// Test data for allocation and placement. Small scenarios go through the applications fixture (real
// transitions); the many approved applicants of a scale test are inserted directly, in batches.

export interface AllocationPolicy {
  policy: PolicyFixture;
  /** Designated schools, in the order of the seats given. */
  schoolIds: string[];
  /** The host bureau's admin, who publishes seeds and runs the allocation. */
  admin: TestClient;
}

/** A published grade-1 policy of a new host bureau whose designated schools have exactly these seats. */
export async function createAllocationPolicy(ctx: TestContext, seats: number[], changes: Record<string, unknown> = {}): Promise<AllocationPolicy> {
  const place = await createEnrollmentPlace(ctx);
  for (let i = place.schoolIds.length; i < seats.length; i++) place.schoolIds.push((await createSchool(ctx.db, place.regionId)).id);
  const schoolIds = place.schoolIds.slice(0, seats.length);
  const policy = await createOpenPolicy(
    ctx,
    { ...place, schoolIds },
    {
      changes: { schools: schoolIds.map((schoolId, i) => ({ schoolId, seats: seats[i] })), maxPreferences: Math.min(seats.length, 10), ...changes },
    },
  );
  return { policy, schoolIds, admin: await ctx.clientAs(place.bureauAdminId) };
}

/** An approved application with exactly these verified points and preferences (points route unless told). */
export async function createApprovedApplicant(
  ctx: TestContext,
  policy: PolicyFixture,
  points: number,
  preferences: string[],
  options: ApplicationOptions = {},
): Promise<ApplicationFixture> {
  const app = await createApplication(ctx, policy, 'approved', { ...options, preferences });
  if (policy.routes[app.routeCode]!.usesPoints)
    await ctx.db.updateTable('enrollment_applications').set({ points_verified: points }).where('id', '=', app.id).execute();
  return app;
}

export async function publishSeedVia(admin: TestClient, policyId: string, round = 1): Promise<string> {
  const response = await admin.post(`/api/enrollment/policies/${policyId}/lottery-seeds`, { round });
  if (response.statusCode !== 201) throw new Error(`publishing a seed failed: ${response.statusCode} ${response.body}`);
  return response.json().seed;
}

export async function runFinalVia(admin: TestClient, policyId: string, round = 1) {
  const response = await admin.post(`/api/enrollment/policies/${policyId}/allocation/final`, { round });
  if (response.statusCode !== 200) throw new Error(`the final run failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A small deterministic generator, so that a failing scale test reproduces. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` approved points-route applications inserted directly (one guardian, one child each), with random
 * points in half steps and up to `maxPreferences` distinct preferred schools.
 */
export async function insertApprovedApplicants(ctx: TestContext, policy: PolicyFixture, count: number, seed = 1, maxPreferences = 5): Promise<void> {
  const rng = mulberry32(seed);
  const guardian = await createUser(ctx.db, { role: 'guardian' });
  const now = nowIso();
  const children = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    name: `测试儿童${i}`,
    sex: 'male' as const,
    birth_date: '2020-03-01',
    id_number_enc: 'fixture',
    id_number_hash: randomBytes(16).toString('hex'),
    id_number_masked: '510***********0011',
    hukou_division_code: '510104',
    hukou_address_enc: null,
    created_by: guardian.id,
    created_at: now,
    updated_at: now,
  }));
  await insertMany(ctx.db, 'children', children);
  const applications = children.map((child) => ({
    id: randomUUID(),
    reference: newApplicationReference(policy.schoolYear),
    policy_id: policy.id,
    child_id: child.id,
    route_id: policy.routes.points!.id,
    guardian_user_id: guardian.id,
    status: 'approved' as const,
    active_key: `${policy.id}:${child.id}`,
    host_region_path: policy.hostRegionPath,
    origin_division_code: '510104',
    guardian_name: null,
    residence_address_enc: null,
    residence_region_id: null,
    employer: null,
    work_kind: null,
    declared_points: '{}',
    points_declared: 0,
    verified_points: '{}',
    points_verified: Math.floor(rng() * 120) / 2,
    assisted_by: null,
    submitted_at: now,
    decided_by: null,
    decided_at: now,
    decision_reason: null,
    supplement_deadline: null,
    placed_school_id: null,
    placement_kind: null,
    placement_round: null,
    arrival_recorded_by: null,
    arrival_recorded_at: null,
    personal_data_deleted_at: null,
    created_at: now,
    updated_at: now,
    version: 3,
  }));
  await insertMany(ctx.db, 'enrollment_applications', applications);
  const preferences = applications.flatMap((app) => {
    const pool = [...policy.schoolIds];
    const wanted = 1 + Math.floor(rng() * Math.min(maxPreferences, pool.length));
    return Array.from({ length: wanted }, (_, rank) => ({
      application_id: app.id,
      rank: rank + 1,
      school_id: pool.splice(Math.floor(rng() * pool.length), 1)[0]!,
    }));
  });
  await insertMany(ctx.db, 'enrollment_application_preferences', preferences);
}
