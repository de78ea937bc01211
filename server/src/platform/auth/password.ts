import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../../common/password.ts';
import { AppError } from '../http/errors.ts';

export { PASSWORD_MAX, PASSWORD_MIN };

// scrypt with N=2^15, r=8, p=1 (OWASP's minimum is N=2^17 with r=8 for scrypt on fast hardware;
// 2^15 keeps sign-in under ~100 ms on these two-core machines — raise N as hardware allows: the format records it).
// The cost of new hashes comes from the configuration (PASSWORD_SCRYPT_N, set at start-up): tests lower it,
// production keeps at least 2^15. Verification reads the cost each hash records.
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };

/** Sets N for new hashes (buildApp, from the configuration). */
export function setPasswordHashCost(n: number): void {
  PARAMS.N = n;
}
const KEY_LENGTH = 32;

/**
 * Hashing runs on libuv's worker threads, never on the event loop, and at most one hash per core at a time
 * (the threads stay free for file and DNS work). A burst waits in a bounded queue; beyond it the caller is
 * told to come back (429 auth.busy with Retry-After) instead of waiting without end.
 */
const pool = { running: 0, waiting: [] as (() => void)[], concurrency: availableParallelism(), maxWaiting: 16 * availableParallelism() };

/** Sizes the hashing pool (tests; production takes the number of cores and 16 waiting per core). */
export function setPasswordHashPool(concurrency: number, maxWaiting: number): void {
  pool.concurrency = concurrency;
  pool.maxWaiting = maxWaiting;
}

/** Seconds after which a refused sign-in may try again: about the time the queue takes to drain. */
const BUSY_RETRY_SECONDS = 2;

async function inPool<T>(work: () => Promise<T>): Promise<T> {
  if (pool.running < pool.concurrency) pool.running += 1;
  else if (pool.waiting.length >= pool.maxWaiting) throw new AppError('auth.busy', 429, { seconds: BUSY_RETRY_SECONDS });
  else await new Promise<void>((resolve) => pool.waiting.push(resolve)); // the finishing hash hands its place over
  try {
    return await work();
  } finally {
    const next = pool.waiting.shift();
    if (next) next();
    else pool.running -= 1;
  }
}

function scryptAsync(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return inPool(
    () =>
      new Promise((resolve, reject) =>
        scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem: 256 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
      ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, { ...PARAMS });
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummy: { n: number; hash: Promise<string> } | null = null;

/**
 * A well-formed hash of a random password at the current cost: verified against when the account does not
 * exist, so timing reveals nothing.
 */
export function dummyHash(): Promise<string> {
  if (!dummy || dummy.n !== PARAMS.N) dummy = { n: PARAMS.N, hash: hashPassword(randomBytes(16).toString('hex')) };
  return dummy.hash;
}

const commonPasswords = new Set<string>((dictionary.passwords as string[]).map((p) => p.toLowerCase()));

/** NIST SP 800-63B: length limits and a list of common passwords, no composition rules. */
export function checkPasswordPolicy(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN) throw new AppError('auth.password_too_short', 400, { min: PASSWORD_MIN });
  if (length > PASSWORD_MAX) throw new AppError('auth.password_too_long', 400, { max: PASSWORD_MAX });
  if (commonPasswords.has(password.toLowerCase())) throw new AppError('auth.password_common', 400);
}
