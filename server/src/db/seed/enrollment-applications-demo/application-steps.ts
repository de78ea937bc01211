import { CONSENT_TEXT_VERSION } from '../../../../../common/consent.ts';
import type { Material } from '../../../../../common/enrollment.ts';
import type { DeclaredPoints } from '../../../../../common/enrollment-points.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { AuditContext } from '../../../platform/audit/audit.ts';
import { loadGrants } from '../../../platform/auth/sessions.ts';
import type { Db } from '../../../platform/db/database.ts';
import { addEvidence, decideAppeal, fileAppeal } from '../../../modules/enrollment/appeals/appeals.service.ts';
import { uploadDocument, DOCUMENT_MAX_BYTES } from '../../../modules/enrollment/applications/application-documents.service.ts';
import { submitApplication } from '../../../modules/enrollment/applications/application-submit.service.ts';
import { createApplication, withdrawApplication, type ApplicationDeps } from '../../../modules/enrollment/applications/applications.service.ts';
import { fileAssistedApplication } from '../../../modules/enrollment/applications/assisted-filing.service.ts';
import { createChild, giveConsent } from '../../../modules/enrollment/children/children.service.ts';
import { decideApplication, decideDocument, requestSupplement, verifyPoints } from '../../../modules/enrollment/review/review-decisions.service.ts';
import { findOrCreateGuardian } from '../../../modules/users/account.service.ts';
import type { DemoDocumentKind, DemoFile } from './documents.ts';
import type { DemoFamily } from './families.ts';
import type { StoryClock } from './story-clock.ts';

/** The demo accounts who act in the story, and the colleague reviewer the seed adds. */
export interface DemoCast {
  bureauAdmin: Actor;
  reviewer: Actor;
  colleague: Actor;
  schoolAdmin: Actor;
}

export interface DemoWorld {
  deps: ApplicationDeps;
  policyId: string;
  story: StoryClock;
  documents: (kind: DemoDocumentKind) => Promise<DemoFile>;
  cast: DemoCast;
  /** Mandatory materials of each route of the demo policy. */
  mandatory: Record<string, Material[]>;
}

export interface DemoApplication {
  id: string;
  guardian: Actor;
  family: DemoFamily;
  /** The ids whose rows the story moves: the application, the child, the guardian. */
  keys: string[];
}

/** Audit entries name the person who acted; the request id tells they came from the seed. */
export const auditOf = (actor: Actor): AuditContext => ({ actorUserId: actor.userId, actorName: actor.displayName, requestId: 'demo-seed', ip: null });

export async function actorOf(db: Db, userId: string): Promise<Actor> {
  const user = await db.selectFrom('users').select(['id', 'display_name', 'locale']).where('id', '=', userId).executeTakeFirstOrThrow();
  return { userId: user.id, displayName: user.display_name, locale: user.locale, sessionId: 'demo-seed', grants: await loadGrants(db, user.id) };
}

