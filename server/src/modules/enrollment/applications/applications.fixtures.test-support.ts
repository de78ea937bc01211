/**
 * Test data for enrollment applications, shared by every part that needs an application (review,
 * allocation, notices, roster, statistics). Each call builds new, isolated data; nothing is shared.
 * The exports below are stable: other parts' tests import them.
 *
 * - createEnrollmentPlace(ctx, regionId?)   a host bureau with two designated primary schools, a platform admin,
 *                                            a bureau admin and a reviewer of that bureau → EnrollmentPlace.
 * - placeFromWorld(world)                   the same place taken from the authorization table's World
 *                                            (Jiangbei bureau, schools A and B, the table's people).
 * - createOpenPolicy(ctx, place, options?)  a PUBLISHED grade-1 policy of the place (routes 'points' and 'non_points',
 *                                            points items, ageMinYears 6 by 08-31, maxPreferences 2) whose window is
 *                                            open now, or closed / not yet open (options.window) → PolicyFixture.
 * - createFamily(ctx, options?)             a guardian (new unless given) with a new child who gave the consent;
 *                                            options.idPrefix sets the child's hukou division (default 510104, Chengdu) → FamilyFixture.
 * - createApplication(ctx, policy, status, options?)
 *                                            an application in ANY status, reached through the real transitions
 *                                            (changeApplicationStatus: timeline events and versions as in production),
 *                                            with declared points, ranked preferences and one stored PNG per mandatory
 *                                            material of the route → ApplicationFixture. Side rows per status:
 *                                            supplement_requested: an open supplement request for the first mandatory material;
 *                                            approved and later: documents accepted, verified points = declared, decided_by the reviewer;
 *                                            rejected/appealed: decided_by the reviewer, appealed: an open appeal;
 *                                            placed/accepted/declined/enrolled/no_show: placed at preference 1 (placement_kind 'manual',
 *                                            round 1) with an offer (open/accepted/declined); withdrawn: from submitted.
 * - createDraftApplication(ctx, policy, options?)      = createApplication(ctx, policy, 'draft', options)
 * - createSubmittedApplication(ctx, policy, options?)  = createApplication(ctx, policy, 'submitted', options)
 * - testDocumentStore(ctx)                  the encrypted file store the app uses in tests (read stored documents back).
 * - multipartUpload(fields, file)           a multipart/form-data body and its content-type header (fields first, then `file`),
 *                                            for client.request('POST', url, body, headers).
 */
