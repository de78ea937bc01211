import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import { buildNetwork, cooperationCounts, multipartFile, type Network } from '../cooperation.fixtures.test-support.ts';

type Cell = string | number | Date | null;

async function xlsxOf(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('导入').addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const PAIRING_HEADER = ['批次', '结对学校', '结对领域', '开始日期', '结束日期', '状态', '结束原因'];

describe.each(DIALECTS)('cooperation import (%s)', (dialect) => {
  let ctx: TestContext;
  let net: Network;
  let names: Record<'jiangbei' | 'jiangbei2' | 'yuzhong' | 'qingyang' | 'deyang', string>;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    net = await buildNetwork(ctx);
    const rows = await ctx.db.selectFrom('organizations').select(['id', 'name_zh']).execute();
    const nameOf = (id: string) => rows.find((r) => r.id === id)!.name_zh;
    names = {
      jiangbei: nameOf(net.schools.jiangbei),
      jiangbei2: nameOf(net.schools.jiangbei2),
      yuzhong: nameOf(net.schools.yuzhong),
      qingyang: nameOf(net.schools.qingyang),
      deyang: nameOf(net.schools.deyang),
    };
  });
  afterAll(async () => ctx?.close());

  const upload = async (client: TestClient, kind: string, file: Buffer, dryRun = false) => {
    const { body, headers } = multipartFile(file, `${kind}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return client.request('POST', `/api/cooperation/import/${kind}${dryRun ? '?dryRun=true' : ''}`, body, headers);
  };
  /** An upload that must be refused without writing anything. */
  const refused = async (client: TestClient, kind: string, file: Buffer) => {
    const before = await cooperationCounts(ctx);
    const response = await upload(client, kind, file);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(await cooperationCounts(ctx)).toEqual(before);
    return response;
  };

  it('refuses a pairing file with bad rows, listing every error, and writes nothing', async () => {
    const file = await xlsxOf([
      PAIRING_HEADER,
      [1, `${names.jiangbei}、${names.qingyang}`, '学校管理、课程建设', '2023-09-01', '', '', ''], // fine
      [1, `${names.jiangbei}、不存在的学校`, '学校管理', '2023-09-01', '', '', ''],
      [1, `${names.jiangbei}、${names.jiangbei2}`, '学校管理', '2023-09-01', '', '', ''],
      ['第一批', `${names.jiangbei2}、${names.deyang}`, '园艺', '2023-02-30', '', '', ''],
      [2, `${names.jiangbei2}、${names.deyang}`, '课程建设', '2023-09-01', '', '已结束', ''],
      [2, `${names.yuzhong}、${names.qingyang}`, '课程建设', '2023-09-01', '', '', ''],
      [2, `${names.qingyang}、${names.jiangbei}`, '课程建设', '2023-09-01', '', '', ''],
    ]);
    const response = await refused(net.as.jiangbei, 'pairings', file);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'cooperation.import_invalid', message: '文件有 8 处错误，未导入任何数据' });
    expect(response.json().error.fields).toEqual([
      { field: '第 3 行 / 结对学校', message: '找不到「不存在的学校」，请填写学校标识码或准确的名称' },
      { field: '第 4 行 / 结对学校', message: '结对学校须来自不同地区' },
      { field: '第 5 行 / 批次', message: '应为 1 到 999 之间的整数，实际为「第一批」' },
      { field: '第 5 行 / 结对领域', message: expect.stringMatching(/^未知的取值「园艺」，可选：学校管理、干部培训/) },
      { field: '第 5 行 / 开始日期', message: '「2023-02-30」不是有效日期，请写作 2025-09-01' },
      { field: '第 6 行 / 结束原因', message: '已结束的结对须填写结束原因' },
      { field: '第 7 行 / 结对学校', message: '没有一所学校在您的管辖范围内' },
      { field: '第 8 行 / 结对学校', message: '与第 2 行重复' },
    ]);
  });

  it('imports pairings: its own sides approved by the importing bureau, the other side left to its bureau', async () => {
    const file = await xlsxOf([
      ['Batch', 'Schools', 'Focus areas', 'Start date', 'Status'],
      [2, `${names.jiangbei}; ${names.qingyang}`, 'management, curriculum', new Date(Date.UTC(2023, 8, 1)), 'active'],
      [2, `${names.jiangbei2}、${names.yuzhong}`, '教学研究', '2023/9/1', ''],
    ]);
    const dry = await upload(net.as.jiangbei, 'pairings', file, true);
    expect(dry.json()).toEqual({ kind: 'pairings', rows: 2, created: 2, dryRun: true });
    expect(await ctx.db.selectFrom('cooperation_pairings').select('id').execute()).toHaveLength(0);

    const done = await upload(net.as.jiangbei, 'pairings', file);
    expect(done.statusCode, done.body).toBe(200);
    const list = (await net.as.platform.get('/api/cooperation/pairings?batch=2')).json().items;
    expect(list.map((p: { status: string; startsOn: string }) => [p.status, p.startsOn])).toEqual([
      ['accepted', '2023-09-01'],
      ['accepted', '2023-09-01'],
    ]);
    const withQingyang = list.find((p: { schools: { id: string }[] }) => p.schools.some((s) => s.id === net.schools.qingyang));
    expect(withQingyang.sides).toMatchObject([
      { regionId: '500105', approvedByBureau: { id: net.bureaus.jiangbei } },
      { regionId: '510105', approvedAt: null },
    ]);
    // Qingyang's approval then makes it active, as for any pairing.
    const approved = await net.as.qingyang.post(`/api/cooperation/pairings/${withQingyang.id}/approve`, { version: withQingyang.version });
    expect(approved.json().status).toBe('active');
    // The same file again: the live pairings are there already.
    const again = await refused(net.as.jiangbei, 'pairings', file);
    expect(again.json().error.fields.map((f: { message: string }) => f.message)).toEqual(Array(2).fill('这些学校之间已有同一天开始的结对或进行中的结对'));
  });

  it('imports communities checked against names and the lead school’s bureau', async () => {
    const header = ['共同体名称', '牵头学校', '成员学校', '成立日期'];
    const bad = await refused(
      net.as.jiangbei,
      'communities',
      await xlsxOf([
        header,
        ['江北—青羊共同体', names.qingyang, names.jiangbei, '2024-03-01'],
        ['', names.jiangbei, '', ''],
        ['江北—渝中共同体', names.jiangbei, net.bureaus.qingyang, ''],
      ]),
    );
    expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['第 2 行 / 牵头学校', '第 3 行 / 共同体名称', '第 4 行 / 成员学校']);
    const good = await upload(
      net.as.jiangbei,
      'communities',
      await xlsxOf([header, ['江北—青羊共同体', names.jiangbei, `${names.qingyang}、${names.deyang}`, '2024-03-01']]),
    );
    expect(good.json()).toMatchObject({ rows: 1, created: 1 });
    const [community] = (await net.as.jiangbei.get('/api/cooperation/communities?q=江北—青羊')).json().items;
    expect(community).toMatchObject({ memberCount: 3, regionCount: 3, foundedOn: '2024-03-01', lead: { id: net.schools.jiangbei } });
    expect(
      (await refused(net.as.platform, 'communities', await xlsxOf([header, ['江北—青羊共同体', names.jiangbei, '', '']]))).json().error.fields[0].message,
    ).toBe('名称「江北—青羊共同体」已被使用');
  });

  it('imports a sheet from an office suite: a merged rich-text title above the header, rich text in the cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('交流');
    sheet.mergeCells('A1:H1');
    sheet.getCell('A1').value = { richText: [{ text: '江北区 ' }, { font: { bold: true }, text: '2024 exchanges' }] };
    sheet.getRow(2).values = ['日期', '类型', '标题', '主办单位', '参与单位', '参与人数', '所属结对', '所属共同体'];
    sheet.getRow(3).values = ['2024-08-20', '讲座报告', '', names.jiangbei, names.deyang, 12, '', ''];
    sheet.getCell('C3').value = { richText: [{ text: '双减' }, { font: { italic: true }, text: ' workshop' }] };
    const done = await upload(net.as.jiangbei, 'exchanges', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(done.statusCode, done.body).toBe(200);
    const [exchange] = (await net.as.jiangbei.get('/api/cooperation/exchanges?from=2024-08-20&to=2024-08-20')).json().items;
    expect(exchange).toMatchObject({ kind: 'lecture', title: '双减 workshop' });
  });

  it('imports exchanges once, linked to their pairing or community', async () => {
    const header = ['日期', '类型', '标题', '主办单位', '参与单位', '参与人数', '所属结对', '所属共同体'];
    const file = await xlsxOf([
      header,
      ['2024-05-16', '考察访问', '青羊教师来访', names.jiangbei, names.qingyang, 25, `${names.jiangbei}、${names.qingyang}`, ''],
      ['2024-06-02', 'joint research', '语文联合教研', names.qingyang, `${names.jiangbei}、${names.deyang}`, 40, '', '江北—青羊共同体'],
    ]);
    const done = await upload(net.as.jiangbei, 'exchanges', file);
    expect(done.json()).toMatchObject({ rows: 2, created: 2 });
    const items = (await net.as.jiangbei.get('/api/cooperation/exchanges?from=2024-05-01&to=2024-06-30')).json().items;
    expect(items.map((e: { kind: string; belongsTo: { type: string } }) => [e.kind, e.belongsTo.type])).toEqual([
      ['joint_research', 'community'],
      ['visit', 'pairing'],
    ]);
    expect((await net.as.platform.get('/api/cooperation/dashboard?from=2024-05&to=2024-06')).json().totals).toMatchObject({ exchanges: 2, participants: 65 });

    const again = await refused(net.as.jiangbei, 'exchanges', file);
    expect(again.json().error.fields).toEqual([
      { field: '第 2 行 / 整行', message: '此行已从同一文件导入过' },
      { field: '第 3 行 / 整行', message: '此行已从同一文件导入过' },
    ]);
    const bad = await refused(
      net.as.jiangbei,
      'exchanges',
      await xlsxOf([
        header,
        ['2024-07-01', '聚餐', '标题', names.jiangbei, names.qingyang, 5, '', ''],
        ['2024-07-01', '讲座报告', '标题', names.jiangbei, names.jiangbei, 5, '', ''],
        ['2024-07-01', '讲座报告', '标题', names.deyang, names.qingyang, 5, '', ''],
        ['2024-07-01', '讲座报告', '标题', names.jiangbei, names.yuzhong, 5, '', '不存在的共同体'],
        ['2024-07-01', '讲座报告', '标题', names.jiangbei, names.yuzhong, -1, `${names.yuzhong}、${names.deyang}`, ''],
      ]),
    );
    expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      '第 2 行 / 类型',
      '第 3 行 / 参与单位',
      '第 4 行 / 主办单位',
      '第 5 行 / 所属共同体',
      '第 6 行 / 参与人数',
    ]);
  });

  it('gives templates and refuses people who may not import before reading the file', async () => {
    const template = await net.as.jiangbei.get('/api/cooperation/import/exchanges/template');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['交流活动', '说明']);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([
      undefined,
      '日期',
      '类型',
      '标题',
      '主办单位',
      '参与单位',
      '参与人数',
      '所属结对',
      '所属共同体',
      '所属联盟',
      '摘要',
    ]);
    for (const client of [net.as.jiangbeiSchool, net.as.jiangbeiReviewer, net.as.guardian]) {
      expect((await refused(client, 'pairings', Buffer.from('x'))).statusCode).toBe(403);
    }
    expect((await refused(net.as.jiangbei, 'pairings', Buffer.from('not a spreadsheet'))).json().error.code).toBe('cooperation.import_invalid');
  });
});
