// What a database error means, told from the driver's codes in one place (pg on PostgreSQL,
// better-sqlite3 on SQLite), so services and the error handler never parse driver messages themselves.

interface DriverError {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

const codeOf = (error: unknown): string => String((error as DriverError | null)?.code ?? '');
const messageOf = (error: unknown): string => String((error as DriverError | null)?.message ?? '');

/** A row still referenced by another (PostgreSQL 23503, SQLite SQLITE_CONSTRAINT_FOREIGNKEY). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** Socket errors of a connection that went away or never came. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** PostgreSQL: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting or in recovery). */
const SERVER_GONE_CODES = new Set(['57P01', '57P02', '57P03']);
/** What pg says when a connection ends under a query, or when the pool waits too long for one. */
const CONNECTION_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection.*(closed|ended)/i,
  /client has encountered a connection error/i,
  /cannot use a pool after calling end/i,
];

/**
 * The database cannot be reached right now (as opposed to a wrong query): the request may succeed if retried
 * later, so callers answer 503 with Retry-After rather than 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; current = (current as DriverError).cause, depth++) {
    const code = codeOf(current);
    if (NETWORK_CODES.has(code) || SERVER_GONE_CODES.has(code) || code.startsWith('08')) return true;
    // SQLite: the file is locked by another writer beyond busy_timeout, or the disk is gone.
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')) return true;
    const message = messageOf(current);
    if (CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
}
