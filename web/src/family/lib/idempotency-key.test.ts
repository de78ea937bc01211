import { describe, expect, it } from 'vitest';
import { IntentKeys, newIdempotencyKey } from './idempotency-key.ts';

describe('newIdempotencyKey', () => {
  it('is a UUID v4 built from the random bytes', () => {
    const key = newIdempotencyKey((bytes) => bytes.fill(0xff));
    expect(key).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('differs from call to call', () => {
    expect(new Set(Array.from({ length: 50 }, () => newIdempotencyKey())).size).toBe(50);
  });
});

describe('IntentKeys', () => {
  const counter = () => {
    let n = 0;
    return new IntentKeys(() => `key-${++n}`);
  };

  it('gives one intent the same key until it is settled, and another intent its own', () => {
    const keys = counter();
    expect(keys.keyFor('submit:a:3')).toBe('key-1');
    expect(keys.keyFor('submit:a:3')).toBe('key-1');
    expect(keys.keyFor('submit:a:4')).toBe('key-2');
  });

  it('keeps the key after success, a lost connection or a 5xx', () => {
    const keys = counter();
    const first = keys.keyFor('submit:a:3');
    keys.settle('submit:a:3', null);
    keys.settle('submit:a:3', { status: 0 });
    keys.settle('submit:a:3', { status: 503 });
    expect(keys.keyFor('submit:a:3')).toBe(first);
  });

  it('starts a new key after a refusal', () => {
    const keys = counter();
    const first = keys.keyFor('submit:a:3');
    keys.settle('submit:a:3', { status: 422 });
    expect(keys.keyFor('submit:a:3')).not.toBe(first);
  });
});
