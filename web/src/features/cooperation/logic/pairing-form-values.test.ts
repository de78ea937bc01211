import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { partnerIdsFrom, toPairingProposal } from './pairing-form-values.ts';

describe('the pairing proposal form', () => {
  it('sends dates as days and empty optional fields as null', () => {
    expect(
      toPairingProposal({
        proposerSchoolId: 'xincun',
        partnerSchoolIds: ['paotong'],
        focusAreas: ['curriculum'],
        startsOn: dayjs('2026-09-01'),
        description: '  ',
      }),
    ).toEqual({
      proposerSchoolId: 'xincun',
      partnerSchoolIds: ['paotong'],
      batch: null,
      focusAreas: ['curriculum'],
      agreementId: null,
      startsOn: '2026-09-01',
      endsOn: null,
      description: null,
    });
  });

  it('keeps batch, agreement, end and a trimmed description', () => {
    expect(
      toPairingProposal({
        proposerSchoolId: 'a',
        partnerSchoolIds: ['b', 'c'],
        batch: 4,
        focusAreas: ['management'],
        agreementId: 'ag',
        startsOn: dayjs('2026-09-01'),
        endsOn: dayjs('2029-08-31'),
        description: ' 共建课程 ',
      }),
    ).toMatchObject({ batch: 4, agreementId: 'ag', endsOn: '2029-08-31', description: '共建课程' });
  });

  it('takes the partners chosen in the finder from the address: well-formed, each once, nine at most', () => {
    const params = new URLSearchParams([
      ['partner', 'a'],
      ['partner', 'a'],
      ['partner', 'bad/id'],
      ...Array.from({ length: 12 }, (_, i) => ['partner', `p${i}`]),
    ]);
    expect(partnerIdsFrom(params)).toEqual(['a', 'p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
  });
});