import { randomUUID } from 'node:crypto';
import { CONSENT_TEXT_VERSION } from '../../../../../common/consent.ts';
import type { ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import { calculatePoints, type DeclaredPoints, type PointsItem } from '../../../../../common/enrollment-points.ts';
import type { Material } from '../../../../../common/enrollment.ts';
import { createDataProtector } from '../../../platform/crypto/data-protection.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { createDiskFileStore, type FileStore } from '../../../platform/files/file-store.ts';
import { makePng } from '../../../platform/files/files.fixtures.test-support.ts';
import type { World } from '../../../test/authorization.types.ts';
import { createBureau, createSchool, createUser } from '../../../test/factories.ts';
import type { TestContext } from '../../../test/test-app.ts';
import { childBody, makeIdNumber } from '../children/children.fixtures.test-support.ts';
import { policyBody } from '../policies/policies.fixtures.test-support.ts';
import { newApplicationReference } from './application-reference.ts';
import { changeApplicationStatus, recordApplicationEvent, type ApplicationRef } from './application-status.ts';

export interface EnrollmentPlace {
  /** The host bureau (its region is the host district). */
  bureauId: string;
  regionId: string;
  /** Designated primary schools of the district, in preference order. */
  schoolIds: string[];
  platformAdminId: string;
  bureauAdminId: string;
  reviewerId: string;
}

export interface PolicyFixture {
  id: string;
  place: EnrollmentPlace;
  schoolYear: number;
  hostRegionPath: string;
  windowOpensAt: string;
  windowClosesAt: string;
  /** Route code → route id and its mandatory and optional materials. */
  routes: Record<string, { id: string; mandatory: Material[]; optional: Material[]; usesPoints: boolean }>;
  pointsItems: PointsItem[];
  schoolIds: string[];
  version: number;
}

export interface FamilyFixture {
  guardianId: string;
  childId: string;
  childName: string;
  idNumber: string;
  birthDate: string;
  hukouDivisionCode: string;
}

export interface ApplicationFixture {
  id: string;
  reference: string;
  policyId: string;
  childId: string;
  guardianId: string;
  routeCode: string;
  status: ApplicationStatus;
  version: number;
  /** The live (not superseded) document of each uploaded material. */
  documentIds: Partial<Record<Material, string>>;
  supplementRequestId: string | null;
  appealId: string | null;
  offerId: string | null;
  placedSchoolId: string | null;
  family: FamilyFixture;
}

export interface ApplicationOptions {
  /** 'points' (default) or 'non_points'. */
  routeCode?: string;
  /** Reuse a family (otherwise a new guardian and child). */
  family?: FamilyFixture;
  /** Hukou division prefix of a new child (6 digits, default '510104'). */
  idPrefix?: string;
  /** School ids in rank order; default: the policy's designated schools up to 2. */
  preferences?: string[];
  /** Default on the points route: 24 months of residence and social insurance, rented home. */
  declared?: DeclaredPoints;
  /** Verified points once approved (default: the declared ones). */
  verified?: DeclaredPoints;
  /** Filed at a counter by this reviewer (assisted_by set, an 'assisted_filing' event). */
  assistedBy?: string;
  /** Skip the stored documents (e.g. to test the mandatory-document check). */
  withoutDocuments?: boolean;
  /** The school of a placement (default: the first preference). */
  placedSchoolId?: string;
}

/** The residence address every fixture application declares (stored encrypted). */
export const TEST_RESIDENCE_ADDRESS = '重庆市江北区观音桥街道建新北路 10 号';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** The file store the app uses in tests (DATA_DIR and DATA_KEY of the test config). */
export function testDocumentStore(ctx: TestContext): FileStore {
  return createDiskFileStore({ dataDir: ctx.config.dataDir, dataKey: ctx.config.dataKey });
}

export async function createEnrollmentPlace(ctx: TestContext, regionId = '500105'): Promise<EnrollmentPlace> {
  const bureau = await createBureau(ctx.db, regionId);
  const schools = [await createSchool(ctx.db, regionId), await createSchool(ctx.db, regionId)];
  const [platformAdmin, bureauAdmin, reviewer] = [
    await createUser(ctx.db, { role: 'platform_admin' }),
    await createUser(ctx.db, { role: 'bureau_admin', organizationId: bureau.id }),
    await createUser(ctx.db, { role: 'bureau_reviewer', organizationId: bureau.id }),
  ];
  return {
    bureauId: bureau.id,
    regionId,
    schoolIds: schools.map((s) => s.id),
    platformAdminId: platformAdmin.id,
    bureauAdminId: bureauAdmin.id,
    reviewerId: reviewer.id,
  };
}

export function placeFromWorld(world: World): EnrollmentPlace {
  return {
    bureauId: world.jiangbeiBureau,
    regionId: '500105',
    schoolIds: [world.schoolA, world.schoolB],
    platformAdminId: world.people.platformAdmin.id,
    bureauAdminId: world.people.jiangbeiAdmin.id,
    reviewerId: world.people.jiangbeiReviewer.id,
  };
}

export interface PolicyOptions {
  /** 'open' (default): opened yesterday, closes in 30 days; 'closed': closed yesterday; 'not_yet_open': opens in 10 days. */
  window?: 'open' | 'closed' | 'not_yet_open';
  /** Changes to the policy body (e.g. { ageMinYears: 12 }, { maxPreferences: 1 }). */
  changes?: Record<string, unknown>;
}

export async function createOpenPolicy(ctx: TestContext, place: EnrollmentPlace, options: PolicyOptions = {}): Promise<PolicyFixture> {
  const admin = await ctx.clientAs(place.platformAdminId);
  const body = policyBody(place.bureauId, place.schoolIds, { windowOpensAt: inDays(-1), windowClosesAt: inDays(30), ...options.changes });
  const created = await admin.post('/api/enrollment/policies', body);
  if (created.statusCode !== 201) throw new Error(`creating a test policy failed: ${created.statusCode} ${created.body}`);
  const published = await admin.post(`/api/enrollment/policies/${created.json().id}/publish`, { version: created.json().version });
  if (published.statusCode !== 200) throw new Error(`publishing a test policy failed: ${published.statusCode} ${published.body}`);
  const id: string = published.json().id;
  // Moving the window after publishing is what time does to a policy; tests cannot wait for it.
  if (options.window === 'closed')
    await ctx.db
      .updateTable('enrollment_policies')
      .set({ window_opens_at: inDays(-30), window_closes_at: inDays(-1) })
      .where('id', '=', id)
      .execute();
  if (options.window === 'not_yet_open')
    await ctx.db
      .updateTable('enrollment_policies')
      .set({ window_opens_at: inDays(10), window_closes_at: inDays(40) })
      .where('id', '=', id)
      .execute();
  const row = await ctx.db.selectFrom('enrollment_policies').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const routeRows = await ctx.db.selectFrom('enrollment_policy_routes').selectAll().where('policy_id', '=', id).execute();
  const materials = await ctx.db.selectFrom('enrollment_policy_materials').selectAll().where('policy_id', '=', id).orderBy('sort_order').execute();
  const view = published.json() as { pointsItems: PointsItem[]; schools: { schoolId: string }[] };
  return {
    id,
    place,
    schoolYear: row.school_year,
    hostRegionPath: row.host_region_path,
    windowOpensAt: row.window_opens_at,
    windowClosesAt: row.window_closes_at,
    routes: Object.fromEntries(
      routeRows.map((r) => [
        r.code,
        {
          id: r.id,
          usesPoints: r.admission_basis === 'points',
          mandatory: materials.filter((m) => m.route_id === r.id && m.requirement === 'mandatory').map((m) => m.material),
          optional: materials.filter((m) => m.route_id === r.id && m.requirement === 'optional').map((m) => m.material),
        },
      ]),
    ),
    pointsItems: view.pointsItems,
    schoolIds: view.schools.map((s) => s.schoolId),
    version: row.version,
  };
}

export async function createFamily(ctx: TestContext, options: { guardianId?: string; idPrefix?: string; name?: string } = {}): Promise<FamilyFixture> {
  const guardianId = options.guardianId ?? (await createUser(ctx.db, { role: 'guardian' })).id;
  const client = await ctx.clientAs(guardianId);
  const number = makeIdNumber({ prefix: options.idPrefix ?? '510104' });
  const name = options.name ?? '张小明';
  const created = await client.post('/api/enrollment/children', childBody(number, { name }));
  if (created.statusCode !== 201) throw new Error(`creating a test child failed: ${created.statusCode} ${created.body}`);
  const childId: string = created.json().id;
  const consent = await client.post(`/api/enrollment/children/${childId}/consents`, { textVersion: CONSENT_TEXT_VERSION, locale: 'zh-CN' });
  if (consent.statusCode !== 200) throw new Error(`consenting failed: ${consent.statusCode} ${consent.body}`);
  return { guardianId, childId, childName: name, idNumber: number.idNumber, birthDate: number.birthDate, hukouDivisionCode: created.json().hukouDivisionCode };
}

const DEFAULT_DECLARED: DeclaredPoints = { residence_months: 24, social_insurance_months: 24, housing: 'rented' };

/** The path of transitions from draft to each status (the first step of each is from the previous status). */
const PATHS: Record<ApplicationStatus, ApplicationStatus[]> = {
  draft: [],
  submitted: ['submitted'],
  supplement_requested: ['submitted', 'supplement_requested'],
  approved: ['submitted', 'approved'],
  rejected: ['submitted', 'rejected'],
  appealed: ['submitted', 'rejected', 'appealed'],
  placed: ['submitted', 'approved', 'placed'],
  unplaced: ['submitted', 'approved', 'unplaced'],
  accepted: ['submitted', 'approved', 'placed', 'accepted'],
  declined: ['submitted', 'approved', 'placed', 'declined'],
  enrolled: ['submitted', 'approved', 'placed', 'accepted', 'enrolled'],
  no_show: ['submitted', 'approved', 'placed', 'accepted', 'no_show'],
  withdrawn: ['submitted', 'withdrawn'],
};

export async function createApplication(
  ctx: TestContext,
  policy: PolicyFixture,
  status: ApplicationStatus,
  options: ApplicationOptions = {},
): Promise<ApplicationFixture> {
  const family = options.family ?? (await createFamily(ctx, { idPrefix: options.idPrefix }));
  const routeCode = options.routeCode ?? 'points';
  const route = policy.routes[routeCode];
  if (!route) throw new Error(`the test policy has no route ${routeCode}`);
  const declared = route.usesPoints ? (options.declared ?? DEFAULT_DECLARED) : {};
  const points = route.usesPoints ? calculatePoints(policy.pointsItems, declared).total : 0;
  const preferences = options.preferences ?? policy.schoolIds.slice(0, 2);
  const { reviewerId } = policy.place;
  const db = ctx.db;
  const id = randomUUID();
  const now = nowIso();
  await db
    .insertInto('enrollment_applications')
    .values({
      id,
      reference: newApplicationReference(policy.schoolYear),
      policy_id: policy.id,
      child_id: family.childId,
      route_id: route.id,
      guardian_user_id: family.guardianId,
      status: 'draft',
      active_key: `${policy.id}:${family.childId}`,
      host_region_path: policy.hostRegionPath,
      origin_division_code: family.hukouDivisionCode,
      guardian_name: '张建国',
      residence_address_enc: createDataProtector(ctx.config.dataKey).encrypt(TEST_RESIDENCE_ADDRESS),
      residence_region_id: policy.place.regionId,
      employer: '重庆某某物流有限公司',
      work_kind: 'employed',
      declared_points: JSON.stringify(declared),
      points_declared: points,
      verified_points: null,
      points_verified: null,
      assisted_by: options.assistedBy ?? null,
      submitted_at: null,
      decided_by: null,
      decided_at: null,
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
    })
    .execute();
  if (preferences.length > 0)
    await db
      .insertInto('enrollment_application_preferences')
      .values(preferences.map((schoolId, i) => ({ application_id: id, rank: i + 1, school_id: schoolId })))
      .execute();
  await recordApplicationEvent(db, id, { actorUserId: options.assistedBy ?? family.guardianId, kind: 'created', to: 'draft' }, now);

  const documentIds: Partial<Record<Material, string>> = {};
  if (!options.withoutDocuments) {
    const store = testDocumentStore(ctx);
    for (const material of route.mandatory) {
      const png = await makePng(16, 16);
      const stored = await store.put(png, { mime: 'image/png' });
      const documentId = randomUUID();
      await db
        .insertInto('enrollment_documents')
        .values({
          id: documentId,
          application_id: id,
          material,
          appeal_id: null,
          supplement_request_id: null,
          storage_key: stored.storageKey,
          original_name: `${material}.png`,
          media_type: 'image/png',
          size_bytes: stored.size,
          sha256: stored.sha256,
          status: 'pending',
          rejection_reason: null,
          decided_by: null,
          decided_at: null,
          uploaded_by: options.assistedBy ?? family.guardianId,
          uploaded_at: now,
        })
        .execute();
      documentIds[material] = documentId;
    }
  }

  let ref: ApplicationRef = { id, status: 'draft', version: 1 };
  const result: ApplicationFixture = {
    id,
    reference: '',
    policyId: policy.id,
    childId: family.childId,
    guardianId: family.guardianId,
    routeCode,
    status: 'draft',
    version: 1,
    documentIds,
    supplementRequestId: null,
    appealId: null,
    offerId: null,
    placedSchoolId: null,
    family,
  };
  for (const to of PATHS[status]) {
    const at = nowIso();
    await db.transaction().execute(async (tx) => {
      switch (to) {
        case 'submitted': {
          const kind = options.assistedBy ? 'assisted_filing' : 'submitted';
          ref = {
            ...ref,
            status: to,
            version: await changeApplicationStatus(tx, ref, to, { actorUserId: options.assistedBy ?? family.guardianId, kind }, { submitted_at: at }),
          };
          return;
        }
        case 'supplement_requested': {
          const requestId = randomUUID();
          const deadline = inDays(7);
          await tx
            .insertInto('enrollment_supplement_requests')
            .values({
              id: requestId,
              application_id: id,
              materials: JSON.stringify(route.mandatory.slice(0, 1)),
              message: '请补充清晰的居住证照片',
              deadline,
              requested_by: reviewerId,
              requested_at: at,
              fulfilled_at: null,
            })
            .execute();
          result.supplementRequestId = requestId;
          ref = {
            ...ref,
            status: to,
            version: await changeApplicationStatus(
              tx,
              ref,
              to,
              { actorUserId: reviewerId, kind: 'supplement_requested', detail: { materials: route.mandatory.slice(0, 1), deadline } },
              { supplement_deadline: deadline },
            ),
          };
          return;
        }
        case 'approved': {
          const verified = route.usesPoints ? (options.verified ?? declared) : null;
          await tx
            .updateTable('enrollment_documents')
            .set({ status: 'accepted', decided_by: reviewerId, decided_at: at })
            .where('application_id', '=', id)
            .execute();
          ref = {
            ...ref,
            status: to,
            version: await changeApplicationStatus(
              tx,
              ref,
              to,
              { actorUserId: reviewerId, kind: 'approved' },
              {
                decided_by: reviewerId,
                decided_at: at,
                verified_points: verified ? JSON.stringify(verified) : null,
                points_verified: verified ? calculatePoints(policy.pointsItems, verified).total : null,
              },
            ),
          };
          return;
        }
        case 'rejected':
          ref = {
            ...ref,
            status: to,
            version: await changeApplicationStatus(
              tx,
              ref,
              to,
              { actorUserId: reviewerId, kind: 'rejected', detail: { reason: '居住证不在有效期内' } },
              {
                decided_by: reviewerId,
                decided_at: at,
                decision_reason: '居住证不在有效期内',
              },
            ),
          };
          return;
        case 'appealed': {
          const appealId = randomUUID();
          await tx
            .insertInto('enrollment_appeals')
            .values({
              id: appealId,
              application_id: id,
              reason: '居住证已续签，附新证件',
              status: 'open',
              filed_by: family.guardianId,
              filed_at: at,
              decided_by: null,
              decided_at: null,
              decision_reason: null,
            })
            .execute();
          result.appealId = appealId;
          ref = { ...ref, status: to, version: await changeApplicationStatus(tx, ref, to, { actorUserId: family.guardianId, kind: 'appealed' }) };
          return;
        }
        case 'placed': {
          const schoolId = options.placedSchoolId ?? preferences[0] ?? policy.schoolIds[0]!;
          const offerId = randomUUID();
          await tx
            .insertInto('enrollment_offers')
            .values({
              id: offerId,
              application_id: id,
              school_id: schoolId,
              round: 1,
              run_id: null,
              preference_rank: preferences.indexOf(schoolId) + 1 || null,
              status: 'open',
              deadline: inDays(7),
              decline_reason: null,
              responded_at: null,
              created_by: policy.place.bureauAdminId,
              created_at: at,
            })
            .execute();
          result.offerId = offerId;
          result.placedSchoolId = schoolId;
          ref = {
            ...ref,
            status: to,
            version: await changeApplicationStatus(
              tx,
              ref,
              to,
              { actorUserId: policy.place.bureauAdminId, kind: 'placed', detail: { schoolId } },
              {
                placed_school_id: schoolId,
                placement_kind: 'manual',
                placement_round: 1,
              },
            ),
          };
          return;
        }
        case 'unplaced':
          ref = { ...ref, status: to, version: await changeApplicationStatus(tx, ref, to, { actorUserId: policy.place.bureauAdminId, kind: 'unplaced' }) };
          return;
        case 'accepted':
        case 'declined':
          await tx
            .updateTable('enrollment_offers')
            .set({ status: to, responded_at: at, decline_reason: to === 'declined' ? '已在户籍地入学' : null })
            .where('id', '=', result.offerId!)
            .execute();
          ref = {
            ...ref,
            status: to,
            version: await changeApplicationStatus(tx, ref, to, {
              actorUserId: family.guardianId,
              kind: to === 'accepted' ? 'offer_accepted' : 'offer_declined',
            }),
          };
          return;
        case 'enrolled':
        case 'no_show':
          ref = {
            ...ref,
            status: to,
            version: await changeApplicationStatus(
              tx,
              ref,
              to,
              { actorUserId: policy.place.bureauAdminId, kind: to },
              {
                arrival_recorded_by: policy.place.bureauAdminId,
                arrival_recorded_at: at,
              },
            ),
          };
          return;
        case 'withdrawn':
          ref = {
            ...ref,
            status: to,
            version: await changeApplicationStatus(tx, ref, to, { actorUserId: family.guardianId, kind: 'withdrawn' }, { active_key: null }),
          };
          return;
        default:
          throw new Error(`no fixture step to ${to}`);
      }
    });
  }
  const row = await db.selectFrom('enrollment_applications').select(['reference', 'status', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
  return { ...result, reference: row.reference, status: row.status, version: row.version };
}

export const createDraftApplication = (ctx: TestContext, policy: PolicyFixture, options: ApplicationOptions = {}) =>
  createApplication(ctx, policy, 'draft', options);
export const createSubmittedApplication = (ctx: TestContext, policy: PolicyFixture, options: ApplicationOptions = {}) =>
  createApplication(ctx, policy, 'submitted', options);

let boundaryCounter = 0;

/** A multipart/form-data body: the text fields, then the file under the field name `file`. */
export function multipartUpload(fields: Record<string, string>, file: { filename: string; bytes: Buffer; contentType?: string }) {
  const boundary = `----shuangcheng${Date.now().toString(36)}${(boundaryCounter++).toString(36)}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
    ),
  );
  parts.push(file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
