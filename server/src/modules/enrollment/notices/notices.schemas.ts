import { Type, type Static } from 'typebox';
import { GradeSchema } from '../../directory/directory.schemas.ts';
import { Nullable, StrictObject } from '../../../platform/http/schemas.ts';

/** The code as printed (grouped with hyphens) or typed (any case, with or without hyphens). */
export const NoticeCodeParams = StrictObject({ code: Type.String({ minLength: 16, maxLength: 24, pattern: '^[0-9A-Za-z -]+$' }) });
export type NoticeCodeParams = Static<typeof NoticeCodeParams>;

/** What anybody holding the code may learn: enough to tell a real notice from a forged one, nothing more. */
export const PublicNoticeView = Type.Object({
  code: Type.String(),
  /** 张*明 */
  maskedName: Type.String(),
  schoolNameZh: Type.String(),
  schoolNameEn: Type.String(),
  grade: GradeSchema,
  schoolYear: Type.Integer(),
  /** 'YYYY-MM-DD', the day of issue in China. */
  issuedOn: Type.String(),
  /** revoked: the school recorded that the pupil did not report, or the notice was withdrawn. */
  status: Type.Union([Type.Literal('valid'), Type.Literal('revoked')]),
  revokedOn: Nullable(Type.String()),
});
export type PublicNoticeView = Static<typeof PublicNoticeView>;

/** A PDF download, for the OpenAPI document (the Buffer reply is sent as is). */
export const pdfResponse = {
  description: 'The admission notice as a PDF attachment',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
};
