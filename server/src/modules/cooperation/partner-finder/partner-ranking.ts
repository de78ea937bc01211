import { distanceKm, type ProfileTag } from '../../../../../common/cooperation.ts';
import type { Stage } from '../../../../../common/directory.ts';
import type { PartnerSuggestion } from './partner-finder.schemas.ts';

// How suggestions are ranked: pure rules, no database. Weights favour what a partner brings (their strengths
// where the school is weak), then what the school can give, shared stages, free schools, nearness and size.

export interface RankedSchool {
  id: string;
  stages: Stage[];
  pupilCount: number | null;
  strengths: ProfileTag[];
  needs: ProfileTag[];
  latitude: number | null;
  longitude: number | null;
  livePairings: number;
}

const WEIGHTS = { theirStrength: 3, theirNeed: 2, stage: 2, free: 1.5, near: 3, size: 1 };
/** Beyond this, distance no longer adds to the score. */
const FAR_KM = 1000;

export function rankCandidate(school: RankedSchool, candidate: RankedSchool): Omit<PartnerSuggestion, 'school'> {
  const reasons: PartnerSuggestion['reasons'] = [];
  let score = 0;
  const theirStrengths = candidate.strengths.filter((t) => school.needs.includes(t));
  if (theirStrengths.length > 0) {
    score += WEIGHTS.theirStrength * theirStrengths.length;
    reasons.push({ kind: 'complementary_strength', tags: theirStrengths });
  }
  const theirNeeds = candidate.needs.filter((t) => school.strengths.includes(t));
  if (theirNeeds.length > 0) {
    score += WEIGHTS.theirNeed * theirNeeds.length;
    reasons.push({ kind: 'complementary_need', tags: theirNeeds });
  }
  const stages = candidate.stages.filter((s) => school.stages.includes(s));
  if (stages.length > 0) {
    score += WEIGHTS.stage * stages.length;
    reasons.push({ kind: 'same_stage', stages });
  }
  if (candidate.livePairings === 0) {
    score += WEIGHTS.free;
    reasons.push({ kind: 'not_yet_paired' });
  }
  let km: number | null = null;
  if (school.latitude !== null && school.longitude !== null && candidate.latitude !== null && candidate.longitude !== null) {
    km = Math.round(distanceKm({ latitude: school.latitude, longitude: school.longitude }, { latitude: candidate.latitude, longitude: candidate.longitude }));
    score += WEIGHTS.near * Math.max(0, 1 - km / FAR_KM);
    reasons.push({ kind: 'distance', km });
  }
  if (
    school.pupilCount &&
    candidate.pupilCount &&
    Math.max(school.pupilCount, candidate.pupilCount) <= 1.5 * Math.min(school.pupilCount, candidate.pupilCount)
  ) {
    score += WEIGHTS.size;
    reasons.push({ kind: 'similar_size' });
  }
  return { score: Math.round(score * 100) / 100, distanceKm: km, reasons };
}
