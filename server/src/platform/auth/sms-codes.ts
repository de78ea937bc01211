import { randomInt, randomUUID } from 'node:crypto';
import type { DataProtector } from '../crypto/data-protection.ts';
import type { DbOrTx } from '../db/database.ts';

export const SMS_CODE_TTL_MINUTES = 10;
const MAX_FAILED_ATTEMPTS = 5;

/** Issues a 6-digit code for a mobile number; earlier unused codes stop working, so only the newest counts. */
export async function issueSmsCode(db: DbOrTx, protector: DataProtector, mobile: string, now = new Date()): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await db.updateTable('sms_codes').set({ consumed_at: now.toISOString() }).where('mobile', '=', mobile).where('consumed_at', 'is', null).execute();
  await db
    .insertInto('sms_codes')
    .values({
      id: randomUUID(),
      mobile,
      code_hash: protector.keyedHash(`${mobile}:${code}`),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SMS_CODE_TTL_MINUTES * 60_000).toISOString(),
      consumed_at: null,
    })
    .execute();
  return code;
}

/**
 * True exactly once for a right, unexpired code. The conditional update makes two concurrent
 * verifications of one code succeed at most once; five wrong tries burn the code.
 */
export async function consumeSmsCode(db: DbOrTx, protector: DataProtector, mobile: string, code: string, now = new Date()): Promise<boolean> {
  const row = await db
    .selectFrom('sms_codes')
    .select(['id', 'code_hash', 'failed_attempts'])
    .where('mobile', '=', mobile)
    .where('consumed_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!row) return false;
  if (row.code_hash !== protector.keyedHash(`${mobile}:${code}`)) {
    const burn = row.failed_attempts + 1 >= MAX_FAILED_ATTEMPTS;
    await db
      .updateTable('sms_codes')
      .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1), consumed_at: burn ? now.toISOString() : null }))
      .where('id', '=', row.id)
      .execute();
    return false;
  }
  const result = await db
    .updateTable('sms_codes')
    .set({ consumed_at: now.toISOString() })
    .where('id', '=', row.id)
    .where('consumed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
