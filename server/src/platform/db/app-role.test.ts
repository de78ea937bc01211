import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPostgresUrl } from '../../test/databases.ts';
import { recordAudit, systemAuditContext } from '../audit/audit.ts';
import { grantAppRole } from './app-role.ts';
import { createPostgresDb, type Db } from './database.ts';
import { migrateToLatest } from './migrator.ts';

// Least privilege on PostgreSQL: the app's role reads and writes rows, and nothing else — above all it
// cannot change or empty the audit log, nor the triggers that keep it append-only.

describe('the app role on PostgreSQL', () => {
  const schema = `t_role_${randomBytes(4).toString('hex')}`;
  const role = `app_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  let owner: Db;
  let app: Db;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: testPostgresUrl() });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.query(`create role ${role} login password '${password}'`);
    await admin.end();
    owner = createPostgresDb({ connectionString: testPostgresUrl(), max: 2, options: `-c search_path=${schema}` });
    await migrateToLatest(owner);
    await grantAppRole(owner, role);
    const url = new URL(testPostgresUrl());
    url.username = role;
    url.password = password;
    app = createPostgresDb({ connectionString: url.toString(), max: 2, options: `-c search_path=${schema}` });
  });
  afterAll(async () => {
    await app?.destroy();
    await sql.raw(`drop schema ${schema} cascade`).execute(owner);
    await sql.raw(`drop role ${role}`).execute(owner);
    await owner?.destroy();
  });

  /** The error PostgreSQL answers a statement with, or null when it ran. */
  const refusal = async (db: Db, statement: string): Promise<string | null> => {
    try {
      await sql.raw(statement).execute(db);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('starts as the app does: nothing to migrate, and it writes and reads rows', async () => {
    expect(await migrateToLatest(app)).toEqual([]);
    await recordAudit(app, systemAuditContext('role test'), { action: 'test.write', objectType: 'test', objectId: null, result: 'success' });
    const row = await app.selectFrom('audit_log').select('actor_name').where('action', '=', 'test.write').executeTakeFirstOrThrow();
    expect(row.actor_name).toBe('role test');
    await app
      .insertInto('regions')
      .values({
        id: '500000',
        division_code: '500000',
        parent_id: null,
        level: 'province',
        name_zh: '重庆市',
        name_en: 'Chongqing',
        path: '/500000/',
        latitude: null,
        longitude: null,
      })
      .execute();
    expect(await refusal(app, `update regions set name_en = 'Chongqing Municipality' where id = '500000'`)).toBeNull();
    expect(await refusal(app, `delete from regions where id = '500000'`)).toBeNull();
  });

  it('cannot update, delete, truncate or alter the audit log, nor drop its triggers', async () => {
    expect(await refusal(app, `update audit_log set actor_name = 'someone else'`)).toMatch(/permission denied/);
    expect(await refusal(app, 'delete from audit_log')).toMatch(/permission denied/);
    expect(await refusal(app, 'truncate audit_log')).toMatch(/permission denied/);
    expect(await refusal(app, 'alter table audit_log disable trigger all')).toMatch(/must be owner/);
    expect(await refusal(app, 'drop trigger audit_log_no_truncate on audit_log')).toMatch(/must be owner/);
    expect(await refusal(app, 'truncate regions')).toMatch(/permission denied/);
    expect(await refusal(app, 'create table intruder (id text)')).toMatch(/permission denied/);
    expect(await refusal(app, 'drop table regions')).toMatch(/must be owner/);
  });

  it('keeps even the owner from emptying the audit log (statement trigger)', async () => {
    expect(await refusal(owner, 'truncate audit_log')).toMatch(/append-only/);
    const count = await owner
      .selectFrom('audit_log')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBeGreaterThan(0);
  });
});
