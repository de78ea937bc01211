import { requireActor } from '../../platform/http/guards.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../platform/http/types.ts';
import { TodoList } from './todos.schemas.ts';
import { listTodos } from './todos.service.ts';

/** The signed-in person's to-do list, gathered from every module. */
export async function todosRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/', { schema: { tags: ['todos'], response: { 200: TodoList, ...errorResponses } } }, async (request, reply) => {
    const list = await listTodos(db, requireActor(request), request.locale);
    return reply.header('cache-control', 'no-store').send(list);
  });
}
