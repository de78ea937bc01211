import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import * as finder from './partner-finder.service.ts';
import { PartnerSearchQuery, PartnerSearchResult, ProfileParams, ProfileView, UpdateProfileBody } from './partner-finder.schemas.ts';

const tags = ['cooperation'];

/** GET /api/cooperation/partner-finder: ranked partner suggestions for a school (a proposal is then POST /pairings). */
export async function partnerFinderRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/', { schema: { tags, querystring: PartnerSearchQuery, response: { 200: PartnerSearchResult, ...errorResponses } } }, async (request) =>
    finder.findPartners(db, requireActor(request), request.query),
  );
}

/** /api/cooperation/profiles/:organizationId: an organization's strengths and needs. */
export async function profilesRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/:organizationId', { schema: { tags, params: ProfileParams, response: { 200: ProfileView, ...errorResponses } } }, async (request) =>
    finder.getProfile(db, requireActor(request), request.params.organizationId),
  );

  app.put(
    '/:organizationId',
    { schema: { tags, params: ProfileParams, body: UpdateProfileBody, response: { 200: ProfileView, ...errorResponses } } },
    async (request) => finder.updateProfile(db, requireActor(request), auditContextOf(request), request.params.organizationId, request.body),
  );
}
