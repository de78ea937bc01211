import { Type, type Static } from 'typebox';
import { Nullable, PageQuery, StrictObject } from '../../../platform/http/schemas.ts';

/** A published 公示 as its publisher sees it. */
export const PublicListSummary = Type.Object({
  id: Type.String(),
  policyId: Type.String(),
  publishedAt: Type.String(),
  /** The notice runs until then (published + the policy's public notice days). */
  endsAt: Type.String(),
  entryCount: Type.Integer(),
});
export type PublicListSummary = Static<typeof PublicListSummary>;

export const PublicListQuery = StrictObject({
  /** A family looking itself up by its reference. */
  reference: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  ...PageQuery,
});
export type PublicListQuery = Static<typeof PublicListQuery>;

/**
 * What anyone may read, signed in or not: masked names, references, routes and points. Nothing else
 * personal (no ID number, birth date, address or phone) is in the snapshot to begin with.
 */
export const PublicListsView = Type.Object({
  policy: Type.Object({
    id: Type.String(),
    titleZh: Type.String(),
    titleEn: Type.String(),
    schoolYear: Type.Integer(),
    hostRegionNameZh: Type.String(),
    hostRegionNameEn: Type.String(),
  }),
  /** Lists still in their notice period, newest first. */
  lists: Type.Array(
    Type.Object({
      id: Type.String(),
      publishedAt: Type.String(),
      endsAt: Type.String(),
      entryCount: Type.Integer(),
      /** Entries matching the query, for the page's entries. */
      total: Type.Integer(),
      entries: Type.Array(
        Type.Object({
          seq: Type.Integer(),
          reference: Type.String(),
          maskedName: Type.String(),
          routeCode: Type.String(),
          routeNameZh: Type.String(),
          routeNameEn: Type.String(),
          /** Verified points on a points route; null on a route decided by eligibility alone. */
          points: Nullable(Type.Number()),
        }),
      ),
    }),
  ),
});
export type PublicListsView = Static<typeof PublicListsView>;
