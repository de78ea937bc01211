import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { DbOrTx } from '../db/database.ts';
import { nowIso } from '../db/database.ts';
import { AppError } from './errors.ts';

/**
 * Idempotency-Key: a retried request (a double tap, a reconnect) with the same key gets the first answer
 * back instead of a second write. The key is claimed inside the transaction of the change itself, so the
 * change and the stored answer commit together or not at all; a concurrent request with the same key
 * waits on the key's row and then replays. Only successes are stored: a refused request changes nothing
 * and may be retried. Answers hold ids, never personal data: the caller renders the current view from them.
 */
export interface IdempotencyInput {
  userId: string;
  /** The Idempotency-Key header; without one the request simply runs. */
  key: string | null;
  /** What the key was used for: the route and the object ('POST /enrollment/applications/<id>/submit'). */
  scope: string;
  /** The request body: the same key with another body is a client mistake (422). */
  payload: unknown;
}

export interface Answer<T> {
  statusCode: number;
  body: T;
}

const KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

/** The Idempotency-Key header, checked; null when absent. */
export function idempotencyKeyOf(request: FastifyRequest): string | null {
  const header = request.headers['idempotency-key'];
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === '') return null;
  if (!KEY.test(value)) throw new AppError('request.invalid', 400, {}, [{ field: 'headers:/idempotency-key', message: '' }]);
  return value;
}

/** JSON with sorted keys, so that the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const requestHash = (input: IdempotencyInput) =>
  createHash('sha256')
    .update(`${input.scope}\n${canonical(input.payload)}`)
    .digest('hex');

/**
 * Runs `work` once per key, inside the caller's transaction `tx`: returns the stored answer when the key
 * was already used for the same request, 422 when it was used for another one.
 */
export async function idempotently<T>(tx: DbOrTx, input: IdempotencyInput, work: () => Promise<Answer<T>>): Promise<Answer<T> & { replayed: boolean }> {
  if (input.key === null) return { ...(await work()), replayed: false };
  const hash = requestHash(input);
  // The claim: a concurrent transaction inserting the same key waits here until this one ends.
  const claimed = await tx
    .insertInto('idempotency_keys')
    .values({ user_id: input.userId, key: input.key, scope: input.scope, request_hash: hash, status_code: 0, response: 'null', created_at: nowIso() })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
    .executeTakeFirst();
  if (Number(claimed.numInsertedOrUpdatedRows ?? 0) !== 1) {
    const stored = await tx
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('user_id', '=', input.userId)
      .where('key', '=', input.key)
      .executeTakeFirstOrThrow();
    if (stored.request_hash !== hash) throw new AppError('request.idempotency_key_reused', 422);
    return { statusCode: stored.status_code, body: JSON.parse(stored.response) as T, replayed: true };
  }
  const answer = await work();
  await tx
    .updateTable('idempotency_keys')
    .set({ status_code: answer.statusCode, response: JSON.stringify(answer.body) })
    .where('user_id', '=', input.userId)
    .where('key', '=', input.key)
    .execute();
  return { ...answer, replayed: false };
}

/** Keys are kept a day: long enough for any retry, short enough to keep the table small. */
export async function pruneIdempotencyKeys(db: DbOrTx, olderThanMs = 24 * 3600_000): Promise<number> {
  const result = await db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', new Date(Date.now() - olderThanMs).toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
