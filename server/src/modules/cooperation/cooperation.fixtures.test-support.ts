import type { Stage } from '../../../../common/directory.ts';
import type { Role } from '../../../../common/roles.ts';
import { createBureau, createSchool, createUser } from '../../test/factories.ts';
import type { TestClient, TestContext } from '../../test/test-app.ts';

// Test data only: a small cooperation network — bureaus of Chongqing, Jiangbei, Yuzhong, Qingyang and
// Deyang, schools in each district, and one signed-in client per role that the tests need.

export interface Network {
  bureaus: { cq: string; jiangbei: string; yuzhong: string; qingyang: string; deyang: string };
  schools: { jiangbei: string; jiangbei2: string; yuzhong: string; qingyang: string; deyang: string };
  /** Signed-in clients: school admins and teachers by school key, bureau admins by bureau key, and more. */
  as: {
    platform: TestClient;
    cq: TestClient;
    cq2: TestClient;
    jiangbei: TestClient;
    jiangbeiReviewer: TestClient;
    yuzhong: TestClient;
    qingyang: TestClient;
    deyang: TestClient;
    jiangbeiSchool: TestClient;
    jiangbeiTeacher: TestClient;
    jiangbei2School: TestClient;
    yuzhongSchool: TestClient;
    qingyangSchool: TestClient;
    deyangSchool: TestClient;
    guardian: TestClient;
  };
  userIds: { jiangbeiTeacher: string; qingyangTeacher: string; jiangbeiSchool: string };
}

export async function buildNetwork(ctx: TestContext, stages: Stage[] = ['primary']): Promise<Network> {
  const [cq, jiangbei, yuzhong, qingyang, deyang] = await Promise.all(['500000', '500105', '500103', '510105', '510603'].map((r) => createBureau(ctx.db, r)));
  const school = (regionId: string) => createSchool(ctx.db, regionId, { stages });
  const schools = {
    jiangbei: (await school('500105')).id,
    jiangbei2: (await school('500105')).id,
    yuzhong: (await school('500103')).id,
    qingyang: (await school('510105')).id,
    deyang: (await school('510603')).id,
  };
  const person = async (role: Role, organizationId: string | null) => (await createUser(ctx.db, { role, organizationId })).id;
  const client = async (role: Role, organizationId: string | null) => ctx.clientAs(await person(role, organizationId));
  const jiangbeiTeacher = await person('teacher', schools.jiangbei);
  const qingyangTeacher = await person('teacher', schools.qingyang);
  const jiangbeiSchool = await person('school_admin', schools.jiangbei);
  return {
    bureaus: { cq: cq!.id, jiangbei: jiangbei!.id, yuzhong: yuzhong!.id, qingyang: qingyang!.id, deyang: deyang!.id },
    schools,
    as: {
      platform: await client('platform_admin', null),
      cq: await client('bureau_admin', cq!.id),
      cq2: await client('bureau_admin', cq!.id),
      jiangbei: await client('bureau_admin', jiangbei!.id),
      jiangbeiReviewer: await client('bureau_reviewer', jiangbei!.id),
      yuzhong: await client('bureau_admin', yuzhong!.id),
      qingyang: await client('bureau_admin', qingyang!.id),
      deyang: await client('bureau_admin', deyang!.id),
      jiangbeiSchool: await ctx.clientAs(jiangbeiSchool),
      jiangbeiTeacher: await ctx.clientAs(jiangbeiTeacher),
      jiangbei2School: await client('school_admin', schools.jiangbei2),
      yuzhongSchool: await client('school_admin', schools.yuzhong),
      qingyangSchool: await client('school_admin', schools.qingyang),
      deyangSchool: await client('school_admin', schools.deyang),
      guardian: await client('guardian', null),
    },
    userIds: { jiangbeiTeacher, qingyangTeacher, jiangbeiSchool },
  };
}

/** Counts of every cooperation table: a refused request must leave them as they were. */
export async function cooperationCounts(ctx: TestContext): Promise<Record<string, number>> {
  const tables = [
    'cooperation_pairings',
    'cooperation_pairing_schools',
    'cooperation_pairing_approvals',
    'cooperation_pairing_events',
    'cooperation_agreements',
    'cooperation_agreement_parties',
    'cooperation_communities',
    'cooperation_alliances',
    'cooperation_memberships',
    'cooperation_exchanges',
    'cooperation_exchange_organizations',
    'cooperation_exchange_participants',
    'cooperation_files',
    'cooperation_activity_monthly',
    'cooperation_organization_tags',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables)
    counts[table] = Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const versions = await ctx.db
    .selectFrom('cooperation_pairings')
    .select((eb) => eb.fn.sum<number>('version').as('v'))
    .executeTakeFirstOrThrow();
  counts.pairing_versions = Number(versions.v ?? 0);
  return counts;
}

let boundaryCounter = 0;
/** A multipart/form-data body with one file field `file`, as a browser sends it. */
export function multipartFile(bytes: Buffer, filename: string, contentType: string) {
  const boundary = `----cooperation${boundaryCounter++}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
