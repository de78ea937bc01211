import { Type, type Static } from 'typebox';
import { StrictObject } from '../../../platform/http/schemas.ts';
import { IMPORT_KINDS } from './import.kind.ts';

export const ImportKindParams = StrictObject({ kind: Type.Enum(IMPORT_KINDS) });
export type ImportKindParams = Static<typeof ImportKindParams>;

export const ImportQuery = StrictObject({ dryRun: Type.Optional(Type.Boolean({ default: false })) });

export const ImportResult = Type.Object({
  kind: Type.Enum(IMPORT_KINDS),
  /** Data rows in the file. */
  rows: Type.Integer(),
  /** Records written (every row, or none). */
  created: Type.Integer(),
  /** True when the file was only checked: nothing was written. */
  dryRun: Type.Boolean(),
});
export type ImportResult = Static<typeof ImportResult>;
