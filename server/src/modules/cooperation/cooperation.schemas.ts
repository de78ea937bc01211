import { Type, type Static } from 'typebox';
import { FOCUS_AREAS, PROFILE_TAGS } from '../../../../common/cooperation.ts';
import { ORGANIZATION_KINDS } from '../../../../common/directory.ts';
import { Id, Nullable, StrictObject } from '../../platform/http/schemas.ts';

// Schema pieces every part of the cooperation module uses.

/** A calendar day, 'YYYY-MM-DD' (checked to exist). */
export const DateString = Type.String({ format: 'date' });
/** A calendar month, 'YYYY-MM'. */
export const MonthString = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });
export const FocusAreaSchema = Type.Enum(FOCUS_AREAS);
export const FocusAreas = Type.Array(FocusAreaSchema, { minItems: 1, maxItems: FOCUS_AREAS.length, uniqueItems: true });
export const ProfileTagSchema = Type.Enum(PROFILE_TAGS);
export const Reason = Type.String({ minLength: 1, maxLength: 500 });
export const Version = Type.Integer({ minimum: 1 });
/** Chosen by the client for a create, so that a retried request returns what the first one made. */
export const ClientKey = Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });

/** The public face of an organization in cooperation records. */
export const OrganizationSummary = Type.Object({
  id: Type.String(),
  kind: Type.Enum(ORGANIZATION_KINDS),
  nameZh: Type.String(),
  nameEn: Type.String(),
  regionId: Type.String(),
  regionNameZh: Type.String(),
  regionNameEn: Type.String(),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
});
export type OrganizationSummary = Static<typeof OrganizationSummary>;

export const VersionBody = StrictObject({ version: Version });
export type VersionBody = Static<typeof VersionBody>;
export const ReasonBody = StrictObject({ reason: Reason, version: Version });
export type ReasonBody = Static<typeof ReasonBody>;

export const FileParams = StrictObject({ id: Id, fileId: Id });

/** A photo or document attached to an agreement or an exchange. */
export const CooperationFileView = Type.Object({
  id: Type.String(),
  kind: Type.Enum(['document', 'photo'] as const),
  name: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  uploadedAt: Type.String(),
});
export type CooperationFileView = Static<typeof CooperationFileView>;
