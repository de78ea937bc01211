import type { Locale } from '../../../../common/locales.ts';
import type { Actor } from '../access/actor.ts';
import type { Db } from '../db/database.ts';

/** One line of a staff member's to-do list (待办): what waits, how much of it, and the page where it is done. */
export interface TodoItem {
  /** Stable key, `<module>.<what>`: 'enrollment.review', 'cooperation.pairing_approval' … */
  key: string;
  count: number;
  /** The web app's path where the work is done (with its filter), e.g. '/enrollment/review?status=submitted'. */
  link: string;
  /** The oldest waiting item's time (ISO), so the list can say how long it has waited. */
  oldestAt: string | null;
}

/** What one module puts on a person's to-do list; `collect` returns nothing for people it has no work for. */
export interface TodoSource {
  key: string;
  label: Record<Locale, string>;
  collect(db: Db, actor: Actor): Promise<Omit<TodoItem, 'key'> | null>;
}
