import { applicationResource } from '../enrollment.policy.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, can, type Action, type Resource } from '../../../platform/access/policy.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import * as policiesRepo from '../policies/policies.repository.ts';
import * as repo from './placement.repository.ts';

// Access for allocation and placement, asked of the one access policy: a policy's allocation is an action on
// the applications of its host region; an offer or placement is an action on one application.

const policyResource = (row: policiesRepo.PolicyRow): Resource => ({ type: 'enrollment_policy', regionPath: row.host_region_path, status: row.status });

/** The policy, if the caller may act on its applications; a policy the caller cannot see reads as missing. */
export async function policyFor(db: DbOrTx, actor: Actor, id: string, action: 'allocate' | 'list'): Promise<policiesRepo.PolicyRow> {
  const row = await policiesRepo.findPolicy(db, id);
  if (!row || !can(actor, 'read', policyResource(row))) throw notFound();
  authorize(actor, action, { type: 'enrollment_application_collection', regionPath: row.host_region_path });
  return row;
}

/** Seats are handed out only while the policy is published: not in a draft, not after the cycle closed. */
export function assertAllocatable(policy: Pick<policiesRepo.PolicyRow, 'status'>): void {
  if (policy.status !== 'published') throw new AppError('enrollment.allocation_policy_not_published', 409);
}

/** The application, if the caller may do any of the actions; one the caller cannot read reads as missing. */
export async function applicationFor(db: DbOrTx, actor: Actor, id: string, ...actions: Action[]): Promise<repo.PlacementApplicationRow> {
  const row = await repo.findApplication(db, id);
  if (!row || !can(actor, 'read', applicationResource(row))) throw notFound();
  if (!actions.some((action) => can(actor, action, applicationResource(row)))) throw new AppError('auth.forbidden', 403);
  return row;
}
