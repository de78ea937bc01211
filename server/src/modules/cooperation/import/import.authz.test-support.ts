import ExcelJS from 'exceljs';
import type { ActorKey, AuthzRow, Call, Outcome } from '../../../test/authorization.types.ts';
import { createSchool } from '../../../test/factories.ts';
import { multipartFile } from '../cooperation.fixtures.test-support.ts';

// Imports in the authorization table: bureau admins and the platform import (each row then checked against
// the importer's jurisdiction); nobody else, and they are refused before the file is read.

const T = true;
const F = false;
const IMPORTERS: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: T,
  jiangbeiReviewer: F,
  schoolAdminA: F,
  teacherA: F,
  guardian: F,
  anonymous: 401,
};

async function pairingFile({ ctx, world }: Call) {
  const qingyang = await createSchool(ctx.db, '510105');
  const names = await ctx.db.selectFrom('organizations').select(['id', 'name_zh']).where('id', 'in', [world.schoolA, qingyang.id]).execute();
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('结对').addRows([
    ['结对学校', '结对领域', '开始日期'],
    [names.map((n) => n.name_zh).join('、'), '学校管理', '2023-09-01'],
  ]);
  return multipartFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'pairings.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}

export const IMPORT_AUTHZ_ROWS: AuthzRow[] = [
  {
    route: 'GET /api/cooperation/import/:kind/template',
    target: 'the exchanges template',
    request: () => ({ url: '/api/cooperation/import/exchanges/template' }),
    expect: IMPORTERS,
  },
  {
    route: 'POST /api/cooperation/import/:kind',
    target: 'a dry run of one pairing of school A with a Qingyang school',
    expect: IMPORTERS,
    request: async (call) => ({ url: '/api/cooperation/import/pairings?dryRun=true', ...(await pairingFile(call)) }),
  },
];
