import type { Migration } from 'kysely';
import * as foundation from './20261124000000_foundation.ts';

/** Every migration, in order. A new migration is a new file plus one line here; landed files never change. */
export const migrations: Record<string, Migration> = {
  '20261124000000_foundation': foundation,
};
