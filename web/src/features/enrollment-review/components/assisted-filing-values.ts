import type { Dayjs } from 'dayjs';
import { CONSENT_TEXT_VERSION } from '../../../../../common/consent.ts';
import type { WorkKind } from '../../../../../common/enrollment-application.ts';
import { normalizeIdNumber, parseIdNumber } from '../../../../../common/id-number.ts';
import { pointerToName } from '../../../lib/form-errors.ts';
import type { AssistedApplicationInput } from '../api/review-types.ts';

export const RELATIONS = ['father', 'mother', 'grandparent', 'other_relative', 'legal_guardian'] as const;
export type Relation = (typeof RELATIONS)[number];

/** What the counter form edits. */
export interface AssistedFilingValues {
  policyId: string;
  routeCode: string;
  guardianMobile: string;
  guardianName?: string;
  relation: Relation;
  childName: string;
  idNumber: string;
  sex: 'male' | 'female';
  birthDate: Dayjs | null;
  hukouDivisionCode?: string;
  hukouAddress?: string;
  residenceAddress?: string;
  employer?: string;
  workKind?: WorkKind;
  declaredPoints?: Record<string, number | string | null | undefined>;
  /** Designated school ids by rank; empty ranks allowed while typing. */
  preferences?: (string | undefined)[];
  consentOnPaper: boolean;
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The facts an ID number gives (birth date, sex, hukou division), or null when it is not a valid number. */
export function factsOfIdNumber(input: string): { birthDate: string; sex: 'male' | 'female'; divisionCode: string } | null {
  const parsed = parseIdNumber(input);
  return parsed.ok ? { birthDate: parsed.birthDate, sex: parsed.sex, divisionCode: parsed.divisionCode } : null;
}

/** The body of POST /enrollment/review/assisted-applications: empty fields left out, the hukou division from the ID number unless given. */
export function toAssistedApplication(values: AssistedFilingValues): AssistedApplicationInput {
  const idNumber = normalizeIdNumber(values.idNumber);
  const divisionCode = text(values.hukouDivisionCode) ?? factsOfIdNumber(idNumber)?.divisionCode;
  const declared = Object.fromEntries(
    Object.entries(values.declaredPoints ?? {}).filter((e): e is [string, number | string] => e[1] !== null && e[1] !== undefined && e[1] !== ''),
  );
  const preferences = (values.preferences ?? []).filter((id): id is string => !!id);
  return {
    guardianMobile: values.guardianMobile.trim(),
    child: {
      name: values.childName.trim(),
      sex: values.sex,
      birthDate: values.birthDate ? values.birthDate.format('YYYY-MM-DD') : '',
      idNumber,
      relation: values.relation,
      ...(divisionCode && { hukouDivisionCode: divisionCode }),
      ...(text(values.hukouAddress) && { hukouAddress: text(values.hukouAddress) }),
    },
    consentTextVersion: CONSENT_TEXT_VERSION,
    application: {
      policyId: values.policyId,
      routeCode: values.routeCode,
      ...(text(values.guardianName) && { guardianName: text(values.guardianName) }),
      ...(text(values.residenceAddress) && { residenceAddress: text(values.residenceAddress) }),
      ...(text(values.employer) && { employer: text(values.employer) }),
      ...(values.workKind && { workKind: values.workKind }),
      ...(Object.keys(declared).length > 0 && { declaredPoints: declared }),
      ...(preferences.length > 0 && { preferences }),
    },
  };
}

/** Child fields whose form name differs from the request's. */
const CHILD_FIELDS: Record<string, keyof AssistedFilingValues> = {
  name: 'childName',
  idNumber: 'idNumber',
  sex: 'sex',
  birthDate: 'birthDate',
  relation: 'relation',
  hukouDivisionCode: 'hukouDivisionCode',
  hukouAddress: 'hukouAddress',
};
const FORM_FIELDS = new Set<string>([
  'policyId',
  'routeCode',
  'guardianMobile',
  'guardianName',
  'residenceAddress',
  'employer',
  'workKind',
  'preferences',
  'declaredPoints',
]);

/**
 * The form field a server field error points at ('/child/name' → childName, '/application/employer' or
 * '/employer' → employer, '/declaredPoints/housing' → declaredPoints.housing), or null when none shows it.
 */
export function formFieldOf(pointer: string): (string | number)[] | null {
  const name = pointerToName(pointer);
  if (!name || name.length === 0) return null;
  const [head, ...rest] = name;
  if (head === 'child') {
    const field = typeof rest[0] === 'string' ? CHILD_FIELDS[rest[0]] : undefined;
    return field ? [field] : null;
  }
  const path = head === 'application' ? rest : name;
  return typeof path[0] === 'string' && FORM_FIELDS.has(path[0]) ? path : null;
}
