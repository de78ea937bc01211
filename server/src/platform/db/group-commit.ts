import { PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';
import { groupCommitBatchSize } from '../metrics/metrics.ts';

/** A unit of work: database statements only, through `tx` alone (no file or network I/O: the batch waits for it). */
export type Unit<T> = (tx: Transaction<Database>) => Promise<T>;

interface Queued {
  work: Unit<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface GroupCommitOptions {
  /** Batch concurrent units into one transaction (default: on SQLite, where each commit is one fsync). */
  grouped?: boolean;
  /** The most units one transaction carries. */
  maxBatch?: number;
}

/**
 * Group commit: with synchronous=FULL every SQLite commit waits for the disk, so concurrent callers are
 * committed together. A caller enqueues a unit; the flusher runs every queued unit in one transaction,
 * each inside its own savepoint, and answers each caller only after the commit. A unit that fails is
 * rolled back to its savepoint and only its caller sees the error. If the commit itself fails, each
 * unit is run again alone, so one bad unit never fails the others.
 */
export class GroupCommit {
  private queue: Queued[] = [];
  private flushing = false;
  /** Transactions committed for grouped units (to see the grouping work). */
  batches = 0;
  private readonly grouped: boolean;
  private readonly maxBatch: number;

  constructor(
    private readonly db: Db,
    options: GroupCommitOptions = {},
  ) {
    this.grouped = options.grouped ?? !(db.getExecutor().adapter instanceof PostgresAdapter);
    this.maxBatch = options.maxBatch ?? 256;
  }

  /** Runs the unit in a transaction (shared with concurrent units when grouped); resolves after the commit. */
  run<T>(work: Unit<T>): Promise<T> {
    if (!this.grouped) return this.db.transaction().execute(work);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.flushing) {
        this.flushing = true;
        // Let the requests already read from the sockets enqueue their units before the first batch starts.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.commitBatch(this.queue.splice(0, this.maxBatch));
    } finally {
      this.flushing = false;
    }
  }

  private async commitBatch(batch: Queued[]): Promise<void> {
    const outcomes: Outcome[] = [];
    try {
      await this.db.transaction().execute(async (tx) => {
        for (const unit of batch) outcomes.push(await runInSavepoint(tx, unit.work));
      });
      this.batches += 1;
      groupCommitBatchSize.observe(batch.length);
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const unit of batch) await this.db.transaction().execute(unit.work).then(unit.resolve, unit.reject);
      return;
    }
    batch.forEach((unit, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) unit.resolve(outcome.value);
      else unit.reject(outcome.error);
    });
  }
}

async function runInSavepoint(tx: Transaction<Database>, work: Unit<unknown>): Promise<Outcome> {
  await sql`savepoint group_commit_unit`.execute(tx);
  try {
    const value = await work(tx);
    await sql`release savepoint group_commit_unit`.execute(tx);
    return { ok: true, value };
  } catch (error) {
    await sql`rollback to savepoint group_commit_unit`.execute(tx);
    await sql`release savepoint group_commit_unit`.execute(tx);
    return { ok: false, error };
  }
}

const instances = new WeakMap<Db, GroupCommit>();

/** The one group-commit queue of a database (one per Db, so every module shares its batches). */
export function groupCommitOf(db: Db): GroupCommit {
  let instance = instances.get(db);
  if (!instance) {
    instance = new GroupCommit(db);
    instances.set(db, instance);
  }
  return instance;
}
