import { Type, type Static } from 'typebox';
import { GradeSchema } from '../../directory/directory.schemas.ts';
import { Id, Nullable, PageQuery, StrictObject } from '../../../platform/http/schemas.ts';

/** The statuses of an admitted pupil, as the school sees them: accepted (to report), enrolled (报到), no_show. */
export const ROSTER_STATUSES = ['accepted', 'enrolled', 'no_show'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

export const NOTICE_STATUSES = ['not_issued', 'valid', 'revoked'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const SchoolParams = StrictObject({ schoolId: Id });
export type SchoolParams = Static<typeof SchoolParams>;

export const RosterQuery = StrictObject({
  policyId: Type.Optional(Id),
  status: Type.Optional(Type.Enum(ROSTER_STATUSES)),
  ...PageQuery,
});
export type RosterQuery = Static<typeof RosterQuery>;

export const ArrivalBody = StrictObject({
  version: Type.Integer({ minimum: 1 }),
  /** true: the pupil reported (报到); false: the pupil did not come. */
  arrived: Type.Boolean(),
});
export type ArrivalBody = Static<typeof ArrivalBody>;

export const RosterPupil = Type.Object({
  applicationId: Type.String(),
  reference: Type.String(),
  policyId: Type.String(),
  schoolYear: Type.Integer(),
  grade: GradeSchema,
  /** In full for the school that admitted the pupil; masked (张*明) for anyone else allowed to look. */
  childName: Type.String(),
  sex: Type.Union([Type.Literal('male'), Type.Literal('female')]),
  birthDate: Type.String(),
  /** Always masked: the school has no need for the whole number. */
  idNumberMasked: Type.String(),
  routeCode: Type.String(),
  routeNameZh: Type.String(),
  routeNameEn: Type.String(),
  status: Type.Enum(ROSTER_STATUSES),
  /** When the family accepted the offer of this place (null only where no accepted offer was recorded, e.g. a place given before offers existed). */
  offerAcceptedAt: Nullable(Type.String()),
  /**
   * The admission notice (录取通知书), issued when the family first downloads it: not yet issued, valid (it
   * verifies on the public page), or revoked (a no-show's notice stops verifying).
   */
  notice: Type.Object({
    status: Type.Enum(NOTICE_STATUSES),
    issuedAt: Nullable(Type.String()),
    revokedAt: Nullable(Type.String()),
  }),
  arrivalRecordedAt: Nullable(Type.String()),
  version: Type.Integer(),
});
export type RosterPupil = Static<typeof RosterPupil>;

export const RosterList = Type.Object({
  items: Type.Array(RosterPupil),
  total: Type.Integer(),
  /** Pupils per status under the same policy filter (not the status filter): the page's tabs. */
  counts: Type.Object({ accepted: Type.Integer(), enrolled: Type.Integer(), no_show: Type.Integer() }),
});
export type RosterList = Static<typeof RosterList>;
