import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../../../../common/enrollment-application.ts';
import { meetsAgeRule } from '../../../../common/enrollment.ts';
import { parseIdNumber } from '../../../../common/id-number.ts';
import { createDataProtector } from '../../platform/crypto/data-protection.ts';
import { createDiskFileStore } from '../../platform/files/file-store.ts';
import { DIALECTS } from '../../test/databases.ts';
import { createTestContext, type TestContext } from '../../test/test-app.ts';
import { seedDemoUsers } from './demo.seed.ts';
import { seedDemoEnrollmentApplications } from './enrollment-applications-demo.seed.ts';
import { seedDemoEnrollmentPolicy } from './enrollment-demo.seed.ts';
import { seedOrganizations } from './reference.seed.ts';

const XINCUN = 'school-xincun-shiyan';

describe.each(DIALECTS)('demo enrollment applications seed (%s)', (dialect) => {
  let ctx: TestContext;
  let dataDir: string;
  let seeded: number;
  let policyId: string;

  const seed = () =>
    seedDemoEnrollmentApplications({
      db: ctx.db,
      protector: createDataProtector(ctx.config.dataKey),
      files: createDiskFileStore({ dataDir: ctx.config.dataDir, dataKey: ctx.config.dataKey }),
    });
  const userId = async (where: { username: string } | { mobile: string }) =>
    (
      await ctx.db
        .selectFrom('users')
        .select('id')
        .where((eb) => ('username' in where ? eb('username', '=', where.username) : eb('mobile', '=', where.mobile)))
        .executeTakeFirstOrThrow()
    ).id;
  const clientOf = async (where: { username: string } | { mobile: string }) => ctx.clientAs(await userId(where));
  const countRows = async () => {
    const [apps, users, documents, events] = await Promise.all(
      (['enrollment_applications', 'users', 'enrollment_documents', 'enrollment_application_events'] as const).map(async (table) =>
        Number(
          (
            await ctx.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ),
    );
    return { apps, users, documents, events };
  };

  beforeAll(async () => {
    // Its own data directory: the seed stores a few hundred documents.
    dataDir = mkdtempSync(join(tmpdir(), 'shuangcheng-demo-seed-'));
    ctx = await createTestContext(dialect, { DATA_DIR: dataDir });
    await seedOrganizations(ctx.db);
    await seedDemoUsers(ctx.db, createDataProtector(ctx.config.dataKey));
    await seedDemoEnrollmentPolicy(ctx.db);
    policyId = (await ctx.db.selectFrom('enrollment_policies').select('id').executeTakeFirstOrThrow()).id;
    seeded = await seed();
  }, 240_000);
  afterAll(async () => {
    await ctx?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has applications in every status, each reached step by step in a story of the last days', async () => {
    const apps = await ctx.db.selectFrom('enrollment_applications').selectAll().where('policy_id', '=', policyId).execute();
    expect(apps).toHaveLength(seeded);
    expect(seeded).toBeGreaterThanOrEqual(40);
    for (const status of APPLICATION_STATUSES) expect(apps.filter((a) => a.status === status).length, status).toBeGreaterThanOrEqual(1);
    expect(apps.filter((a) => a.status === 'submitted').length).toBeGreaterThanOrEqual(5);

    const policy = await ctx.db.selectFrom('enrollment_policies').selectAll().where('id', '=', policyId).executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    expect(policy.published_at! < policy.window_opens_at).toBe(true);
    // In time order; an assisted filing's 'created' and 'assisted_filing' may share a millisecond.
    const events = (await ctx.db.selectFrom('enrollment_application_events').selectAll().orderBy('at').execute()).sort((a, b) =>
      a.at < b.at ? -1 : a.at > b.at ? 1 : Number(b.kind === 'created') - Number(a.kind === 'created'),
    );
    for (const app of apps) {
      expect(app.created_at < now && app.updated_at < now).toBe(true);
      if (app.submitted_at) expect(app.submitted_at >= policy.window_opens_at && app.submitted_at >= app.created_at).toBe(true);
      // The timeline: created first, each status change from the status the one before it left, ending where the application is.
      const changes = events.filter((e) => e.application_id === app.id && e.to_status !== null);
      expect(changes[0]).toMatchObject({ kind: 'created', to_status: 'draft' });
      changes.slice(1).forEach((change, i) => expect(change.from_status, `${app.reference} ${change.kind}`).toBe(changes[i]!.to_status));
      expect(changes.at(-1)!.to_status).toBe(app.status);
      expect(changes.at(-1)!.at < now).toBe(true);
    }
    // Waiting times from a few hours to nine days.
    const waitingDays = apps.filter((a) => a.status === 'submitted').map((a) => Math.floor((Date.now() - Date.parse(a.submitted_at!)) / 86_400_000));
    expect(Math.min(...waitingDays)).toBe(0);
    expect(Math.max(...waitingDays)).toBeGreaterThanOrEqual(8);
    expect(new Set(waitingDays).size).toBeGreaterThanOrEqual(5);
  });

  it('gives every child a valid Sichuan ID number that meets the age rule, and each family its place in the story', async () => {
    const protector = createDataProtector(ctx.config.dataKey);
    const children = await ctx.db.selectFrom('children').select(['id_number_enc', 'birth_date', 'sex', 'hukou_division_code', 'created_at']).execute();
    expect(children.length).toBeGreaterThanOrEqual(40);
    const families = await ctx.db.selectFrom('users').select(['created_at']).where('mobile', 'like', '1380000%').where('mobile', '!=', '13800000001').execute();
    expect(families.length).toBeGreaterThanOrEqual(40);
    // Everyone joined during the story (the latest family a few hours ago), none at the moment the seed ran.
    const storyEnd = Date.now() - 2 * 3_600_000;
    for (const row of [...children, ...families]) expect(Date.parse(row.created_at)).toBeLessThan(storyEnd);
    for (const child of children) {
      const parsed = parseIdNumber(protector.decrypt(child.id_number_enc));
      expect(parsed).toMatchObject({ ok: true, birthDate: child.birth_date, sex: child.sex });
      expect(child.hukou_division_code).toMatch(/^51\d{4}$/);
      expect(meetsAgeRule(child.birth_date, { schoolYear: 2027, ageMinYears: 6, ageCutoffMonthDay: '08-31' })).toBe(true);
    }
    expect(new Set(children.map((c) => c.hukou_division_code.slice(0, 4))).size).toBeGreaterThanOrEqual(6);
  });

  it('leaves the demo guardian a supplement to answer and a draft to finish', async () => {
    const guardian = await clientOf({ mobile: '13800000001' });
    const list = await guardian.get('/api/enrollment/applications');
    expect(list.statusCode, list.body).toBe(200);
    const items: { id: string; status: string; childName: string }[] = list.json().items;
    expect(items.map((i) => i.status).sort()).toEqual(['draft', 'supplement_requested']);

    const waiting = (await guardian.get(`/api/enrollment/applications/${items.find((i) => i.status === 'supplement_requested')!.id}`)).json();
    expect(waiting.supplementRequest).toMatchObject({ materials: ['residence_permit'] });
    expect(Date.parse(waiting.supplementRequest.deadline)).toBeGreaterThan(Date.now());
    expect(waiting.allowedActions).toContain('upload_documents');
    expect(waiting.documents.find((d: { material: string; status: string }) => d.material === 'residence_permit').status).toBe('rejected');

    const draft = (await guardian.get(`/api/enrollment/applications/${items.find((i) => i.status === 'draft')!.id}`)).json();
    expect(
      draft.route.materials
        .filter((m: { requirement: string; uploaded: boolean }) => m.requirement === 'mandatory' && !m.uploaded)
        .map((m: { material: string }) => m.material),
    ).toEqual(['birth_certificate']);
    const notifications = await guardian.get('/api/notifications');
    expect(notifications.statusCode, notifications.body).toBe(200);
    expect(JSON.stringify(notifications.json())).toContain('supplement_requested');
  });

  it('gives the reviewer an inbox with documents to open and appeals to decide', async () => {
    const reviewer = await clientOf({ username: 'jiangbei.reviewer' });
    const inbox = await reviewer.get(`/api/enrollment/review/applications?policyId=${policyId}&status=submitted`);
    expect(inbox.statusCode, inbox.body).toBe(200);
    const { items, counts } = inbox.json();
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(counts.appealed).toBeGreaterThanOrEqual(1);
    expect(items.every((i: { childNameMasked: string }) => i.childNameMasked.includes('*'))).toBe(true);

    const oldest = items.reduce((a: { waitingDays: number }, b: { waitingDays: number }) => (a.waitingDays >= b.waitingDays ? a : b));
    const view = await reviewer.get(`/api/enrollment/review/applications/${oldest.id}`);
    expect(view.statusCode, view.body).toBe(200);
    const documents: { id: string; mediaType: string }[] = view.json().documents;
    expect(documents.length).toBeGreaterThanOrEqual(5);
    for (const mediaType of ['image/png', 'application/pdf']) {
      const document = documents.find((d) => d.mediaType === mediaType)!;
      const content = await reviewer.get(`/api/enrollment/applications/${oldest.id}/documents/${document.id}/content`);
      expect(content.statusCode, content.body).toBe(200);
      expect(content.rawPayload.subarray(0, 4).toString('latin1')).toBe(mediaType === 'image/png' ? '\x89PNG' : '%PDF');
    }

    const appeals = await reviewer.get(`/api/enrollment/review/appeals?policyId=${policyId}`);
    expect(appeals.statusCode, appeals.body).toBe(200);
    const open = appeals.json().items.filter((a: { status: string }) => a.status === 'open');
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.every((a: { canDecide: boolean }) => a.canDecide)).toBe(true);
  });

  it('shows 新村实验小学 its admitted pupils and the bureau its round 1 and 统筹安排 list', async () => {
    const school = await clientOf({ username: 'xincun.admin' });
    const pupils = await school.get(`/api/enrollment/schools/${XINCUN}/pupils`);
    expect(pupils.statusCode, pupils.body).toBe(200);
    expect(pupils.json().counts.accepted).toBeGreaterThanOrEqual(3);
    expect(pupils.json().counts.enrolled).toBeGreaterThanOrEqual(3);
    expect(pupils.json().counts.no_show).toBeGreaterThanOrEqual(1);

    const admin = await clientOf({ username: 'jiangbei.admin' });
    const unplaced = await admin.get(`/api/enrollment/policies/${policyId}/unplaced`);
    expect(unplaced.statusCode, unplaced.body).toBe(200);
    expect(unplaced.json().total).toBeGreaterThanOrEqual(2);
    const anonymous = await ctx.anonymous();
    const allocation = await anonymous.get(`/api/public/enrollment/policies/${policyId}/allocation`);
    expect(allocation.statusCode, allocation.body).toBe(200);
    expect(allocation.json().finalRuns).toHaveLength(1);
    const lists = await anonymous.get(`/api/public/enrollment/policies/${policyId}/public-lists`);
    expect(lists.statusCode, lists.body).toBe(200);
    expect(lists.json().lists[0].entryCount).toBeGreaterThanOrEqual(10);
  });

  it('adds nothing when run again', async () => {
    const before = await countRows();
    expect(await seed()).toBe(0);
    expect(await countRows()).toEqual(before);
  });
});
