import type { Dayjs } from 'dayjs';
import type { FocusArea } from '../../../../../common/cooperation.ts';
import type { PairingProposal } from '../api/cooperation-types.ts';

/** The proposal form's values as antd keeps them (dates as Dayjs, empty fields undefined). */
export interface PairingFormValues {
  proposerSchoolId?: string;
  partnerSchoolIds?: string[];
  batch?: number | null;
  focusAreas?: FocusArea[];
  agreementId?: string | null;
  startsOn?: Dayjs;
  endsOn?: Dayjs | null;
  description?: string;
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** What the server takes; required fields are checked by the form before this runs. */
export function toPairingProposal(values: PairingFormValues): PairingProposal {
  const description = values.description?.trim();
  return {
    proposerSchoolId: values.proposerSchoolId ?? '',
    partnerSchoolIds: values.partnerSchoolIds ?? [],
    batch: values.batch ?? null,
    focusAreas: values.focusAreas ?? [],
    agreementId: values.agreementId ?? null,
    startsOn: day(values.startsOn) ?? '',
    endsOn: day(values.endsOn),
    description: description ? description : null,
  };
}

/** Ids from the address (?partner=…&partner=…), well-formed ones only, each once, at most nine. */
export function partnerIdsFrom(params: URLSearchParams): string[] {
  return [...new Set(params.getAll('partner').filter((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id)))].slice(0, 9);
}
