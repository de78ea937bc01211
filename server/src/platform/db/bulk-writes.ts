import type { InsertObject } from 'kysely';
import type { DbOrTx } from './database.ts';
import type { Database } from './schema.ts';

// Bulk writes (a final allocation run, the hourly jobs): 100 000 rows must not mean 100 000 round trips, so
// rows go in multi-row statements of a few hundred rows inside the caller's transaction. 500 rows of up to
// 60 columns stay far below both dialects' bound-value limits (SQLite 32 766, PostgreSQL 65 535).

const ROWS_PER_STATEMENT = 500;
/** Ids per `where id in (…)`. */
export const ID_CHUNK = 500;

export function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Inserts rows of one table in multi-row statements of a few hundred rows. */
export async function insertMany<T extends keyof Database & string>(tx: DbOrTx, table: T, rows: readonly InsertObject<Database, T>[]): Promise<void> {
  for (const chunk of chunked(rows, ROWS_PER_STATEMENT)) {
    await tx.insertInto(table).values(chunk).execute();
  }
}
