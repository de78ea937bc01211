import { grantsReaching } from '../../../platform/access/grants.ts';
import type { Actor } from '../../../platform/access/actor.ts';

// The sides of a pairing and who may approve which: pure rules, no database.

export interface Side {
  regionId: string;
  regionPath: string;
}

export interface Approval {
  regionId: string;
  bureauId: string | null;
  approvedBy: string | null;
}

/** One side per region of the pairing's schools, in the order the schools come. */
export function sidesOf(schools: readonly { region_id: string; region_path: string }[]): Side[] {
  const sides = new Map<string, Side>();
  for (const school of schools) if (!sides.has(school.region_id)) sides.set(school.region_id, { regionId: school.region_id, regionPath: school.region_path });
  return [...sides.values()];
}

/** The bureau admin grants that reach the side, the most local first (a district before its municipality). */
const grantsCovering = (actor: Actor, side: Side) => grantsReaching(actor, side.regionPath, 'bureau_admin');

export type ApprovalChoice =
  { ok: true; side: Side; bureauId: string | null } | { ok: false; problem: 'forbidden' | 'side_unknown' | 'side_approved' | 'ambiguous' | 'same_approver' };

/**
 * Which side the caller approves, and as which bureau. Each side needs its own bureau: a person, or a bureau,
 * that approved one side cannot approve another, so the two steps are never one.
 */
export function chooseApproval(actor: Actor, sides: Side[], approvals: Approval[], requestedRegionId?: string): ApprovalChoice {
  const approved = new Set(approvals.map((a) => a.regionId));
  const usedBureaus = new Set(approvals.map((a) => a.bureauId).filter((id): id is string => id !== null));
  if (requestedRegionId !== undefined && !sides.some((s) => s.regionId === requestedRegionId)) return { ok: false, problem: 'side_unknown' };
  const wanted = requestedRegionId === undefined ? sides : sides.filter((s) => s.regionId === requestedRegionId);
  const covered = wanted.filter((s) => grantsCovering(actor, s).length > 0);
  if (covered.length === 0) return { ok: false, problem: 'forbidden' };
  const pending = covered.filter((s) => !approved.has(s.regionId));
  if (pending.length === 0) return { ok: false, problem: 'side_approved' };
  if (pending.length > 1) return { ok: false, problem: 'ambiguous' };
  const side = pending[0]!;
  if (approvals.some((a) => a.approvedBy === actor.userId)) return { ok: false, problem: 'same_approver' };
  const grant = grantsCovering(actor, side).find((g) => g.organizationId === null || !usedBureaus.has(g.organizationId));
  if (!grant) return { ok: false, problem: 'same_approver' };
  return { ok: true, side, bureauId: grant.organizationId };
}

/** Whether the caller could approve some side now (for the view's buttons). */
export const canApproveSomeSide = (actor: Actor, sides: Side[], approvals: Approval[]): boolean => {
  const pending = sides.filter((s) => !approvals.some((a) => a.regionId === s.regionId));
  return pending.some((s) => chooseApproval(actor, sides, approvals, s.regionId).ok);
};
