import { auditContextOf } from '../../platform/http/request-context.ts';
import { requireActor } from '../../platform/http/guards.ts';
import { IdParams, OkResponse, errorResponses } from '../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../platform/http/types.ts';
import * as users from './users.service.ts';
import { CreateUserBody, GrantInput, GrantParams, ResetPasswordBody, UpdateUserBody, UserList, UserListQuery, UserView } from './users.schemas.ts';

const tags = ['users'];

export async function usersRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/', { schema: { tags, querystring: UserListQuery, response: { 200: UserList, ...errorResponses } } }, async (request) =>
    users.listUsers(db, requireActor(request), request.query),
  );

  app.post('/', { schema: { tags, body: CreateUserBody, response: { 201: UserView, ...errorResponses } } }, async (request, reply) => {
    const user = await users.createUser(db, requireActor(request), auditContextOf(request), request.body);
    return reply.status(201).send(user);
  });

  app.get('/:id', { schema: { tags, params: IdParams, response: { 200: UserView, ...errorResponses } } }, async (request) =>
    users.getUser(db, requireActor(request), request.params.id),
  );

  app.patch('/:id', { schema: { tags, params: IdParams, body: UpdateUserBody, response: { 200: UserView, ...errorResponses } } }, async (request) =>
    users.updateUser(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/disable', { schema: { tags, params: IdParams, response: { 200: UserView, ...errorResponses } } }, async (request) =>
    users.setUserDisabled(db, requireActor(request), auditContextOf(request), request.params.id, true),
  );

  app.post('/:id/enable', { schema: { tags, params: IdParams, response: { 200: UserView, ...errorResponses } } }, async (request) =>
    users.setUserDisabled(db, requireActor(request), auditContextOf(request), request.params.id, false),
  );

  app.post(
    '/:id/password',
    { schema: { tags, params: IdParams, body: ResetPasswordBody, response: { 200: OkResponse, ...errorResponses } } },
    async (request) => {
      await users.resetPassword(db, requireActor(request), auditContextOf(request), request.params.id, request.body.password);
      return { ok: true as const };
    },
  );

  app.post('/:id/grants', { schema: { tags, params: IdParams, body: GrantInput, response: { 201: UserView, ...errorResponses } } }, async (request, reply) => {
    const user = await users.addGrant(db, requireActor(request), auditContextOf(request), request.params.id, request.body);
    return reply.status(201).send(user);
  });

  app.delete('/:id/grants/:grantId', { schema: { tags, params: GrantParams, response: { 200: UserView, ...errorResponses } } }, async (request) =>
    users.removeGrant(db, requireActor(request), auditContextOf(request), request.params.id, request.params.grantId),
  );
}
