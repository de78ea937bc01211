import type { Locale } from '../../../../common/locales.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { installedModules } from '../../platform/modules/installed-modules.ts';
import type { TodoList } from './todos.schemas.ts';

/**
 * The caller's to-do list (待办): what every module says waits for this person, in module order, each with
 * its count and the page where it is done. Only what the person can act on is counted (each source asks
 * the person's grants); a guardian's list is empty.
 */
export async function listTodos(db: Db, actor: Actor, locale: Locale): Promise<TodoList> {
  const sources = installedModules().flatMap((m) => m.todos ?? []);
  const collected = await Promise.all(sources.map(async (source) => ({ source, item: await source.collect(db, actor) })));
  const items = collected.flatMap(({ source, item }) => (item && item.count > 0 ? [{ key: source.key, label: source.label[locale], ...item }] : []));
  return { items, total: items.reduce((sum, i) => sum + i.count, 0) };
}
