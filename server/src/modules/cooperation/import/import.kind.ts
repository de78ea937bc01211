import type { Actor } from '../../../platform/access/actor.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { ImportColumn, ImportContext } from './import.columns.ts';
import type { Texts } from './import.labels.ts';
import type { Problem } from './import.messages.ts';

export const IMPORT_KINDS = ['pairings', 'communities', 'exchanges'] as const;
export type ImportKindName = (typeof IMPORT_KINDS)[number];

/** Reports a problem of the row being checked, against one of its columns (by key) or the row as a whole (null). */
export type Reporter = (columnKey: string | null, problem: Problem) => void;

export interface RowInput<D> {
  /** The row's number as the spreadsheet shows it. */
  number: number;
  draft: D;
}

/** One kind of record a file may hold: its columns, the checks of a row, and how checked rows are written. */
export interface ImportKind<D, P> {
  name: ImportKindName;
  sheet: Texts;
  columns: ImportColumn<D>[];
  /** Reads what the rows are checked against and returns the row check (null: the row has problems). */
  prepare(db: DbOrTx, actor: Actor, ctx: ImportContext, fileKey: string): Promise<(row: RowInput<D>, report: Reporter) => P | null>;
  /** Writes every checked row, inside the import's one transaction. */
  write(tx: DbOrTx, plans: P[], actor: Actor, fileKey: string): Promise<void>;
}
