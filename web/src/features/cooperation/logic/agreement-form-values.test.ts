import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { confirmationsOf, toAgreementInput } from './agreement-form-values.ts';

describe('the agreement form', () => {
  it('sends days, a trimmed title and nulls for what was left empty', () => {
    expect(
      toAgreementInput({
        title: ' 江北—德阳教育合作框架协议 ',
        partyOrganizationIds: ['a', 'b'],
        focusAreas: ['management'],
        signedOn: dayjs('2023-04-12'),
        scope: ' ',
      }),
    ).toEqual({
      title: '江北—德阳教育合作框架协议',
      partyOrganizationIds: ['a', 'b'],
      scope: null,
      focusAreas: ['management'],
      signedOn: '2023-04-12',
      startsOn: null,
      endsOn: null,
    });
  });

  it('counts the parties that confirmed', () => {
    const party = (confirmedAt: string | null) => ({ confirmedAt }) as never;
    expect(confirmationsOf({ parties: [party('2026-01-01'), party(null), party(null)] })).toEqual({ confirmed: 1, total: 3 });
  });
});
