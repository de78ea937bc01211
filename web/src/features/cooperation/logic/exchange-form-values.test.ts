import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../api/cooperation-types.ts';
import { fromExchange, hostAndPartnersOf, linkFrom, toExchangeInput } from './exchange-form-values.ts';

const org = (id: string) => ({
  id,
  kind: 'school' as const,
  nameZh: id,
  nameEn: id,
  regionId: 'r',
  regionNameZh: 'r',
  regionNameEn: 'r',
  latitude: null,
  longitude: null,
});

describe('the exchange form', () => {
  it('sends the one link chosen in its own field and the others as null', () => {
    const input = toExchangeInput({
      kind: 'visit',
      title: ' 德阳考察 ',
      occurredOn: dayjs('2026-05-20'),
      hostOrganizationId: 'h',
      partnerOrganizationIds: ['p'],
      linkType: 'community',
      linkId: 'c1',
      participantCount: 12,
      summary: '',
    });
    expect(input).toEqual({
      kind: 'visit',
      title: '德阳考察',
      occurredOn: '2026-05-20',
      hostOrganizationId: 'h',
      partnerOrganizationIds: ['p'],
      pairingId: null,
      communityId: 'c1',
      allianceId: null,
      participantCount: 12,
      participantUserIds: [],
      summary: null,
    });
  });

  it('sends no link when "nothing" is chosen, even with an id left over', () => {
    expect(toExchangeInput({ linkType: 'none', linkId: 'x' })).toMatchObject({ pairingId: null, communityId: null, allianceId: null });
  });

  it('fills the form from an exchange and sends it back unchanged', () => {
    const exchange = {
      id: 'e',
      kind: 'training',
      title: '培训',
      occurredOn: '2026-04-01',
      host: org('h'),
      partners: [org('p1'), org('p2')],
      belongsTo: { type: 'pairing', id: 'pr', nameZh: 'x', nameEn: 'x' },
      participantCount: 30,
      participants: [{ userId: 'u1', displayName: '王老师', organizationId: 'h' }],
      summary: '纪要',
      files: [],
      permissions: { canUpdate: true, canDelete: true },
      createdAt: '',
      updatedAt: '',
      version: 3,
    } satisfies Exchange;
    expect(toExchangeInput(fromExchange(exchange))).toEqual({
      kind: 'training',
      title: '培训',
      occurredOn: '2026-04-01',
      hostOrganizationId: 'h',
      partnerOrganizationIds: ['p1', 'p2'],
      pairingId: 'pr',
      communityId: null,
      allianceId: null,
      participantCount: 30,
      participantUserIds: ['u1'],
      summary: '纪要',
    });
  });

  it('reads the link from the address', () => {
    expect(linkFrom(new URLSearchParams('pairing=abc'))).toEqual({ type: 'pairing', id: 'abc' });
    expect(linkFrom(new URLSearchParams('alliance=x1'))).toEqual({ type: 'alliance', id: 'x1' });
    expect(linkFrom(new URLSearchParams('pairing=a b'))).toBeNull();
    expect(linkFrom(new URLSearchParams(''))).toBeNull();
  });

  it('lets the caller’s own school host an exchange of a pairing, the others being partners', () => {
    const pairing = { schools: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] } as never;
    expect(hostAndPartnersOf(pairing, ['b'])).toEqual({ hostOrganizationId: 'b', partnerOrganizationIds: ['a', 'c'] });
    expect(hostAndPartnersOf(pairing, [])).toEqual({ hostOrganizationId: 'a', partnerOrganizationIds: ['b', 'c'] });
  });
});
