import type { TestContext } from '../../../test/test-app.ts';
import { createUser } from '../../../test/factories.ts';

// Test data only. The check character is computed here from GB 11643 itself, not with common/id-number.ts,
// so a mistake there cannot make these numbers agree with it.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacter = (first17: string) => '10X98765432'[[...first17].reduce((sum, d, i) => sum + Number(d) * WEIGHTS[i]!, 0) % 11]!;

let counter = Math.floor(Math.random() * 100_000);

export interface TestIdNumber {
  idNumber: string;
  birthDate: string;
  sex: 'male' | 'female';
}

/** A valid, so far unused number: prefix + a birth date in 2015–2020 + a sequence whose last digit gives the sex. */
export function makeIdNumber(options: { prefix?: string; sex?: 'male' | 'female'; check?: 'X' | 'digit' } = {}): TestIdNumber {
  const sex = options.sex ?? 'male';
  for (;;) {
    const n = counter++;
    const day = new Date(Date.UTC(2015, 0, 1) + (n % 2000) * 86_400_000).toISOString().slice(0, 10);
    const sequence = `${Math.floor(n / 2000) % 100}`.padStart(2, '0') + String((n % 5) * 2 + (sex === 'male' ? 1 : 0));
    const first17 = `${options.prefix ?? '510104'}${day.replaceAll('-', '')}${sequence}`;
    const check = checkCharacter(first17);
    if (options.check === 'X' ? check !== 'X' : options.check === 'digit' && check === 'X') continue;
    return { idNumber: first17 + check, birthDate: day, sex };
  }
}

/** A create body for the number. */
export const childBody = (id: TestIdNumber = makeIdNumber(), extra: Record<string, unknown> = {}) => ({
  name: '张小明',
  sex: id.sex,
  birthDate: id.birthDate,
  idNumber: id.idNumber,
  hukouAddress: '四川省成都市青羊区草市街 1 号',
  relation: 'father',
  ...extra,
});

/** A child profile created through the API by a guardian (a new one unless given). */
export async function createChildVia(
  ctx: TestContext,
  ownerId?: string,
): Promise<{ childId: string; ownerId: string; idNumber: string; number: TestIdNumber }> {
  const owner = ownerId ?? (await createUser(ctx.db, { role: 'guardian' })).id;
  const id = makeIdNumber();
  const response = await (await ctx.clientAs(owner)).post('/api/enrollment/children', childBody(id));
  if (response.statusCode !== 201) throw new Error(`creating a test child failed: ${response.statusCode} ${response.body}`);
  return { childId: response.json().id, ownerId: owner, idNumber: id.idNumber, number: id };
}
