import { Type, type Static } from 'typebox';
import { Nullable, StrictObject } from '../../platform/http/schemas.ts';

export const CertificateView = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  eventTitle: Type.String(),
  holderName: Type.String(),
  hours: Type.Number(),
  verificationCode: Type.String(),
  issuedAt: Type.String(),
  revokedAt: Nullable(Type.String()),
  revokeReason: Nullable(Type.String()),
});
export type CertificateView = Static<typeof CertificateView>;
export const CertificateList = Type.Object({ items: Type.Array(CertificateView) });

/** How many attendees got a certificate now, and how many hold one in all. */
export const IssueResult = Type.Object({ issued: Type.Integer(), total: Type.Integer() });

export const RevokeCertificateBody = StrictObject({ reason: Type.String({ minLength: 1, maxLength: 500 }) });
export type RevokeCertificateBody = Static<typeof RevokeCertificateBody>;

/** Chinese by default; English on request. */
export const CertificatePdfQuery = StrictObject({ lang: Type.Optional(Type.Union([Type.Literal('zh-CN'), Type.Literal('en-US')])) });

export const CertificateCodeParams = StrictObject({ code: Type.String({ minLength: 16, maxLength: 24, pattern: '^[0-9A-Za-z -]+$' }) });

/** What anybody holding the code may learn: enough to tell a real certificate from a forged one. */
export const PublicCertificateView = Type.Object({
  code: Type.String(),
  maskedName: Type.String(),
  eventTitle: Type.String(),
  hours: Type.Number(),
  issuedOn: Type.String(),
  status: Type.Union([Type.Literal('valid'), Type.Literal('revoked')]),
  revokedOn: Nullable(Type.String()),
});
export type PublicCertificateView = Static<typeof PublicCertificateView>;
