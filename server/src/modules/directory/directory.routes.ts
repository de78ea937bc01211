import { requireActor } from '../../platform/http/guards.ts';
import { auditContextOf } from '../../platform/http/request-context.ts';
import { IdParams, errorResponses } from '../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../platform/http/types.ts';
import * as directory from './directory.service.ts';
import { CreateOrganizationBody, OrganizationList, OrganizationListQuery, OrganizationView, RegionList, UpdateOrganizationBody } from './directory.schemas.ts';
import { schoolFileRoutes } from './school-file.routes.ts';

const tags = ['directory'];

export async function directoryRoutes(app: App, options: ModuleOptions): Promise<void> {
  const { db } = options.deps;

  app.get('/regions', { schema: { tags, response: { 200: RegionList, ...errorResponses } } }, async (request) => ({
    items: await directory.listRegions(db, requireActor(request)),
  }));

  app.get('/organizations', { schema: { tags, querystring: OrganizationListQuery, response: { 200: OrganizationList, ...errorResponses } } }, async (request) =>
    directory.listOrganizations(db, requireActor(request), request.query),
  );

  app.post(
    '/organizations',
    { schema: { tags, body: CreateOrganizationBody, response: { 201: OrganizationView, ...errorResponses } } },
    async (request, reply) => {
      const organization = await directory.createOrganization(db, requireActor(request), auditContextOf(request), request.body);
      return reply.status(201).send(organization);
    },
  );

  app.get('/organizations/:id', { schema: { tags, params: IdParams, response: { 200: OrganizationView, ...errorResponses } } }, async (request) =>
    directory.getOrganization(db, requireActor(request), request.params.id),
  );

  app.put(
    '/organizations/:id',
    { schema: { tags, params: IdParams, body: UpdateOrganizationBody, response: { 200: OrganizationView, ...errorResponses } } },
    async (request) => directory.updateOrganization(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  // Only the dependencies: passing `options` on would hand the child our prefix a second time (/api/directory/api/directory/…).
  await app.register(schoolFileRoutes, { deps: options.deps });
}
