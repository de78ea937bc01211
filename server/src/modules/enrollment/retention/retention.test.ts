import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHousekeeping } from '../../../platform/housekeeping.ts';
import { DIALECTS } from '../../../test/databases.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createOpenPolicy,
  testDocumentStore,
  type ApplicationFixture,
  type EnrollmentPlace,
  type PolicyFixture,
} from '../applications/applications.fixtures.test-support.ts';
import { purgeEnrollmentPersonalData } from './retention.service.ts';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

describe.each(DIALECTS)('enrollment retention (%s)', (dialect) => {
  let ctx: TestContext;
  let place: EnrollmentPlace;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    place = await createEnrollmentPlace(ctx);
  });
  afterAll(async () => ctx?.close());

  const deps = () => ({ db: ctx.db, files: testDocumentStore(ctx) });
  /** A policy with applications in several states, closed `closedDaysAgo` days ago (null: still published). */
  async function cycle(closedDaysAgo: number | null): Promise<{ policy: PolicyFixture; apps: ApplicationFixture[] }> {
    const policy = await createOpenPolicy(ctx, place);
    const apps = [];
    for (const status of ['enrolled', 'declined', 'appealed', 'submitted'] as const) apps.push(await createApplication(ctx, policy, status));
    if (closedDaysAgo !== null) {
      const close = await (await ctx.clientAs(place.bureauAdminId)).post(`/api/enrollment/policies/${policy.id}/close`, { version: policy.version });
      expect(close.statusCode, close.body).toBe(200);
      await ctx.db
        .updateTable('enrollment_policies')
        .set({ closed_at: daysAgo(closedDaysAgo) })
        .where('id', '=', policy.id)
        .execute();
    }
    return { policy, apps };
  }
  const filesOf = async (applicationIds: string[]) => {
    const docs = await ctx.db
      .selectFrom('enrollment_documents')
      .select(['storage_key', 'original_name'])
      .where('application_id', 'in', applicationIds)
      .execute();
    return docs.map((d) => ({ ...d, path: d.storage_key ? join(ctx.config.dataDir, 'files', ...d.storage_key.split('/')) : null }));
  };
  const applications = (ids: string[]) => ctx.db.selectFrom('enrollment_applications').selectAll().where('id', 'in', ids).orderBy('id').execute();
  const purgeAudits = (policyId: string) =>
    ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'enrollment_policy.personal_data_deleted').where('object_id', '=', policyId).execute();

  it('deletes the files from disk and clears the personal fields of a policy closed past the retention period', async () => {
    const { policy, apps } = await cycle(200);
    const ids = apps.map((a) => a.id);
    const before = await filesOf(ids);
    expect(before.length).toBeGreaterThanOrEqual(8);
    for (const file of before) expect(existsSync(file.path!), file.path!).toBe(true);

    const result = await purgeEnrollmentPersonalData(deps(), { retentionDays: 180, dryRun: false });
    expect(result.policies.find((p) => p.policyId === policy.id)).toMatchObject({ applications: 4, documents: before.length });

    for (const file of before) expect(existsSync(file.path!), file.path!).toBe(false);
    expect(await filesOf(ids)).toEqual(before.map(() => ({ storage_key: null, original_name: '', path: null })));
    for (const row of await applications(ids)) {
      expect(row).toMatchObject({ residence_address_enc: null, employer: null, guardian_name: null });
      expect(row.personal_data_deleted_at).not.toBeNull();
    }
    const events = await ctx.db
      .selectFrom('enrollment_application_events')
      .select(['application_id', 'actor_user_id'])
      .where('kind', '=', 'personal_data_deleted')
      .where('application_id', 'in', ids)
      .execute();
    expect(events.map((e) => e.application_id).sort()).toEqual([...ids].sort());
    expect(events.every((e) => e.actor_user_id === null)).toBe(true);
    expect((await ctx.db.selectFrom('enrollment_appeals').select('reason').where('application_id', '=', apps[2]!.id).executeTakeFirstOrThrow()).reason).toBe(
      '',
    );
    expect(
      (await ctx.db.selectFrom('enrollment_offers').select('decline_reason').where('application_id', '=', apps[1]!.id).executeTakeFirstOrThrow())
        .decline_reason,
    ).toBeNull();
    // What the statistics and the school still need stays: statuses, placements, the child's profile.
    expect((await applications(ids)).map((r) => r.status).sort()).toEqual(['appealed', 'declined', 'enrolled', 'submitted']);

    const [audit, ...more] = await purgeAudits(policy.id);
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actor_user_id: null, actor_name: 'enrollment-retention', object_type: 'enrollment_policy', result: 'success' });
    expect(JSON.parse(audit!.detail!)).toMatchObject({ applications: 4, documents: before.length, retentionDays: 180 });

    const again = await purgeEnrollmentPersonalData(deps(), { retentionDays: 180, dryRun: false });
    expect(again.policies.find((p) => p.policyId === policy.id)).toBeUndefined();
    expect(await purgeAudits(policy.id)).toHaveLength(1);
  });

  it('keeps open cycles and those still within the retention period; a dry run only counts', async () => {
    const recent = await cycle(10);
    const open = await cycle(null);
    const expired = await cycle(181);
    const kept = [...recent.apps, ...open.apps].map((a) => a.id);
    const expiredIds = expired.apps.map((a) => a.id);
    const before = await filesOf([...kept, ...expiredIds]);

    const dry = await purgeEnrollmentPersonalData(deps(), { retentionDays: 180, dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.policies.find((p) => p.policyId === expired.policy.id)).toMatchObject({ applications: 4, documents: (await filesOf(expiredIds)).length });
    expect(dry.policies.map((p) => p.policyId)).not.toContain(recent.policy.id);
    expect(await filesOf([...kept, ...expiredIds])).toEqual(before);
    for (const file of before) expect(existsSync(file.path!)).toBe(true);
    expect(await purgeAudits(expired.policy.id)).toEqual([]);

    await purgeEnrollmentPersonalData(deps(), { retentionDays: 180, dryRun: false });
    for (const row of await applications(kept))
      expect(row).toMatchObject({ personal_data_deleted_at: null, employer: '重庆某某物流有限公司', guardian_name: '张建国' });
    for (const file of await filesOf(kept)) expect(existsSync(file.path!)).toBe(true);
    for (const file of await filesOf(expiredIds)) expect(file.storage_key).toBeNull();

    // A shorter retention reaches the recent cycle too.
    const shorter = await purgeEnrollmentPersonalData(deps(), { retentionDays: 7, dryRun: false });
    expect(shorter.policies.map((p) => p.policyId)).toEqual([recent.policy.id]);
  });

  it('finishes a run that was interrupted after deleting some files', async () => {
    const { policy, apps } = await cycle(365);
    const [lost] = await filesOf([apps[0]!.id]);
    await testDocumentStore(ctx).delete(lost!.storage_key!);
    const result = await purgeEnrollmentPersonalData(deps(), { retentionDays: 180, dryRun: false });
    expect(result.policies.find((p) => p.policyId === policy.id)).toMatchObject({ applications: 4 });
    expect((await applications(apps.map((a) => a.id))).every((r) => r.personal_data_deleted_at !== null)).toBe(true);
  });

  it('runs in the hourly housekeeping', async () => {
    const { policy, apps } = await cycle(400);
    const files = await filesOf(apps.map((a) => a.id));
    const logged: unknown[] = [];
    const log = { info: (entry: unknown) => logged.push(entry), error: (entry: unknown) => logged.push(entry) } as unknown as Parameters<
      typeof startHousekeeping
    >[1];
    const housekeeping = startHousekeeping(ctx.db, log, { dataDir: ctx.config.dataDir, dataKey: ctx.config.dataKey, enrollmentRetentionDays: 180 }, 3_600_000);
    try {
      // Until the run has logged the policy: the log line comes after the commit the applications show.
      const logs = () => logged.some((entry) => (entry as { policyId?: string }).policyId === policy.id);
      for (let i = 0; i < 100 && !logs(); i++) await new Promise((r) => setTimeout(r, 100));
    } finally {
      housekeeping.stop();
    }
    expect((await applications(apps.map((a) => a.id))).every((r) => r.personal_data_deleted_at !== null)).toBe(true);
    for (const file of files) expect(existsSync(file.path!)).toBe(false);
    expect(logged).toContainEqual(expect.objectContaining({ policyId: policy.id, applications: 4 }));
  });
});

describe('npm run enrollment:purge', () => {
  const run = promisify(execFile);
  const dataDir = mkdtempSync(join(tmpdir(), 'shuangcheng-purge-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'server/src/cli/enrollment-purge.ts', ...args], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, ENROLLMENT_RETENTION_DAYS: '30' },
      timeout: 60_000,
    });

  it('counts on a dry run and says what it did, as log lines', async () => {
    const { stdout } = await cli(['--dry-run']);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.at(-1)).toMatchObject({ msg: 'dry run: nothing deleted', dryRun: true, retentionDays: 30, policies: 0, applications: 0, documents: 0 });
  }, 60_000);

  it('refuses unknown arguments', async () => {
    await expect(cli(['--all'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: npm run enrollment:purge') });
  }, 60_000);
});
