import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../http/errors.ts';
import { hashPassword, setPasswordHashPool, verifyPassword } from './password.ts';

// A burst of sign-ins: hashes run one per core off the event loop, a bounded number wait, and the rest are
// told at once to come back (429 auth.busy with the seconds to wait) instead of queueing without end.

describe('the password hashing pool', () => {
  afterEach(() => setPasswordHashPool(2, 32));

  it('runs what fits, queues what may wait, and refuses the rest at once with 429', async () => {
    const stored = await hashPassword('correct horse battery staple');
    setPasswordHashPool(1, 2);
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        verifyPassword(i % 2 === 0 ? 'correct horse battery staple' : 'wrong', stored).then(
          (ok) => (ok ? 'match' : 'no match'),
          (error: unknown) => (error instanceof AppError ? `${error.statusCode} ${error.code} ${String(error.params.seconds)}` : String(error)),
        ),
      ),
    );
    // One running, two waiting: the first three are verified; the other three refused without being hashed.
    expect(outcomes).toEqual(['match', 'no match', 'match', '429 auth.busy 2', '429 auth.busy 2', '429 auth.busy 2']);
    // The pool is free again afterwards: nothing leaked.
    expect(
      await Promise.all([verifyPassword('wrong', stored), verifyPassword('correct horse battery staple', stored), verifyPassword('wrong', stored)]),
    ).toEqual([false, true, false]);
  });
});
