/**
 * Shapes of the policy API, derived from the server's route schemas (type-only imports, erased from the
 * bundle), as web/src/types/api.ts does for the platform's own modules.
 */
import type {
  CreatePolicyBody,
  PolicyListQuery,
  PolicySummary as PolicySummarySchema,
  PolicyView,
} from '../../../../../server/src/modules/enrollment/policies/policies.schemas.ts';

export type Policy = PolicyView;
export type PolicySummary = PolicySummarySchema;
/** What a draft's editor sends: everything but the bureau (fixed when the draft is created). */
export type PolicyRules = Omit<CreatePolicyBody, 'bureauId'>;
export type PolicyRoute = Policy['routes'][number];
export type PolicyMaterial = PolicyRoute['materials'][number];
export type PolicyPointsItem = Policy['pointsItems'][number];
export type PolicyFilter = Pick<PolicyListQuery, 'status' | 'schoolYear' | 'entryGrade' | 'page' | 'pageSize'>;
