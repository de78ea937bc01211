import dayjs, { type Dayjs } from 'dayjs';
import type { ExchangeKind } from '../../../../../common/cooperation.ts';
import type { Exchange, ExchangeInput, Pairing } from '../api/cooperation-types.ts';

export type LinkType = 'pairing' | 'community' | 'alliance';
export const LINK_TYPES: readonly LinkType[] = ['pairing', 'community', 'alliance'];

/** The log form's values as antd keeps them. */
export interface ExchangeFormValues {
  kind?: ExchangeKind;
  title?: string;
  occurredOn?: Dayjs;
  hostOrganizationId?: string;
  partnerOrganizationIds?: string[];
  linkType?: LinkType | 'none';
  linkId?: string;
  participantCount?: number | null;
  participantUserIds?: string[];
  summary?: string;
}

/** What the server takes: at most one of pairing, community and alliance. */
export function toExchangeInput(values: ExchangeFormValues): ExchangeInput {
  const link = values.linkType && values.linkType !== 'none' && values.linkId ? { type: values.linkType, id: values.linkId } : null;
  const summary = values.summary?.trim();
  return {
    kind: values.kind ?? 'visit',
    title: values.title?.trim() ?? '',
    occurredOn: values.occurredOn ? values.occurredOn.format('YYYY-MM-DD') : '',
    hostOrganizationId: values.hostOrganizationId ?? '',
    partnerOrganizationIds: values.partnerOrganizationIds ?? [],
    pairingId: link?.type === 'pairing' ? link.id : null,
    communityId: link?.type === 'community' ? link.id : null,
    allianceId: link?.type === 'alliance' ? link.id : null,
    participantCount: values.participantCount ?? 0,
    participantUserIds: values.participantUserIds ?? [],
    summary: summary ? summary : null,
  };
}

/** The form filled with an exchange, for editing it. */
export function fromExchange(exchange: Exchange): ExchangeFormValues {
  return {
    kind: exchange.kind,
    title: exchange.title,
    occurredOn: dayjs(exchange.occurredOn),
    hostOrganizationId: exchange.host.id,
    partnerOrganizationIds: exchange.partners.map((p) => p.id),
    linkType: exchange.belongsTo?.type ?? 'none',
    linkId: exchange.belongsTo?.id,
    participantCount: exchange.participantCount,
    participantUserIds: exchange.participants.map((p) => p.userId),
    summary: exchange.summary ?? undefined,
  };
}

/** The pairing, community or alliance named in the address (?pairing=…), if any. */
export function linkFrom(params: URLSearchParams): { type: LinkType; id: string } | null {
  for (const type of LINK_TYPES) {
    const id = params.get(type);
    if (id && /^[A-Za-z0-9_-]{1,64}$/.test(id)) return { type, id };
  }
  return null;
}

/**
 * Host and partners for an exchange of a pairing: one of the caller's own schools hosts (else the first),
 * the other schools are the partners.
 */
export function hostAndPartnersOf(
  pairing: Pick<Pairing, 'schools'>,
  mine: readonly string[],
): { hostOrganizationId: string; partnerOrganizationIds: string[] } | null {
  const ids = pairing.schools.map((s) => s.id);
  const host = ids.find((id) => mine.includes(id)) ?? ids[0];
  if (!host) return null;
  return { hostOrganizationId: host, partnerOrganizationIds: ids.filter((id) => id !== host) };
}
