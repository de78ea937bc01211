import { Type, type Static } from 'typebox';
import { Nullable } from '../../platform/http/schemas.ts';

export const TodoItemView = Type.Object({
  key: Type.String(),
  /** What waits, in the caller's language. */
  label: Type.String(),
  count: Type.Integer({ minimum: 1 }),
  /** The web app's page where the work is done. */
  link: Type.String(),
  oldestAt: Nullable(Type.String()),
});

export const TodoList = Type.Object({
  items: Type.Array(TodoItemView),
  /** All waiting work, for the count in the header. */
  total: Type.Integer({ minimum: 0 }),
});
export type TodoList = Static<typeof TodoList>;
