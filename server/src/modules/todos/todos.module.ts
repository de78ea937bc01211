import type { PlatformModule } from '../../platform/modules/module-contract.ts';
import { todosRoutes } from './todos.routes.ts';

/** Staff's to-do list (待办): every module's `todos` gathered for the signed-in person. */
export const todosModule: PlatformModule = {
  name: 'todos',
  routes: [{ prefix: '/api/todos', plugin: todosRoutes }],
};
