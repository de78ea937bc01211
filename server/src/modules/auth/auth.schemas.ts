import { Type, type Static } from 'typebox';
import { Nullable, StrictObject } from '../../platform/http/schemas.ts';
import { GrantView, LocaleSchema } from '../users/users.schemas.ts';

export const LoginBody = StrictObject({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
});
export type LoginBody = Static<typeof LoginBody>;

/** What the client must do next after a correct password. */
export const SignInStep = Type.Union([Type.Literal('done'), Type.Literal('totp'), Type.Literal('totp_enroll')]);
export const LoginResult = Type.Object({ next: SignInStep, csrfToken: Type.String() });
/** A sign-in step done: the session goes on under a new cookie, with this new CSRF token. */
export const StepResult = Type.Object({ ok: Type.Literal(true), csrfToken: Type.String() });

export const CodeBody = StrictObject({ code: Type.String({ minLength: 1, maxLength: 12 }) });

export const TotpSetup = Type.Object({ secret: Type.String(), otpauthUri: Type.String(), qrCodeDataUrl: Type.String() });

export const SmsRequestBody = StrictObject({ mobile: Type.String({ minLength: 1, maxLength: 20 }) });
export const SmsRequestResult = Type.Object({ sent: Type.Literal(true), retryAfterSeconds: Type.Integer(), expiresInMinutes: Type.Integer() });
export const SmsVerifyBody = StrictObject({
  mobile: Type.String({ minLength: 1, maxLength: 20 }),
  code: Type.String({ minLength: 1, maxLength: 12 }),
});

export const SessionView = Type.Object({
  authenticated: Type.Boolean(),
  /** 'totp' or 'totp_enroll' while the second factor is pending. */
  pending: Nullable(Type.Union([Type.Literal('totp'), Type.Literal('totp_enroll')])),
  csrfToken: Type.String(),
  user: Nullable(
    Type.Object({
      id: Type.String(),
      displayName: Type.String(),
      locale: LocaleSchema,
      hasTotp: Type.Boolean(),
      grants: Type.Array(GrantView),
      /** The parts of the staff app these grants open (capabilities.ts): the web shows menus and buttons from them. */
      capabilities: Type.Array(Type.String()),
    }),
  ),
});
export type SessionView = Static<typeof SessionView>;

export const PreferencesBody = StrictObject({ locale: LocaleSchema });
export const ChangePasswordBody = StrictObject({
  currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  newPassword: Type.String({ minLength: 1, maxLength: 1024 }),
});
