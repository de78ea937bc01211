import type { Material } from '../../../../../common/enrollment.ts';
import { DeclaredPointsError, simulatePoints, type DeclaredPoints, type PointsItem } from '../../../../../common/enrollment-points.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import * as directory from '../../directory/directory.service.ts';
import type { PolicyFacts, RouteFacts } from './application-policy.ts';
import type { Problem } from './applications.problems.ts';
import type * as repo from './applications.repository.ts';
import type { ApplicationFields, PointsBreakdown } from './applications.schemas.ts';

/** The declared points item by item, the most they could give, and what would raise them. */
export function breakdownOf(items: PointsItem[], declared: DeclaredPoints): PointsBreakdown {
  try {
    return simulatePoints(items, declared);
  } catch (error) {
    // Stored points were checked when saved; a policy's items cannot change after publishing.
    if (error instanceof DeclaredPointsError) return simulatePoints(items, {});
    throw error;
  }
}

function pointsProblems(route: RouteFacts, items: PointsItem[], declared: DeclaredPoints): Problem[] {
  if (route.admissionBasis !== 'points') return Object.keys(declared).length > 0 ? [{ field: '/declaredPoints', key: 'points_not_used' }] : [];
  try {
    simulatePoints(items, declared);
    return [];
  } catch (error) {
    if (!(error instanceof DeclaredPointsError)) throw error;
    return error.problems.map((p) => ({ field: `/declaredPoints/${p.key}`, key: p.reason }));
  }
}

function preferenceProblems(facts: PolicyFacts, preferences: string[]): Problem[] {
  const problems: Problem[] = [];
  const max = facts.policy.max_preferences;
  if (preferences.length > max) problems.push({ field: '/preferences', key: 'too_many_preferences', params: { max } });
  const seen = new Set<string>();
  preferences.forEach((schoolId, i) => {
    if (seen.has(schoolId)) problems.push({ field: `/preferences/${i}`, key: 'duplicate' });
    else if (!facts.schoolIds.includes(schoolId)) problems.push({ field: `/preferences/${i}`, key: 'school_not_designated' });
    seen.add(schoolId);
  });
  return problems;
}

/** Contradictions a draft may not be saved with (gaps are allowed until submission). */
export async function fieldProblems(db: DbOrTx, facts: PolicyFacts, route: RouteFacts, fields: ApplicationFields): Promise<Problem[]> {
  const problems = [...preferenceProblems(facts, fields.preferences ?? []), ...pointsProblems(route, facts.pointsItems, fields.declaredPoints ?? {})];
  if (fields.residenceRegionId) {
    const region = await directory.findRegionScope(db, fields.residenceRegionId);
    if (!region || !region.path.startsWith(facts.policy.host_region_path)) problems.push({ field: '/residenceRegionId', key: 'region_outside_host' });
  }
  return problems;
}

/** The total stored for sorting and allocation: 0 on a route without points. */
export function declaredTotal(route: RouteFacts, items: PointsItem[], declared: DeclaredPoints): number {
  return route.admissionBasis === 'points' ? simulatePoints(items, declared).total : 0;
}

/** A document that stands for its material: not appeal evidence, not replaced, not refused. */
const isLive = (d: repo.DocumentRow): boolean => d.appeal_id === null && d.status !== 'superseded' && d.status !== 'rejected';

/** Per material, whether a live document of it is accepted or still waits for review. */
export function liveDocumentStates(documents: repo.DocumentRow[]): Map<Material, 'accepted' | 'pending'> {
  const states = new Map<Material, 'accepted' | 'pending'>();
  for (const d of documents.filter(isLive)) if (states.get(d.material) !== 'accepted') states.set(d.material, d.status === 'accepted' ? 'accepted' : 'pending');
  return states;
}

export interface CompletenessInput {
  app: repo.ApplicationRow;
  route: RouteFacts;
  preferenceCount: number;
  documents: repo.DocumentRow[];
  /** Materials a reviewer asked for again (resubmission after a supplement request), with the request's id. */
  supplement: { id: string; materials: Material[] } | null;
  /** Assisted filing: the documents are scanned at the counter after the application is filed. */
  documentsFollow: boolean;
}

/** What keeps an application from being submitted: missing fields, preferences and mandatory documents. */
export function completenessProblems({ app, route, preferenceCount, documents, supplement, documentsFollow }: CompletenessInput): Problem[] {
  const problems: Problem[] = [];
  if (!app.guardian_name) problems.push({ field: '/guardianName', key: 'required' });
  if (!app.residence_address_enc) problems.push({ field: '/residenceAddress', key: 'required' });
  if (!app.work_kind) problems.push({ field: '/workKind', key: 'required' });
  else if ((app.work_kind === 'employed' || app.work_kind === 'self_employed') && !app.employer)
    problems.push({ field: '/employer', key: 'employer_required' });
  if (preferenceCount === 0) problems.push({ field: '/preferences', key: 'preferences_required' });
  if (documentsFollow) return problems;
  const live = documents.filter(isLive);
  for (const { material, requirement } of route.materials) {
    if (requirement === 'mandatory' && !live.some((d) => d.material === material))
      problems.push({ field: `/documents/${material}`, key: 'material_missing', params: { material } });
  }
  for (const material of supplement?.materials ?? []) {
    if (!live.some((d) => d.material === material && d.supplement_request_id === supplement!.id)) {
      problems.push({ field: `/documents/${material}`, key: 'material_resupply', params: { material } });
    }
  }
  return problems;
}
