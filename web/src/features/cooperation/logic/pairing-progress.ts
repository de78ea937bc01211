import type { PairingStatus } from '../../../../../common/cooperation.ts';
import type { Pairing } from '../api/cooperation-types.ts';

/** One step of the two-step approval as the detail page shows it. */
export interface ProgressStep {
  kind: 'proposed' | 'accepted' | 'approved' | 'active';
  /** The school (accepted) or region (approved) the step belongs to; none for the first and last steps. */
  subjectId: string | null;
  done: boolean;
  /** When the step was taken. */
  at: string | null;
  /** The bureau that approved a side. */
  bureau: { id: string; nameZh: string; nameEn: string } | null;
}

/** Statuses that stopped the pairing before it became active: its open steps will never be taken. */
export const STOPPED_STATUSES: readonly PairingStatus[] = ['declined', 'withdrawn', 'rejected'];

/**
 * The proposal, one acceptance per partner school, one approval per side (region), then active. A school
 * must accept before any bureau approves, so the order is also the order in which they happen.
 */
export function pairingProgress(pairing: Pick<Pairing, 'status' | 'createdAt' | 'schools' | 'sides' | 'activatedAt'>): ProgressStep[] {
  const proposer = pairing.schools.find((s) => s.isProposer);
  const steps: ProgressStep[] = [{ kind: 'proposed', subjectId: proposer?.id ?? null, done: true, at: pairing.createdAt, bureau: null }];
  for (const school of pairing.schools.filter((s) => !s.isProposer)) {
    steps.push({ kind: 'accepted', subjectId: school.id, done: school.acceptedAt !== null, at: school.acceptedAt, bureau: null });
  }
  for (const side of pairing.sides) {
    steps.push({ kind: 'approved', subjectId: side.regionId, done: side.approvedAt !== null, at: side.approvedAt, bureau: side.approvedByBureau });
  }
  const active = pairing.status === 'active' || pairing.status === 'ended';
  steps.push({ kind: 'active', subjectId: null, done: active, at: active ? pairing.activatedAt : null, bureau: null });
  return steps;
}

/** The index of the first step not yet taken (the "current" one), or the length when all are done. */
export const currentStepIndex = (steps: readonly ProgressStep[]): number => {
  const index = steps.findIndex((s) => !s.done);
  return index < 0 ? steps.length : index;
};

/** Months since the last exchange (or since activation when none was logged), for a dormant pairing's warning. */
export function monthsQuiet(pairing: Pick<Pairing, 'status' | 'lastExchangeOn' | 'activatedAt'>, today: Date): number | null {
  if (pairing.status !== 'active') return null;
  const since = pairing.lastExchangeOn ?? pairing.activatedAt;
  if (!since) return null;
  const from = new Date(since);
  const months =
    (today.getUTCFullYear() - from.getUTCFullYear()) * 12 + (today.getUTCMonth() - from.getUTCMonth()) - (today.getUTCDate() < from.getUTCDate() ? 1 : 0);
  return Math.max(0, months);
}
