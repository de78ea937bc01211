import type { AgreementStatus, MembershipStatus, PairingStatus } from '../../../../common/cooperation.ts';
import type { Locale } from '../../../../common/locales.ts';

// Names of cooperation statuses, for error params of the form `pairingStatus:<key>`, `agreementStatus:<key>`
// and `membershipStatus:<key>` (see localisedParams in platform/i18n/error-messages.ts).

export const pairingStatusNames = {
  proposed: { 'zh-CN': '待对方接受', 'en-US': 'proposed' },
  accepted: { 'zh-CN': '待教育局审批', 'en-US': 'waiting for the bureaus' },
  active: { 'zh-CN': '结对中', 'en-US': 'active' },
  declined: { 'zh-CN': '对方已婉拒', 'en-US': 'declined' },
  withdrawn: { 'zh-CN': '已撤回', 'en-US': 'withdrawn' },
  rejected: { 'zh-CN': '审批未通过', 'en-US': 'rejected' },
  ended: { 'zh-CN': '已结束', 'en-US': 'ended' },
} as const satisfies Record<PairingStatus, Record<Locale, string>>;

export const agreementStatusNames = {
  draft: { 'zh-CN': '草稿', 'en-US': 'draft' },
  in_force: { 'zh-CN': '生效中', 'en-US': 'in force' },
  expired: { 'zh-CN': '已到期', 'en-US': 'expired' },
  ended: { 'zh-CN': '已终止', 'en-US': 'ended' },
} as const satisfies Record<AgreementStatus, Record<Locale, string>>;

export const membershipStatusNames = {
  requested: { 'zh-CN': '申请中', 'en-US': 'requested' },
  active: { 'zh-CN': '成员', 'en-US': 'member' },
  rejected: { 'zh-CN': '申请未通过', 'en-US': 'rejected' },
  left: { 'zh-CN': '已退出', 'en-US': 'left' },
} as const satisfies Record<MembershipStatus, Record<Locale, string>>;
