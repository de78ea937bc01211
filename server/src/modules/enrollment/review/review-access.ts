import { conflict } from '../../../platform/http/errors.ts';

/** Every decision names the version its maker saw: a second reviewer deciding from the same view loses. */
export function assertVersion(row: { version: number }, version: number): void {
  if (row.version !== version) throw conflict();
}
