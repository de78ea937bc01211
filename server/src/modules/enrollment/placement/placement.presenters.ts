import type { SeedRow, RunRow } from './allocation.repository.ts';
import type { RunSummary } from './allocation-input.ts';
import type { OfferRow } from './offers.repository.ts';
import type { OfferView, RunView, SeedView } from './placement.schemas.ts';

export type SchoolNames = ReadonlyMap<string, { name_zh: string; name_en: string }>;

/** A school id with its names (the id itself when the directory no longer knows it). */
export const schoolNamed = (names: SchoolNames, schoolId: string) => {
  const name = names.get(schoolId);
  return { schoolId, schoolNameZh: name?.name_zh ?? schoolId, schoolNameEn: name?.name_en ?? schoolId };
};

export const presentSeed = (row: SeedRow): SeedView => ({ round: row.round, seed: row.seed, publishedAt: row.published_at });

export function presentRun(row: RunRow, names: SchoolNames): RunView {
  const summary = JSON.parse(row.summary) as RunSummary;
  return {
    id: row.id,
    policyId: row.policy_id,
    round: row.round,
    kind: row.kind,
    seed: row.seed,
    inputHash: row.input_hash,
    resultHash: row.result_hash,
    applicantCount: row.applicant_count,
    placedCount: row.placed_count,
    unplacedCount: summary.unplacedCount,
    runByName: row.run_by_name,
    runAt: row.run_at,
    schools: summary.schools.map((s) => ({
      ...schoolNamed(names, s.schoolId),
      seats: s.seats,
      placed: s.filled,
      cutoffPoints: s.cutoffPoints,
      cutoffLotteryTicket: s.cutoffLotteryTicket,
    })),
  };
}

export const presentOffer = (row: OfferRow): OfferView => ({
  id: row.id,
  schoolId: row.school_id,
  schoolNameZh: row.school_name_zh,
  schoolNameEn: row.school_name_en,
  round: row.round,
  preferenceRank: row.preference_rank,
  status: row.status,
  deadline: row.deadline,
  declineReason: row.decline_reason,
  respondedAt: row.responded_at,
  createdAt: row.created_at,
});
