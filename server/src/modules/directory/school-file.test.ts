import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.ts';
import { createBureau, createSchool, createUser } from '../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app.ts';

type Cell = string | number | null;

const FULL_HEADER = [
  '学校标识码',
  '学校名称',
  '英文名称',
  '行政区划',
  '学段',
  '办学性质',
  '地址',
  '纬度',
  '经度',
  '学生数',
  '教师数',
  '网址',
  '一年级学位',
  '七年级学位',
  '高一学位',
  '幼儿园小班学位',
];
const SHORT_HEADER = ['学校标识码', '学校名称', '行政区划', '学段', '办学性质'];
const STAGES_ZH = '未知的取值「小学校」，可选：幼儿园、小学、初中、高中、中职';
const STAGES_EN = 'unknown value "小学校"; allowed: kindergarten, primary, junior, senior, vocational';

let nextCode = 0;
const newCode = () => String(2_500_105_000 + nextCode++);

async function xlsxOf(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('学校').addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const csvOf = (rows: Cell[][]) => Buffer.from(`\uFEFF${stringify(rows)}`, 'utf8');

async function readXlsx(file: Buffer): Promise<{ names: string[]; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text)));
  return { names: workbook.worksheets.map((w) => w.name), rows };
}

/** A multipart/form-data body built by hand, as a browser sends it. */
function upload(client: TestClient, file: Buffer, options: { dryRun?: boolean; filename?: string; field?: string } = {}) {
  const boundary = `----shuangcheng${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\ncontent-disposition: form-data; name="${options.field ?? 'file'}"; filename="${options.filename ?? 'schools.xlsx'}"\r\ncontent-type: application/octet-stream\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const url = `/api/directory/schools/import${options.dryRun ? '?dryRun=true' : ''}`;
  return client.request('POST', url, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

describe.each(DIALECTS)('school import and export (%s)', (dialect) => {
  let ctx: TestContext;
  let jiangbei: TestClient; // bureau admin of 江北区 500105, zh-CN
  let jiangbeiEn: TestClient; // another bureau admin of 江北区, en-US
  let yuzhongAdminId: string; // bureau admin of 渝中区 500103, used for the round trips
  let teacher: TestClient;

  const bureauAdmin = async (regionId: string, locale: 'zh-CN' | 'en-US' = 'zh-CN') => {
    const user = await createUser(ctx.db, { role: 'bureau_admin', organizationId: (await createBureau(ctx.db, regionId)).id });
    await ctx.db.updateTable('users').set({ locale }).where('id', '=', user.id).execute();
    return user.id;
  };
  const countOrganizations = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('organizations')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const schoolByCode = (code: string) => ctx.db.selectFrom('organizations').selectAll().where('code', '=', code).executeTakeFirst();
  const stagesOf = async (id: string) =>
    (await ctx.db.selectFrom('school_stages').select('stage').where('organization_id', '=', id).execute()).map((r) => r.stage).sort();
  const seatsOf = async (id: string) =>
    Object.fromEntries((await ctx.db.selectFrom('school_grade_seats').selectAll().where('organization_id', '=', id).execute()).map((r) => [r.grade, r.seats]));

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    jiangbei = await ctx.clientAs(await bureauAdmin('500105'));
    jiangbeiEn = await ctx.clientAs(await bureauAdmin('500105', 'en-US'));
    yuzhongAdminId = await bureauAdmin('500103', 'en-US');
    const school = await createSchool(ctx.db, '500105');
    teacher = await ctx.clientAs((await createUser(ctx.db, { role: 'teacher', organizationId: school.id })).id);
  });
  afterAll(async () => ctx?.close());

  it('creates the schools of a valid .xlsx file and audits the import', async () => {
    const [a, b] = [newCode(), newCode()];
    const file = await xlsxOf([
      FULL_HEADER,
      [
        a,
        '江北区导入实验小学',
        'Jiangbei Import Primary',
        '江北区',
        '小学、初中',
        '公办',
        '建新北路 1 号',
        29.58,
        106.53,
        1200,
        90,
        'https://school.example.cn',
        180,
        200,
        '',
        '',
      ],
      [b, '江北区导入幼儿园', '', 500105, 'kindergarten', 'private', '', '', '', '', '', '', '', '', '', 60],
    ]);
    const response = await upload(jiangbei, file);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ rows: 2, created: 2, updated: 0, dryRun: false });

    const first = (await schoolByCode(a))!;
    expect(first).toMatchObject({
      kind: 'school',
      name_zh: '江北区导入实验小学',
      name_en: 'Jiangbei Import Primary',
      region_id: '500105',
      ownership: 'public',
      latitude: 29.58,
      pupil_count: 1200,
      website: 'https://school.example.cn',
    });
    expect(await stagesOf(first.id)).toEqual(['junior', 'primary']);
    expect(await seatsOf(first.id)).toEqual({ g1: 180, g7: 200 });
    const second = (await schoolByCode(b))!;
    expect(second).toMatchObject({ name_en: '江北区导入幼儿园', ownership: 'private', address: null, pupil_count: null });
    expect(await seatsOf(second.id)).toEqual({ k1: 60 });

    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'organization.import').execute();
    expect(audit.map((row) => JSON.parse(row.detail!))).toContainEqual({ rows: 2, created: 2, updated: 0 });
  });

  it("rejects a file with one bad row, names the cell in the caller's language and writes nothing", async () => {
    const file = await xlsxOf([SHORT_HEADER, [newCode(), '好学校一', '江北区', '小学', '公办'], [newCode(), '好学校二', '江北区', '小学校', '公办']]);
    const before = await countOrganizations();

    const zh = await upload(jiangbei, file);
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error).toEqual({
      code: 'directory.import_invalid',
      message: '文件有 1 处错误，未导入任何数据',
      fields: [{ field: '第 3 行 / 学段', message: STAGES_ZH }],
    });

    const en = await upload(jiangbeiEn, file);
    expect(en.statusCode).toBe(400);
    expect(en.json().error).toEqual({
      code: 'directory.import_invalid',
      message: 'Errors in the file: 1; nothing was imported',
      fields: [{ field: 'Row 3 / Stages', message: STAGES_EN }],
    });
    expect(await countOrganizations()).toBe(before);
  });

  it('lists every bad cell of the file', async () => {
    const file = await xlsxOf([
      FULL_HEADER,
      ['12345', '好', '', '朝阳区', '', '国营', '', 95, 'east', -3, 1.5, 'ftp://x.cn', '', '', '', ''],
      [newCode(), '江北区好学校', '', '江北区', '、', '公办', '', '', '', '', '', '', '很多', '', '', ''],
    ]);
    const response = await upload(jiangbei, file);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('文件有 12 处错误，未导入任何数据');
    expect(response.json().error.fields).toEqual([
      { field: '第 2 行 / 学校标识码', message: '应为 10 位数字，实际为「12345」' },
      { field: '第 2 行 / 学校名称', message: '长度应为 2–80 个字符，实际为 1 个' },
      { field: '第 2 行 / 行政区划', message: '未知的行政区划「朝阳区」，请填写区划代码（如 500105）或准确的名称' },
      { field: '第 2 行 / 学段', message: '必填' },
      { field: '第 2 行 / 办学性质', message: '未知的取值「国营」，可选：公办、民办' },
      { field: '第 2 行 / 纬度', message: '应在 -90 到 90 之间，实际为 95' },
      { field: '第 2 行 / 经度', message: '「east」不是数字' },
      { field: '第 2 行 / 学生数', message: '应为 0 到 100000 之间的整数，实际为「-3」' },
      { field: '第 2 行 / 教师数', message: '应为 0 到 10000 之间的整数，实际为「1.5」' },
      { field: '第 2 行 / 网址', message: '应以 http:// 或 https:// 开头，实际为「ftp://x.cn」' },
      { field: '第 3 行 / 学段', message: '必填' },
      { field: '第 3 行 / 一年级学位', message: '应为 0 到 10000 之间的整数，实际为「很多」' },
    ]);
  });

  it('names unknown, repeated and missing columns of the header', async () => {
    const file = await xlsxOf([
      ['学校标识码', 'School name', '校长', '学段', 'stages', '办学性质'],
      [newCode(), '某学校', '张三', '小学', '小学', '公办'],
    ]);
    const response = await upload(jiangbei, file);
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields;
    expect(fields).toEqual([
      { field: '第 1 行 / School name', message: expect.stringMatching(/^未知的列「School name」，可识别的列：学校标识码、学校名称、英文名称、/) },
      { field: '第 1 行 / 校长', message: expect.stringMatching(/^未知的列「校长」/) },
      { field: '第 1 行 / stages', message: '列「stages」出现了多次' },
      { field: '第 1 行 / 学校名称', message: '缺少必填列' },
      { field: '第 1 行 / 行政区划', message: '缺少必填列' },
    ]);
  });

  it('accepts English headers in any case and spacing', async () => {
    const code = newCode();
    const file = await xlsxOf([
      ['CODE', 'name', ' English  Name ', 'region', 'STAGES', 'ownership'],
      [code, '英文表头学校', 'English Header School', 'Jiangbei District', 'Primary, JUNIOR', 'Public'],
    ]);
    const response = await upload(jiangbeiEn, file);
    expect(response.json()).toEqual({ rows: 1, created: 1, updated: 0, dryRun: false });
    expect(await schoolByCode(code)).toMatchObject({ name_en: 'English Header School', region_id: '500105', ownership: 'public' });
  });

  it('refuses a code repeated within the file', async () => {
    const code = newCode();
    const file = await xlsxOf([SHORT_HEADER, [code, '重复学校一', '江北区', '小学', '公办'], [code, '重复学校二', '江北区', '小学', '公办']]);
    const response = await upload(jiangbei, file);
    expect(response.json().error.fields).toEqual([{ field: '第 3 行 / 学校标识码', message: '与第 2 行的学校标识码重复' }]);
    expect(await schoolByCode(code)).toBeUndefined();
  });

  it("refuses rows outside the jurisdiction, for the new region and for an updated school's current one", async () => {
    const qingyang = newCode();
    await createSchool(ctx.db, '510105', { code: qingyang });
    const file = await xlsxOf([SHORT_HEADER, [newCode(), '青羊区某小学', '510105', '小学', '公办'], [qingyang, '搬到江北的学校', '江北区', '小学', '公办']]);
    const response = await upload(jiangbei, file);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: '第 2 行 / 行政区划', message: '不在您的管辖范围内' },
      { field: '第 3 行 / 学校标识码', message: '该学校现属青羊区，不在您的管辖范围内' },
    ]);
    expect((await schoolByCode(qingyang))!.region_id).toBe('510105');
  });

  it('updates an existing school by its code and keeps what the file has no column for', async () => {
    const code = newCode();
    const existing = await createSchool(ctx.db, '500105', { code, stages: ['primary'] });
    await ctx.db
      .insertInto('school_grade_seats')
      .values([
        { organization_id: existing.id, grade: 'g1', seats: 100 },
        { organization_id: existing.id, grade: 'g2', seats: 90 },
      ])
      .execute();
    const file = await xlsxOf([
      [...SHORT_HEADER, '七年级学位', '一年级学位'],
      [code, '改名后的学校', '江北区', '小学 初中', '民办', 300, ''],
    ]);
    const response = await upload(jiangbei, file);
    expect(response.json()).toEqual({ rows: 1, created: 0, updated: 1, dryRun: false });
    const updated = (await schoolByCode(code))!;
    expect(updated).toMatchObject({
      id: existing.id,
      name_zh: '改名后的学校',
      name_en: `Test ${existing.nameZh}`,
      ownership: 'private',
      pupil_count: 800,
      latitude: 29.6,
      version: 2,
    });
    expect(await stagesOf(existing.id)).toEqual(['junior', 'primary']);
    expect(await seatsOf(existing.id)).toEqual({ g2: 90, g7: 300 });
  });

  it('checks without writing on a dry run', async () => {
    const code = newCode();
    const before = await countOrganizations();
    const response = await upload(jiangbei, await xlsxOf([SHORT_HEADER, [code, '试运行学校', '江北区', '高中', '公办']]), { dryRun: true });
    expect(response.json()).toEqual({ rows: 1, created: 1, updated: 0, dryRun: true });
    expect(await countOrganizations()).toBe(before);
  });

  it('reads a UTF-8 .csv with BOM, and one saved by Chinese Excel in GB18030', async () => {
    const [a, b] = [newCode(), newCode()];
    const utf8 = await upload(jiangbei, csvOf([SHORT_HEADER, [a, '逗号，分隔的学校', '江北区', '幼儿园，小学', '公办']]), { filename: 'schools.csv' });
    expect(utf8.json()).toMatchObject({ created: 1 });
    expect((await schoolByCode(a))!.name_zh).toBe('逗号，分隔的学校');
    // 学校标识码 and 江北学校 in GB18030; the rest is ASCII, the same in both encodings.
    const [header, name] = [Buffer.from('d1a7d0a3b1eacab6c2eb', 'hex'), Buffer.from('bdadb1b1d1a7d0a3', 'hex')];
    const file = Buffer.concat([header, Buffer.from(`,Name,Region,Stages,Ownership\r\n${b},`), name, Buffer.from(',500105,primary,public\r\n')]);
    const response = await upload(jiangbei, file, { filename: 'schools.csv' });
    expect(response.json()).toMatchObject({ created: 1 });
    expect((await schoolByCode(b))!.name_zh).toBe('江北学校');
  });

  it('refuses files that are no spreadsheet', async () => {
    const before = await countOrganizations();
    const php = await upload(jiangbei, Buffer.from("<?php system($_GET['c']); ?>\n"), { filename: 'schools.xlsx' });
    // Text is read as CSV: its first line is no header of a school file.
    expect(php.statusCode).toBe(400);
    expect(php.json().error).toMatchObject({
      code: 'directory.import_invalid',
      fields: expect.arrayContaining([{ field: '第 1 行 / 学校标识码', message: '缺少必填列' }]),
    });
    const brokenZip = await upload(jiangbei, Buffer.from('PK\x03\x04 not really a zip', 'latin1'));
    expect(brokenZip.json().error).toMatchObject({ code: 'directory.import_unreadable', message: '无法读取文件，请上传 .xlsx 或 .csv 文件' });
    const binary = await upload(jiangbei, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
    expect(binary.json().error.code).toBe('directory.import_unreadable');
    expect(await countOrganizations()).toBe(before);
  });

  it('refuses an empty file, too many rows, and lists at most 500 problems', async () => {
    expect((await upload(jiangbei, csvOf([SHORT_HEADER]))).json().error.code).toBe('directory.import_empty');
    const many = Array.from({ length: 5001 }, (_, i) => [String(3_000_000_000 + i), `学校${i}`, '江北区', '小学', '公办']);
    const tooMany = await upload(jiangbei, csvOf([SHORT_HEADER, ...many]));
    expect(tooMany.json().error).toMatchObject({ code: 'directory.import_too_many_rows', message: '文件最多 5000 行' });
    const bad = Array.from({ length: 600 }, (_, i) => [String(3_000_000_000 + i), `学校${i}`, '江北区', '大学', '公办']);
    const capped = await upload(jiangbei, csvOf([SHORT_HEADER, ...bad]));
    expect(capped.json().error.message).toBe('文件有 600 处错误，未导入任何数据');
    expect(capped.json().error.fields).toHaveLength(500);
  });

  it('refuses callers who may import nowhere, and requests without one file of a sane size', async () => {
    const file = await xlsxOf([SHORT_HEADER, [newCode(), '某学校', '江北区', '小学', '公办']]);
    expect((await upload(teacher, file)).json().error.code).toBe('auth.forbidden');
    const wrongField = await upload(jiangbei, file, { field: 'document' });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error).toMatchObject({ code: 'request.invalid', fields: [{ field: '/file', message: '必填' }] });
    expect((await jiangbei.post('/api/directory/schools/import', { file: 'schools.csv' })).statusCode).toBe(415);
    expect((await upload(jiangbei, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41))).json().error.code).toBe('request.too_large');
    expect((await upload(await ctx.anonymous(), file)).statusCode).toBe(401);
  });

  it.each([
    ['xlsx', 'zh-CN'],
    ['csv', 'en-US'],
  ] as const)('exports as %s (%s) a file that imports back unchanged', async (format, locale) => {
    await ctx.db.updateTable('users').set({ locale }).where('id', '=', yuzhongAdminId).execute();
    const yuzhong = await ctx.clientAs(yuzhongAdminId);
    const seed = await xlsxOf([
      FULL_HEADER,
      [
        newCode(),
        '渝中区往返小学',
        'Round Trip Primary',
        '渝中区',
        '小学、初中',
        '公办',
        '=SUM(1,2) 号',
        -12.5,
        106.5629,
        1500,
        110,
        'http://rt.example.cn',
        200,
        220,
        '',
        '',
      ],
      [newCode(), '渝中区往返幼儿园', '', '500103', '幼儿园', '民办', '', '', '', '', '', '', '', '', '', 90],
    ]);
    expect((await upload(yuzhong, seed)).statusCode).toBe(200);
    const list = async () =>
      ((await yuzhong.get('/api/directory/organizations?kind=school&regionId=500103&pageSize=200')).json().items as Record<string, unknown>[])
        .map(({ version: _v, updatedAt: _u, ...school }) => school)
        .sort((x, y) => String(x.code).localeCompare(String(y.code)));
    const before = await list();

    const exported = await yuzhong.get(`/api/directory/schools/export?format=${format}`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="schools-\\d{8}\\.${format}"$`));
    expect(exported.headers['x-content-type-options']).toBe('nosniff');
    if (format === 'csv') {
      expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect([...exported.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(exported.rawPayload.toString('utf8')).toContain(`"'=SUM(1,2) 号"`); // no formula for Excel to run
      expect(exported.rawPayload.toString('utf8')).toContain('Code,Name,English name,Region,Stages,Ownership');
    } else {
      expect(exported.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const sheet = await readXlsx(exported.rawPayload);
      expect(sheet.rows[0]).toEqual(FULL_HEADER);
      expect(sheet.rows).toContainEqual(expect.arrayContaining(['渝中区往返小学', '渝中区', '小学、初中', '公办']));
    }

    const again = await upload(yuzhong, exported.rawPayload, { filename: `schools.${format}` });
    expect(again.json()).toEqual({ rows: before.length, created: 0, updated: before.length, dryRun: false });
    expect(await list()).toEqual(before);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'organization.export')
      .orderBy('occurred_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail!)).toEqual({ count: before.length, format });
  });

  it('exports only within the jurisdiction', async () => {
    await createSchool(ctx.db, '500105', { stages: ['kindergarten'] });
    expect((await teacher.get('/api/directory/schools/export?format=xlsx')).json().error.code).toBe('auth.forbidden');
    expect((await jiangbei.get('/api/directory/schools/export?format=csv&regionId=510105')).statusCode).toBe(403);
    expect((await jiangbei.get('/api/directory/schools/export?format=csv&regionId=500000')).statusCode).toBe(403);
    // Without a region, a bureau's own district.
    const own = await jiangbei.get('/api/directory/schools/export?format=csv');
    expect(own.statusCode).toBe(200);
    const lines = own.rawPayload.toString('utf8').trim().split('\r\n');
    const inJiangbei = await ctx.db.selectFrom('organizations').select('id').where('kind', '=', 'school').where('region_id', '=', '500105').execute();
    expect(lines).toHaveLength(inJiangbei.length + 1);
    expect(lines.slice(1).every((line) => line.includes(',江北区,'))).toBe(true);
    // The filters of the school list apply.
    const kindergartens = (await jiangbei.get('/api/directory/schools/export?format=csv&stage=kindergarten')).rawPayload.toString('utf8').trim().split('\r\n');
    expect(kindergartens.length).toBeGreaterThan(1);
    expect(kindergartens.length).toBeLessThan(lines.length);
    expect(kindergartens.slice(1).every((line) => line.includes('幼儿园'))).toBe(true);
  });

  it('gives an import template with a notes sheet to those who may import', async () => {
    const xlsx = await jiangbei.get('/api/directory/schools/import-template?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const sheet = await readXlsx(xlsx.rawPayload);
    expect(sheet.names).toEqual(['学校', '说明']);
    expect(sheet.rows).toEqual([FULL_HEADER]);
    const csv = await jiangbeiEn.get('/api/directory/schools/import-template?format=csv');
    expect(csv.rawPayload.toString('utf8')).toBe(
      '\uFEFFCode,Name,English name,Region,Stages,Ownership,Address,Latitude,Longitude,Pupils,Teachers,Website,Grade 1 seats,Grade 7 seats,Grade 10 seats,K1 seats\r\n',
    );
    expect((await teacher.get('/api/directory/schools/import-template?format=xlsx')).statusCode).toBe(403);
  });
});
