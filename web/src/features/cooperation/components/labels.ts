import type { AgreementStatus, ExchangeKind, PairingStatus } from '../../../../../common/cooperation.ts';

export const PAIRING_STATUS_COLORS: Record<PairingStatus, string> = {
  proposed: 'gold',
  accepted: 'processing',
  active: 'success',
  declined: 'default',
  withdrawn: 'default',
  rejected: 'error',
  ended: 'default',
};

export const AGREEMENT_STATUS_COLORS: Record<AgreementStatus, string> = {
  draft: 'gold',
  in_force: 'success',
  expired: 'default',
  ended: 'default',
};

export const EXCHANGE_KIND_COLORS: Record<ExchangeKind, string> = {
  visit: 'blue',
  hosted_delegation: 'geekblue',
  joint_research: 'purple',
  lecture: 'cyan',
  training: 'green',
  online_session: 'magenta',
  secondment: 'orange',
  outreach_teaching: 'volcano',
};
