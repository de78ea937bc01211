import { Type, type Static } from 'typebox';
import { LOCALES } from '../../../../../common/locales.ts';
import { Nullable, StrictObject } from '../../../platform/http/schemas.ts';

export const SEXES = ['male', 'female'] as const;
export const GUARDIAN_RELATIONS = ['father', 'mother', 'grandparent', 'other_relative', 'legal_guardian'] as const;

const Sex = Type.Enum(SEXES);
const Relation = Type.Enum(GUARDIAN_RELATIONS);
const LocaleSchema = Type.Enum(LOCALES);
const Name = Type.String({ minLength: 1, maxLength: 50 });
const BirthDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
// Any national division: first digit 1–8 (provinces, Hong Kong, Macao, Taiwan), then five digits.
const DivisionCode = Type.String({ pattern: '^[1-8]\\d{5}$' });
const HukouAddress = Type.String({ minLength: 1, maxLength: 200 });
// Loose on purpose: full-width digits, lower-case x and spaces are normalised, then checked with a precise reason.
const IdNumberInput = Type.String({ minLength: 1, maxLength: 40 });

export const ChildView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  sex: Sex,
  birthDate: Type.String(),
  /** Masked (510***********001X); the full number only through the audited reveal. */
  idNumberMasked: Type.String(),
  hukouDivisionCode: Type.String(),
  hukouAddress: Nullable(Type.String()),
  /** The caller's relation to the child. */
  relation: Nullable(Relation),
  guardianCount: Type.Integer(),
  /** Consent to the current text version, not withdrawn. */
  hasConsent: Type.Boolean(),
  createdAt: Type.String(),
  version: Type.Integer(),
});
export type ChildView = Static<typeof ChildView>;

export const ChildList = Type.Object({ items: Type.Array(ChildView) });

export const CreateChildBody = StrictObject({
  name: Name,
  sex: Sex,
  birthDate: BirthDate,
  idNumber: IdNumberInput,
  /** Defaults to the division code in the ID number. */
  hukouDivisionCode: Type.Optional(DivisionCode),
  hukouAddress: Type.Optional(Nullable(HukouAddress)),
  relation: Relation,
});
export type CreateChildBody = Static<typeof CreateChildBody>;

/** The ID number cannot change: a typo is fixed by deleting the profile and adding it again. */
export const UpdateChildBody = StrictObject({
  name: Name,
  hukouDivisionCode: DivisionCode,
  hukouAddress: Nullable(HukouAddress),
  relation: Relation,
  version: Type.Integer({ minimum: 1 }),
});
export type UpdateChildBody = Static<typeof UpdateChildBody>;

export const RevealedIdNumber = Type.Object({ idNumber: Type.String() });

export const ConsentBody = StrictObject({ textVersion: Type.String({ minLength: 1, maxLength: 40 }), locale: LocaleSchema });
export type ConsentBody = Static<typeof ConsentBody>;

export const ConsentTextQuery = StrictObject({ locale: Type.Optional(LocaleSchema) });
export const ConsentTextView = Type.Object({
  version: Type.String(),
  locale: LocaleSchema,
  title: Type.String(),
  paragraphs: Type.Array(Type.String()),
});
