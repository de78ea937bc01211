import type { Actor } from '../../../platform/access/actor.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import * as policies from '../policies/policies.service.ts';
import * as repo from './review.repository.ts';

/** The mandatory materials of the application's route without an accepted document. */
export async function unacceptedMandatoryMaterials(db: DbOrTx, actor: Actor, app: repo.ApplicationRow) {
  const [policy, documents] = await Promise.all([policies.getPolicy(db, actor, app.policy_id), repo.findDocuments(db, app.id)]);
  const route = policy.routes.find((r) => r.code === app.route_code);
  const accepted = new Set(documents.filter((d) => d.status === 'accepted' && d.appeal_id === null).map((d) => d.material));
  return (route?.materials ?? []).filter((m) => m.requirement === 'mandatory' && !accepted.has(m.material));
}

/**
 * What approval needs, on review and on an upheld appeal alike: an accepted document for every mandatory
 * material of the route, and verified points on a points route (allocation ranks by them).
 */
export async function assertApprovable(db: DbOrTx, actor: Actor, app: repo.ApplicationRow): Promise<void> {
  const missing = await unacceptedMandatoryMaterials(db, actor, app);
  if (missing.length > 0) {
    throw new AppError(
      'enrollment.documents_not_accepted',
      409,
      { count: missing.length },
      missing.map((m) => ({ field: `material:${m.material}`, message: '' })),
    );
  }
  if (app.route_admission_basis === 'points' && app.points_verified === null) throw new AppError('enrollment.points_not_verified', 409);
}
