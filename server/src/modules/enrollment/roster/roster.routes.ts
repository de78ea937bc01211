import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { IdParams, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import * as roster from './roster.service.ts';
import { ArrivalBody, RosterList, RosterPupil, RosterQuery, SchoolParams } from './roster.schemas.ts';

const tags = ['enrollment'];

/** A school's admitted pupils and their arrival (报到), for the school admin. */
export async function rosterRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get(
    '/schools/:schoolId/pupils',
    { schema: { tags, params: SchoolParams, querystring: RosterQuery, response: { 200: RosterList, ...errorResponses } } },
    async (request) => roster.listPupils(db, requireActor(request), request.params.schoolId, request.query),
  );

  app.post(
    '/applications/:id/arrival',
    { schema: { tags, params: IdParams, body: ArrivalBody, response: { 200: RosterPupil, ...errorResponses } } },
    async (request) => roster.recordArrival(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );
}