export const versionOf = async (db: Db, id: string): Promise<number> =>
  (await db.selectFrom('enrollment_applications').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;

/** What a family uploads: the route's mandatory materials, a business licence if self-employed, a housing proof for an own home. */
export function materialsOf(world: DemoWorld, family: DemoFamily): Material[] {
  const materials = [...(world.mandatory[family.demoCase.route] ?? [])];
  if (family.workKind === 'self_employed' && family.demoCase.route === 'points') materials.push('business_licence');
  if (family.declared.housing === 'owned') materials.push('housing_proof');
  return materials;
}

function applicationFields(family: DemoFamily) {
  return {
    routeCode: family.demoCase.route,
    guardianName: family.guardianName,
    residenceAddress: family.residenceAddress,
    residenceRegionId: '500105',
    employer: family.employer,
    workKind: family.workKind,
    declaredPoints: family.declared,
    preferences: family.preferences,
  };
}

export async function upload(world: DemoWorld, app: DemoApplication, uploader: Actor, materials: Material[], at: Date): Promise<void> {
  // Together, as a phone sends them: the checks and file writes of one overlap the database work of another.
  await world.story.step(at, app.keys, () =>
    Promise.all(
      materials.map(async (material) => {
        const file = await world.documents(material);
        await uploadDocument(world.deps, uploader, auditOf(uploader), app.id, { material, filename: file.filename, bytes: file.bytes });
      }),
    ),
  );
}

/** The guardian signs in by SMS (the account is made on first sign-in), adds the child with consent, starts the application. */
export async function fileDraft(world: DemoWorld, family: DemoFamily, materials: Material[]): Promise<DemoApplication> {
  const { deps, story } = world;
  const created = story.instant(family.demoCase.created);
  const { guardian, childId } = await story.step(
    created,
    (r) => [r.guardian.userId, r.childId],
    async () => {
      const { account } = await findOrCreateGuardian(deps.db, family.mobile, 'zh-CN');
      const guardian = await actorOf(deps.db, account.id);
      const { child } = await createChild(deps, guardian, auditOf(guardian), { ...family.child, relation: family.relation });
      await giveConsent(deps, guardian, auditOf(guardian), child.id, { textVersion: CONSENT_TEXT_VERSION, locale: 'zh-CN' });
      return { guardian, childId: child.id };
    },
  );
  const id = await story.step(
    story.instant(family.demoCase.created, 3),
    (r) => [r],
    async () => {
      const { view } = await createApplication(deps, guardian, auditOf(guardian), { policyId: world.policyId, childId, ...applicationFields(family) }, null);
      return view.id;
    },
  );
  const app = { id, guardian, family, keys: [id, childId, guardian.userId] };
  if (materials.length > 0) await upload(world, app, guardian, materials, story.instant(family.demoCase.created, 12));
  return app;
}

/** 窗口代办: the reviewer files for the family at the counter and scans their documents. */
export async function fileAtCounter(world: DemoWorld, family: DemoFamily): Promise<DemoApplication> {
  const { deps, story, cast } = world;
  const { reviewer } = cast;
  const at = story.instant(family.demoCase.created);
  // The filing makes the guardian's account and the child's profile too: their rows move with it.
  const keys = await story.step(
    at,
    (r) => r,
    async () => {
      const { view } = await fileAssistedApplication(
        deps,
        reviewer,
        auditOf(reviewer),
        {
          guardianMobile: family.mobile,
          child: { ...family.child, relation: family.relation },
          consentTextVersion: CONSENT_TEXT_VERSION,
          application: { policyId: world.policyId, ...applicationFields(family) },
        },
        null,
      );
      const row = await deps.db
        .selectFrom('enrollment_applications')
        .select(['child_id', 'guardian_user_id'])
        .where('id', '=', view.id)
        .executeTakeFirstOrThrow();
      return [view.id, row.child_id, row.guardian_user_id];
    },
  );
  const [id, , guardianId] = keys as [string, string, string];
  const app = { id, guardian: await actorOf(deps.db, guardianId), family, keys };
  await upload(world, app, reviewer, materialsOf(world, family), story.instant(family.demoCase.created, 9));
  return app;
}

export async function submit(world: DemoWorld, app: DemoApplication, at: Date): Promise<void> {
  await world.story.step(at, app.keys, async () => {
    await submitApplication(world.deps, app.guardian, auditOf(app.guardian), app.id, { version: await versionOf(world.deps.db, app.id) }, null);
  });
}

/** The reviewer looks at each pending document: accepted, or rejected with the reason given for its material. */
export async function reviewDocuments(
  world: DemoWorld,
  app: DemoApplication,
  reviewer: Actor,
  at: Date,
  rejections: Partial<Record<Material, string>> = {},
): Promise<void> {
  const { db } = world.deps;
  await world.story.step(at, app.keys, async () => {
    const pending = await db
      .selectFrom('enrollment_documents')
      .select(['id', 'material'])
      .where('application_id', '=', app.id)
      .where('status', '=', 'pending')
      .where('appeal_id', 'is', null)
      .orderBy('uploaded_at')
      .execute();
    for (const document of pending) {
      const reason = rejections[document.material];
      await decideDocument(db, reviewer, auditOf(reviewer), app.id, document.id, {
        version: await versionOf(db, app.id),
        decision: reason ? 'reject' : 'accept',
        ...(reason ? { reason } : {}),
      });
    }
  });
}

/** Points as the reviewer verified them: what was declared, with fewer insurance months for some families. */
export function verifiedPointsOf(family: DemoFamily, index: number): DeclaredPoints {
  const months = family.declared.social_insurance_months;
  if (typeof months === 'number' && months > 24 && index % 3 === 0) return { ...family.declared, social_insurance_months: months - 6 };
  return family.declared;
}

export async function verify(world: DemoWorld, app: DemoApplication, reviewer: Actor, at: Date, verified: DeclaredPoints): Promise<void> {
  if (app.family.demoCase.route !== 'points') return;
  const { db } = world.deps;
  await world.story.step(at, app.keys, async () => {
    // The demo's only change (fewer insurance months) comes with the reason a reviewer would give.
    const isLowered = verified.social_insurance_months !== app.family.declared.social_insurance_months;
    const reasons: Record<string, string> = isLowered ? { social_insurance_months: '社保缴费明细中有 6 个月为补缴，按政策不计入' } : {};
    await verifyPoints(db, reviewer, auditOf(reviewer), app.id, { version: await versionOf(db, app.id), verified, reasons });
  });
}

export async function decide(
  world: DemoWorld,
  app: DemoApplication,
  reviewer: Actor,
  at: Date,
  decision: 'approve' | 'reject',
  reason?: string,
): Promise<void> {
  const { db } = world.deps;
  await world.story.step(at, app.keys, async () => {
    await decideApplication(db, reviewer, auditOf(reviewer), app.id, { version: await versionOf(db, app.id), decision, ...(reason ? { reason } : {}) });
  });
}

/** Documents checked, points verified, approved: the usual review, ending at `at`. */
export async function approve(world: DemoWorld, app: DemoApplication, reviewer: Actor, at: Date, index: number): Promise<void> {
  await reviewDocuments(world, app, reviewer, new Date(at.getTime() - 25 * 60_000));
  await verify(world, app, reviewer, new Date(at.getTime() - 8 * 60_000), verifiedPointsOf(app.family, index));
  await decide(world, app, reviewer, at, 'approve');
}

/** Some documents rejected and asked for again by a deadline `deadlineDays` from now (real time: the service checks it is ahead). */
export async function askForSupplement(
  world: DemoWorld,
  app: DemoApplication,
  at: Date,
  rejections: Partial<Record<Material, string>>,
  message: string,
  deadlineDays: number,
): Promise<void> {
  const { db } = world.deps;
  const { reviewer } = world.cast;
  await reviewDocuments(world, app, reviewer, new Date(at.getTime() - 15 * 60_000), rejections);
  const deadline = new Date(world.story.now.getTime() + deadlineDays * 86_400_000);
  deadline.setUTCHours(15, 59, 0, 0); // 23:59 in China
  await world.story.step(at, app.keys, async () => {
    await requestSupplement(db, reviewer, auditOf(reviewer), app.id, {
      version: await versionOf(db, app.id),
      materials: Object.keys(rejections) as Material[],
      message,
      deadline: deadline.toISOString(),
    });
  });
}

/** The family uploads what was asked for and sends the application back to the inbox. */
export async function resupply(world: DemoWorld, app: DemoApplication, at: Date, materials: Material[]): Promise<void> {
  await upload(world, app, app.guardian, materials, at);
  await submit(world, app, new Date(at.getTime() + 4 * 60_000));
}

export async function appeal(world: DemoWorld, app: DemoApplication, at: Date, reason: string, evidence: DemoDocumentKind): Promise<void> {
  const { deps, story } = world;
  const audit = auditOf(app.guardian);
  await story.step(at, app.keys, async () => {
    await fileAppeal(deps.db, app.guardian, audit, app.id, { reason });
    const file = await world.documents(evidence);
    await addEvidence({ db: deps.db, files: deps.files, maxUploadBytes: DOCUMENT_MAX_BYTES }, app.guardian, audit, app.id, async () => file);
  });
}

export async function decideOpenAppeal(
  world: DemoWorld,
  app: DemoApplication,
  reviewer: Actor,
  at: Date,
  decision: 'uphold' | 'dismiss',
  reason: string,
): Promise<void> {
  const { db } = world.deps;
  await world.story.step(at, app.keys, async () => {
    const open = await db
      .selectFrom('enrollment_appeals')
      .select(['id', 'version'])
      .where('application_id', '=', app.id)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    await decideAppeal(db, reviewer, auditOf(reviewer), open.id, { version: open.version, decision, reason });
  });
}

export async function withdraw(world: DemoWorld, app: DemoApplication, at: Date): Promise<void> {
  await world.story.step(at, app.keys, async () => {
    await withdrawApplication(world.deps, app.guardian, auditOf(app.guardian), app.id, { version: await versionOf(world.deps.db, app.id) });
  });
}
