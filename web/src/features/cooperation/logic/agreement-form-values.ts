import dayjs, { type Dayjs } from 'dayjs';
import type { FocusArea } from '../../../../../common/cooperation.ts';
import type { Agreement, NewAgreement } from '../api/cooperation-types.ts';

export interface AgreementFormValues {
  title?: string;
  partyOrganizationIds?: string[];
  scope?: string;
  focusAreas?: FocusArea[];
  signedOn?: Dayjs | null;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
}

export type AgreementInput = Omit<NewAgreement, 'clientKey'>;

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

export function toAgreementInput(values: AgreementFormValues): AgreementInput {
  const scope = values.scope?.trim();
  return {
    title: values.title?.trim() ?? '',
    partyOrganizationIds: values.partyOrganizationIds ?? [],
    scope: scope ? scope : null,
    focusAreas: values.focusAreas ?? [],
    signedOn: day(values.signedOn),
    startsOn: day(values.startsOn),
    endsOn: day(values.endsOn),
  };
}

export function fromAgreement(agreement: Agreement): AgreementFormValues {
  const date = (value: string | null) => (value ? dayjs(value) : null);
  return {
    title: agreement.title,
    partyOrganizationIds: agreement.parties.map((p) => p.id),
    scope: agreement.scope ?? undefined,
    focusAreas: agreement.focusAreas,
    signedOn: date(agreement.signedOn),
    startsOn: date(agreement.startsOn),
    endsOn: date(agreement.endsOn),
  };
}

/** How many parties have confirmed, of how many: the draft is in force when all have. */
export const confirmationsOf = (agreement: Pick<Agreement, 'parties'>) => ({
  confirmed: agreement.parties.filter((p) => p.confirmedAt !== null).length,
  total: agreement.parties.length,
});
