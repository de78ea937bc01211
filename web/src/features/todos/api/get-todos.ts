import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { TodoList } from '../../../../../server/src/modules/todos/todos.schemas.ts';
import { api } from '../../../lib/api-client.ts';

export type Todos = Static<typeof TodoList>;
export type Todo = Todos['items'][number];

/** What waits for the signed-in person (待办), from every module. */
export const getTodos = (signal?: AbortSignal): Promise<Todos> => api.get<Todos>('/todos', undefined, signal);

// Refreshed every minute and when the window regains focus, so the header count follows the work.
export const todosQueryOptions = () =>
  queryOptions({ queryKey: ['todos'], queryFn: ({ signal }) => getTodos(signal), staleTime: 30_000, refetchInterval: 60_000 });

export const useTodos = () => useQuery(todosQueryOptions());
