import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo.seed.ts';
import { prepareDatabase } from '../../platform/db/prepare.ts';
import { DIALECTS } from '../../test/databases.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app.ts';

interface Todo {
  key: string;
  label: string;
  count: number;
  link: string;
  oldestAt: string | null;
}

// The to-do list of every demo staff account, checked against the lists where the work is done: the
// count on the list is the count on the page it links to (one fact, shown the same everywhere).
describe.each(DIALECTS)('staff to-do list on the demo data (%s)', (dialect) => {
  let ctx: TestContext;
  let dataDir: string;
  const clients = new Map<string, TestClient>();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'shuangcheng-todos-'));
    ctx = await createTestContext(dialect, { DATA_DIR: dataDir });
    await prepareDatabase(ctx.db, { ...ctx.config, seedDemo: true }, { info: () => {}, error: () => {} });
  }, 240_000);
  afterAll(async () => {
    await ctx?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const as = async (username: string) => {
    if (!clients.has(username)) {
      const user = await ctx.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
      clients.set(username, await ctx.clientAs(user.id));
    }
    return clients.get(username)!;
  };
  const todosOf = async (username: string) => {
    const response = await (await as(username)).get('/api/todos');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json() as { items: Todo[]; total: number };
    expect(body.total).toBe(body.items.reduce((sum, i) => sum + i.count, 0));
    return new Map(body.items.map((i) => [i.key, i]));
  };
  const totalOf = async (username: string, url: string) => {
    const response = await (await as(username)).get(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().total as number;
  };

  it("shows the reviewer the inbox's waiting applications, and each appeal to the reviewer who may decide it", async () => {
    const reviewer = await todosOf('jiangbei.reviewer');
    const submitted = await totalOf('jiangbei.reviewer', '/api/enrollment/review/applications?status=submitted&pageSize=100');
    expect(submitted).toBeGreaterThan(0);
    expect(reviewer.get('enrollment.review')).toMatchObject({ count: submitted, label: '待审核的入学申请', link: '/enrollment/review?status=submitted' });

    // An appeal goes to a reviewer other than the one who rejected: each reviewer counts those they may decide.
    const appealsFor = async (username: string) => {
      const response = await (await as(username)).get('/api/enrollment/review/appeals?status=open&pageSize=100');
      return (response.json().items as { canDecide: boolean }[]).filter((a) => a.canDecide).length;
    };
    let decidable = 0;
    for (const username of ['jiangbei.reviewer', 'jiangbei.reviewer2']) {
      const count = await appealsFor(username);
      expect((await todosOf(username)).get('enrollment.appeals')?.count ?? 0, username).toBe(count);
      decidable += count;
    }
    expect(decidable).toBeGreaterThan(0);
  });

  it('shows each bureau the pairings waiting for its approval and each school the proposals it has to answer, as the "waiting for me" list', async () => {
    for (const username of ['jiangbei.admin', 'qingyang.admin', 'cq.admin', 'xincun.admin', 'paotong.admin', 'guanyinqiao.admin']) {
      const todos = await todosOf(username);
      const waiting = await totalOf(username, '/api/cooperation/pairings?awaitingMe=true&pageSize=100');
      const listed = (todos.get('cooperation.pairing_proposals')?.count ?? 0) + (todos.get('cooperation.pairing_approvals')?.count ?? 0);
      expect(listed, username).toBe(waiting);
    }
  });

  it('links every item to a page of the staff app, and one waiting record straight to it', async () => {
    for (const account of demoAccounts.filter((a) => a.username && a.role !== 'platform_admin')) {
      for (const todo of (await todosOf(account.username!)).values()) {
        expect(todo.link, `${account.username} ${todo.key}`).toMatch(/^\/(enrollment|cooperation)\//);
        expect(todo.count).toBeGreaterThan(0);
        if (
          todo.count === 1 &&
          todo.key !== 'cooperation.dormant_pairings' &&
          !todo.link.endsWith('roster') &&
          !todo.link.endsWith('allocation') &&
          !todo.link.endsWith('communities')
        ) {
          expect(todo.link, todo.key).toMatch(/\/[0-9a-z-]{8,}(\/appeal)?$/);
        }
      }
    }
  });

  it('has nothing for a teacher or a family, and names items in the reader’s language', async () => {
    expect((await todosOf('xincun.teacher')).size).toBe(0);
    const guardian = await ctx.db.selectFrom('users').select('id').where('mobile', '=', '13800000001').executeTakeFirstOrThrow();
    const family = await (await ctx.clientAs(guardian.id)).get('/api/todos');
    expect(family.json()).toEqual({ items: [], total: 0 });
    const english = await ctx.db.selectFrom('users').select('id').where('username', '=', 'jiangbei.reviewer').executeTakeFirstOrThrow();
    await ctx.db.updateTable('users').set({ locale: 'en-US' }).where('id', '=', english.id).execute();
    const en = (await (await ctx.clientAs(english.id)).get('/api/todos')).json() as { items: Todo[] };
    expect(en.items.find((i) => i.key === 'enrollment.review')?.label).toBe('Applications waiting for review');
  });

  it('tells a bureau of its dormant pairings as the dashboard counts them', async () => {
    const todos = await todosOf('jiangbei.admin');
    const dashboard = (await (await as('jiangbei.admin')).get('/api/cooperation/dashboard')).json() as { dormantCount: number };
    expect(todos.get('cooperation.dormant_pairings')?.count ?? 0).toBe(dashboard.dormantCount);
  });
});
