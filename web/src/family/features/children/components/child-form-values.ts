import { parseIdNumber, type IdNumberProblem } from '../../../../../../common/id-number.ts';
import type { Child, NewChild } from '../../../types.ts';

export type Relation = NonNullable<Child['relation']>;
export type Sex = Child['sex'];

/** In the order a form offers them (the server's GUARDIAN_RELATIONS, without importing its schema code). */
export const RELATIONS = ['mother', 'father', 'grandparent', 'other_relative', 'legal_guardian'] as const satisfies readonly Relation[];
// Fails to compile when the server adds a relation this list lacks.
const complete: [Exclude<Relation, (typeof RELATIONS)[number]>] extends [never] ? true : false = true;
void complete;

export interface ChildFormValues {
  name: string;
  idNumber: string;
  relation: Relation | '';
  hukouAddress: string;
}

export type ChildField = keyof ChildFormValues;
/** What is wrong with a field; the form turns it into a message (family.child.problems.*). */
export type ChildProblem = 'required' | 'tooLong' | `id_${IdNumberProblem}`;
export type ChildProblems = Partial<Record<ChildField, ChildProblem>>;

export const EMPTY_CHILD: ChildFormValues = { name: '', idNumber: '', relation: '', hukouAddress: '' };

/** The fields the ID number decides (the server refuses a profile where they disagree), once it is valid. */
export function factsFromIdNumber(idNumber: string, now = new Date()): { birthDate: string; sex: Sex; divisionCode: string } | null {
  const parsed = parseIdNumber(idNumber, now);
  return parsed.ok ? { birthDate: parsed.birthDate, sex: parsed.sex, divisionCode: parsed.divisionCode } : null;
}

/** The fields whose value changed: their problems are stale once the person has corrected them (they are checked again on saving). */
export function changedFields(before: ChildFormValues, after: ChildFormValues): ChildField[] {
  return (Object.keys(after) as ChildField[]).filter((field) => before[field] !== after[field]);
}

/** The problems left after a change: a corrected field no longer shows the old one. */
export function withoutChanged(problems: ChildProblems, changed: readonly ChildField[]): ChildProblems {
  return Object.fromEntries(Object.entries(problems).filter(([field]) => !changed.includes(field as ChildField)));
}

/** The fields both forms share (name, relation, hukou address). */
export function commonProblems(values: Omit<ChildFormValues, 'idNumber'>): ChildProblems {
  const problems: ChildProblems = {};
  const name = values.name.trim();
  if (!name) problems.name = 'required';
  else if ([...name].length > 50) problems.name = 'tooLong';
  if (!values.relation) problems.relation = 'required';
  if ([...values.hukouAddress.trim()].length > 200) problems.hukouAddress = 'tooLong';
  return problems;
}

/** A new profile: the request body, or what to fix first (checked here as the server would, to save a round trip). */
export function toNewChild(values: ChildFormValues, now = new Date()): { body: NewChild } | { problems: ChildProblems } {
  const problems = commonProblems(values);
  const parsed = parseIdNumber(values.idNumber, now);
  if (!values.idNumber.trim()) problems.idNumber = 'required';
  else if (!parsed.ok) problems.idNumber = `id_${parsed.reason}`;
  if (Object.keys(problems).length > 0 || !parsed.ok || !values.relation) return { problems };
  const hukouAddress = values.hukouAddress.trim();
  return {
    body: {
      name: values.name.trim(),
      sex: parsed.sex,
      birthDate: parsed.birthDate,
      idNumber: parsed.value,
      relation: values.relation,
      ...(hukouAddress ? { hukouAddress } : {}),
    },
  };
}
