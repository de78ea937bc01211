import { Type, type Static } from 'typebox';
import { LOCALES } from '../../../../common/locales.ts';
import { ROLES } from '../../../../common/roles.ts';
import { Id, Nullable, Page, PageQuery, StrictObject } from '../../platform/http/schemas.ts';

export const RoleSchema = Type.Enum(ROLES);
export const LocaleSchema = Type.Enum(LOCALES);
const Username = Type.String({ minLength: 3, maxLength: 64, pattern: '^[a-zA-Z0-9._-]+$' });
const DisplayName = Type.String({ minLength: 1, maxLength: 60 });
// Length limits are checked by the password policy so the message can say which rule failed.
const Password = Type.String({ minLength: 1, maxLength: 1024 });

export const GrantView = Type.Object({
  id: Type.String(),
  role: RoleSchema,
  organizationId: Nullable(Type.String()),
  organizationNameZh: Nullable(Type.String()),
  organizationNameEn: Nullable(Type.String()),
  /** Bureau roles may instead reach a whole region (e.g. a reviewer for every district of a city). */
  regionId: Nullable(Type.String()),
  regionNameZh: Nullable(Type.String()),
  regionNameEn: Nullable(Type.String()),
});
export type GrantView = Static<typeof GrantView>;

export const UserView = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  username: Nullable(Type.String()),
  /** Masked (138****0001): managers never need the full number. */
  mobileMasked: Nullable(Type.String()),
  locale: LocaleSchema,
  isDisabled: Type.Boolean(),
  hasTotp: Type.Boolean(),
  createdAt: Type.String(),
  version: Type.Integer(),
  grants: Type.Array(GrantView),
});
export type UserView = Static<typeof UserView>;

export const UserListQuery = StrictObject({
  q: Type.Optional(Type.String({ maxLength: 60 })),
  role: Type.Optional(RoleSchema),
  includeDisabled: Type.Optional(Type.Boolean({ default: false })),
  ...PageQuery,
});
export type UserListQuery = Static<typeof UserListQuery>;
export const UserList = Page(UserView);

/** School roles name a school; bureau roles a bureau (or other non-school body) or a region; the rest nothing. */
export const GrantInput = StrictObject({ role: RoleSchema, organizationId: Type.Optional(Nullable(Id)), regionId: Type.Optional(Nullable(Id)) });
export type GrantInput = Static<typeof GrantInput>;

export const CreateUserBody = StrictObject({
  displayName: DisplayName,
  username: Username,
  password: Password,
  locale: Type.Optional(LocaleSchema),
  grants: Type.Array(GrantInput, { minItems: 1, maxItems: 10 }),
});
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UpdateUserBody = StrictObject({ displayName: DisplayName, version: Type.Integer({ minimum: 1 }) });
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const ResetPasswordBody = StrictObject({ password: Password });
export const GrantParams = StrictObject({ id: Id, grantId: Id });
