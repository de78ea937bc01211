import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isForeignKeyViolation } from './db-errors.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('database error classification', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED')],
    ['connection reset', withCode('ECONNRESET')],
    ['admin shutdown', withCode('57P01', 'terminating connection due to administrator command')],
    ['cannot connect now', withCode('57P03', 'the database system is starting up')],
    ['connection exception class', withCode('08006')],
    ['connection ended under a query', new Error('Connection terminated unexpectedly')],
    ['pool wait timed out', new Error('timeout exceeded when trying to connect')],
    ['wrapped cause', Object.assign(new Error('query failed'), { cause: withCode('ECONNRESET') })],
    ['SQLite locked beyond the busy timeout', withCode('SQLITE_BUSY')],
  ])('calls %s unavailable', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a syntax error', withCode('42601')],
    ['a foreign key violation', withCode('23503')],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['nothing', undefined],
  ])('does not call %s unavailable', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('tells foreign key violations on both databases', () => {
    expect(isForeignKeyViolation(withCode('23503'))).toBe(true);
    expect(isForeignKeyViolation(withCode('SQLITE_CONSTRAINT_FOREIGNKEY'))).toBe(true);
    expect(isForeignKeyViolation(withCode('23505'))).toBe(false);
  });
});
