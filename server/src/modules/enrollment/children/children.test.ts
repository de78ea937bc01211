import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_TEXT_VERSION, CONSENT_TEXTS } from '../../../../../common/consent.ts';
import { createDataProtector } from '../../../platform/crypto/data-protection.ts';
import { idNumberProblems } from '../enrollment.names.ts';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import { childBody, createChildVia, makeIdNumber } from './children.fixtures.test-support.ts';

const toFullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

describe.each(DIALECTS)('child profiles (%s)', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
  });
  afterAll(async () => ctx?.close());

  const count = async (table: 'children' | 'child_guardians' | 'consents') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const guardian = async (): Promise<[string, TestClient]> => {
    const user = await createUser(ctx.db, { role: 'guardian' });
    return [user.id, await ctx.clientAs(user.id)];
  };

  it('creates a profile, masked in every answer, with the creator as guardian', async () => {
    const [userId, client] = await guardian();
    const id = makeIdNumber({ sex: 'female' });
    const created = await client.post('/api/enrollment/children', childBody(id, { relation: 'mother', hukouDivisionCode: undefined }));
    expect(created.statusCode).toBe(201);
    expect(created.body).not.toContain(id.idNumber);
    expect(created.json()).toMatchObject({
      name: '张小明',
      sex: 'female',
      birthDate: id.birthDate,
      idNumberMasked: `510***********${id.idNumber.slice(-4)}`,
      hukouDivisionCode: '510104',
      hukouAddress: '四川省成都市青羊区草市街 1 号',
      relation: 'mother',
      guardianCount: 1,
      hasConsent: false,
      version: 1,
    });
    const list = await client.get('/api/enrollment/children');
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([created.json().id]);
    expect(list.body).not.toContain(id.idNumber);
    const guardians = await ctx.db.selectFrom('child_guardians').selectAll().where('child_id', '=', created.json().id).execute();
    expect(guardians).toMatchObject([{ user_id: userId, relation: 'mother' }]);
  });

  it('normalises lower-case x and full-width digits before checking and storing', async () => {
    const [, client] = await guardian();
    const id = makeIdNumber({ check: 'X' });
    const typed = toFullWidth(id.idNumber.slice(0, 17)) + 'x';
    const created = await client.post('/api/enrollment/children', childBody(id, { idNumber: typed }));
    expect(created.statusCode).toBe(201);
    const revealed = await client.post(`/api/enrollment/children/${created.json().id}/id-number/reveal`);
    expect(revealed.json().idNumber).toBe(id.idNumber);
    // The same child typed plainly is the same child.
    const again = await client.post('/api/enrollment/children', childBody(id));
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(created.json().id);
  });

  it('refuses a wrong check character, an impossible date and a bad prefix with the reason, writing nothing', async () => {
    const [, zhClient] = await guardian();
    // A signed-in user's language is their account's, not the browser's.
    const english = await createUser(ctx.db, { role: 'guardian' });
    await ctx.db.updateTable('users').set({ locale: 'en-US' }).where('id', '=', english.id).execute();
    const client = await ctx.clientAs(english.id);
    const good = makeIdNumber({ check: 'digit' });
    const wrongCheck = good.idNumber.slice(0, 17) + String((Number(good.idNumber[17]) + 1) % 10);
    // 30 February with a correct check character, so only the date is wrong.
    const feb30 = makeIdNumber();
    const impossible17 = `510104201902300${feb30.idNumber.slice(15, 17)}`;
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const withCheck = (first17: string) => first17 + '10X98765432'[[...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0) % 11];
    const cases: [string, keyof typeof idNumberProblems][] = [
      [wrongCheck, 'checksum'],
      [withCheck(impossible17), 'birth_date'],
      [withCheck('51010420990101001'), 'birth_date'],
      [withCheck(`990104${good.idNumber.slice(6, 17)}`), 'division'],
      [good.idNumber.slice(0, 17), 'length'],
    ];
    const before = await Promise.all([count('children'), count('child_guardians')]);
    for (const [idNumber, reason] of cases) {
      const response = await client.post('/api/enrollment/children', childBody(good, { idNumber }));
      expect(response.statusCode, reason).toBe(400);
      expect(response.json().error.code).toBe('enrollment.id_number_invalid');
      expect(response.json().error.fields).toEqual([{ field: '/idNumber', message: `The ID number is wrong: ${idNumberProblems[reason]['en-US']}` }]);
    }
    const zh = await zhClient.post('/api/enrollment/children', childBody(good, { idNumber: wrongCheck }));
    expect(zh.json().error.fields[0].message).toContain(idNumberProblems.checksum['zh-CN']);
    expect(await Promise.all([count('children'), count('child_guardians')])).toEqual(before);
  });

  it('refuses a birth date or sex that disagrees with the number, naming the field', async () => {
    const [, client] = await guardian();
    const id = makeIdNumber({ sex: 'male' });
    const before = await count('children');
    const sex = await client.post('/api/enrollment/children', childBody(id, { sex: 'female' }));
    expect(sex.statusCode).toBe(400);
    expect(sex.json().error.code).toBe('enrollment.id_number_mismatch');
    expect(sex.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['/sex']);
    const date = await client.post('/api/enrollment/children', childBody(id, { birthDate: '2014-12-31' }));
    expect(date.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['/birthDate']);
    expect(await count('children')).toBe(before);
  });

  it('answers 409 to another guardian with the same number, without saying whose, and writes nothing', async () => {
    const [, first] = await guardian();
    const [, second] = await guardian();
    const id = makeIdNumber();
    expect((await first.post('/api/enrollment/children', childBody(id))).statusCode).toBe(201);
    const before = await Promise.all([count('children'), count('child_guardians'), count('consents')]);
    const clash = await second.post('/api/enrollment/children', childBody(id, { name: '李四' }));
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('enrollment.child_exists');
    expect(clash.body).not.toContain('张小明');
    expect(await Promise.all([count('children'), count('child_guardians'), count('consents')])).toEqual(before);
  });

  it('answers a retried or repeated create by the same guardian with the same child, one row', async () => {
    const [, client] = await guardian();
    const id = makeIdNumber();
    const answers = await Promise.all(Array.from({ length: 6 }, () => client.post('/api/enrollment/children', childBody(id))));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    const hash = createDataProtector(ctx.config.dataKey).keyedHash(id.idNumber);
    expect(await ctx.db.selectFrom('children').select('id').where('id_number_hash', '=', hash).execute()).toHaveLength(1);
    expect(await ctx.db.selectFrom('child_guardians').select('user_id').where('child_id', '=', answers[0]!.json().id).execute()).toHaveLength(1);
  });

  it('stores no plaintext ID number or address in any column, and the sealed ones open', async () => {
    const { childId, idNumber } = await createChildVia(ctx);
    const row = await ctx.db.selectFrom('children').selectAll().where('id', '=', childId).executeTakeFirstOrThrow();
    for (const [column, value] of Object.entries(row)) {
      expect(String(value), column).not.toContain(idNumber);
      expect(String(value), column).not.toContain(idNumber.slice(6, 14) + idNumber.slice(14, 17));
      expect(String(value), column).not.toContain('草市街');
    }
    const protector = createDataProtector(ctx.config.dataKey);
    expect(protector.decrypt(row.id_number_enc)).toBe(idNumber);
    expect(protector.decrypt(row.hukou_address_enc!)).toBe('四川省成都市青羊区草市街 1 号');
    expect(row.id_number_hash).toBe(protector.keyedHash(idNumber));
    expect(row.id_number_masked).toBe(`${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}`);
  });

  it('shows a child to its guardians only; others get 404, a platform admin a masked view without address', async () => {
    const { childId } = await createChildVia(ctx);
    const [, other] = await guardian();
    expect((await other.get(`/api/enrollment/children/${childId}`)).statusCode).toBe(404);
    expect((await other.get('/api/enrollment/children')).json().items).toEqual([]);
    const teacher = await ctx.clientAs((await createUser(ctx.db, { role: 'teacher' })).id);
    expect((await teacher.get(`/api/enrollment/children/${childId}`)).statusCode).toBe(404);
    const admin = await ctx.clientAs((await createUser(ctx.db, { role: 'platform_admin' })).id);
    const seen = await admin.get(`/api/enrollment/children/${childId}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ id: childId, name: '张*明', hukouAddress: null, relation: null });
    expect((await admin.post(`/api/enrollment/children/${childId}/id-number/reveal`)).statusCode).toBe(403);
    expect((await other.get('/api/enrollment/children/no-such-child')).statusCode).toBe(404);
  });

  it('reveals the full number to a guardian, uncached and audited without the number', async () => {
    const { childId, ownerId, idNumber } = await createChildVia(ctx);
    const client = await ctx.clientAs(ownerId);
    const revealed = await client.post(`/api/enrollment/children/${childId}/id-number/reveal`);
    expect(revealed.statusCode).toBe(200);
    expect(revealed.json()).toEqual({ idNumber });
    expect(revealed.headers['cache-control']).toBe('no-store');
    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'child.id_number.view').where('object_id', '=', childId).execute();
    expect(audit).toMatchObject([{ actor_user_id: ownerId, object_type: 'child', result: 'success' }]);
    const [, other] = await guardian();
    expect((await other.post(`/api/enrollment/children/${childId}/id-number/reveal`)).statusCode).toBe(404);
    const all = await ctx.db.selectFrom('audit_log').select(['detail', 'actor_name']).execute();
    expect(JSON.stringify(all)).not.toContain(idNumber);
    expect(JSON.stringify(all)).not.toContain('张小明');
  });

  it('records and withdraws consent to the current text, refusing an outdated version', async () => {
    const { childId, ownerId } = await createChildVia(ctx);
    const client = await ctx.clientAs(ownerId);
    const text = await client.get('/api/enrollment/consent-text?locale=en-US');
    expect(text.json()).toEqual({ version: CONSENT_TEXT_VERSION, locale: 'en-US', ...CONSENT_TEXTS['en-US'] });
    expect((await client.get('/api/enrollment/consent-text')).json().title).toBe(CONSENT_TEXTS['zh-CN'].title);

    const outdated = await client.post(`/api/enrollment/children/${childId}/consents`, { textVersion: '2020-01-v0', locale: 'zh-CN' });
    expect(outdated.statusCode).toBe(409);
    expect(outdated.json().error.code).toBe('enrollment.consent_outdated');
    expect(await ctx.db.selectFrom('consents').select('id').where('child_id', '=', childId).execute()).toEqual([]);

    const given = await client.post(`/api/enrollment/children/${childId}/consents`, { textVersion: CONSENT_TEXT_VERSION, locale: 'zh-CN' });
    expect(given.statusCode).toBe(200);
    expect(given.json().hasConsent).toBe(true);
    await client.post(`/api/enrollment/children/${childId}/consents`, { textVersion: CONSENT_TEXT_VERSION, locale: 'zh-CN' });
    const rows = await ctx.db.selectFrom('consents').selectAll().where('child_id', '=', childId).execute();
    expect(rows).toMatchObject([
      { user_id: ownerId, purpose: 'sensitive_personal_information', text_version: CONSENT_TEXT_VERSION, locale: 'zh-CN', withdrawn_at: null, ip: '127.0.0.1' },
    ]);
    expect(Date.parse(rows[0]!.given_at)).toBeGreaterThan(Date.now() - 60_000);

    const withdrawn = await client.post(`/api/enrollment/children/${childId}/consents/withdraw`);
    expect(withdrawn.json().hasConsent).toBe(false);
    const after = await ctx.db.selectFrom('consents').select('withdrawn_at').where('child_id', '=', childId).executeTakeFirstOrThrow();
    expect(after.withdrawn_at).not.toBeNull();
    const actions = await ctx.db.selectFrom('audit_log').select('action').where('object_id', '=', childId).orderBy('occurred_at').execute();
    expect(actions.map((a) => a.action)).toEqual(['child.create', 'child.consent.give', 'child.consent.withdraw']);
  });

  it('updates with the current version and refuses a stale one', async () => {
    const { childId, ownerId } = await createChildVia(ctx);
    const client = await ctx.clientAs(ownerId);
    const body = { name: '张晓明', hukouDivisionCode: '510105', hukouAddress: '四川省成都市青羊区新地址 2 号', relation: 'legal_guardian', version: 1 };
    const updated = await client.put(`/api/enrollment/children/${childId}`, body);
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      name: '张晓明',
      hukouDivisionCode: '510105',
      hukouAddress: body.hukouAddress,
      relation: 'legal_guardian',
      version: 2,
    });
    const stale = await client.put(`/api/enrollment/children/${childId}`, { ...body, name: '王五' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('resource.conflict');
    expect((await client.get(`/api/enrollment/children/${childId}`)).json().name).toBe('张晓明');
    expect((await client.put(`/api/enrollment/children/${childId}`, { ...body, idNumber: '510104201501010011', version: 2 })).statusCode).toBe(400);
  });

  it('deletes a profile with its guardians and consents', async () => {
    const { childId, ownerId, number } = await createChildVia(ctx);
    const client = await ctx.clientAs(ownerId);
    await client.post(`/api/enrollment/children/${childId}/consents`, { textVersion: CONSENT_TEXT_VERSION, locale: 'zh-CN' });
    const [, other] = await guardian();
    expect((await other.delete(`/api/enrollment/children/${childId}`)).statusCode).toBe(404);
    expect((await client.delete(`/api/enrollment/children/${childId}`)).statusCode).toBe(200);
    expect((await client.get(`/api/enrollment/children/${childId}`)).statusCode).toBe(404);
    expect(await ctx.db.selectFrom('child_guardians').select('user_id').where('child_id', '=', childId).execute()).toEqual([]);
    expect(await ctx.db.selectFrom('consents').select('id').where('child_id', '=', childId).execute()).toEqual([]);
    // The number is free again, so a corrected profile can be added.
    expect((await client.post('/api/enrollment/children', childBody(number))).statusCode).toBe(201);
  });
});
