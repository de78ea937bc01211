import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/databases.ts';
import { GroupCommit } from './group-commit.ts';

// Test-only tables: a foreign key checked at commit lets a unit pass its savepoint and fail the whole commit.
async function createScratchTables(database: TestDatabase) {
  await sql`create table gc_parent (id text primary key)`.execute(database.db);
  await sql`create table gc_child (id text primary key, parent_id text not null references gc_parent(id) deferrable initially deferred)`.execute(database.db);
  await sql`insert into gc_parent (id) values ('p1')`.execute(database.db);
}

describe.each(DIALECTS)('group commit (%s)', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await createScratchTables(database);
  });
  afterAll(async () => database?.destroy());

  const insertChild = (gc: GroupCommit, parentId = 'p1', id = randomUUID()) =>
    gc.run(async (tx) => {
      await sql`insert into gc_child (id, parent_id) values (${id}, ${parentId})`.execute(tx);
      return id;
    });
  const children = async () => Number((await sql<{ n: number }>`select count(*) as n from gc_child`.execute(database.db)).rows[0]!.n);

  it('commits many concurrent units in fewer transactions and answers each with its own result', async () => {
    const gc = new GroupCommit(database.db, { grouped: true });
    const before = await children();
    const ids = await Promise.all(Array.from({ length: 200 }, () => insertChild(gc)));
    expect(new Set(ids).size).toBe(200);
    expect(await children()).toBe(before + 200);
    expect(gc.batches).toBeGreaterThan(0);
    expect(gc.batches).toBeLessThan(200);
  });

  it('fails only the unit that throws: its writes are rolled back, the others commit', async () => {
    const gc = new GroupCommit(database.db, { grouped: true });
    const before = await children();
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        i % 10 === 3
          ? gc.run(async (tx) => {
              await sql`insert into gc_child (id, parent_id) values (${randomUUID()}, 'p1')`.execute(tx);
              throw new Error(`unit ${i} refuses`);
            })
          : i % 10 === 7
            ? // A statement error (duplicate key): on PostgreSQL it would abort the whole transaction without the savepoint.
              gc.run(async (tx) => {
                await sql`insert into gc_parent (id) values ('p1')`.execute(tx);
              })
            : insertChild(gc),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(6);
    expect(await children()).toBe(before + 24);
  });

  it('runs the units of a batch whose commit fails again one by one, so only the bad one fails', async () => {
    const gc = new GroupCommit(database.db, { grouped: true });
    const before = await children();
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => insertChild(gc, i === 4 ? 'missing-parent' : 'p1')));
    expect(results.map((r) => r.status)).toEqual(results.map((_, i) => (i === 4 ? 'rejected' : 'fulfilled')));
    expect(await children()).toBe(before + 9);
  });

  it('runs each unit in its own transaction when not grouped', async () => {
    const gc = new GroupCommit(database.db, { grouped: false });
    const before = await children();
    const results = await Promise.allSettled([insertChild(gc), insertChild(gc, 'missing-parent'), insertChild(gc)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await children()).toBe(before + 2);
    expect(gc.batches).toBe(0);
  });
});
