import type { TFunction } from 'i18next';

/** Actions the server records today (grep recordAudit); others still show, by their code. */
export const KNOWN_ACTIONS = [
  'auth.login', 'auth.login_sms', 'auth.register_guardian', 'auth.logout', 'auth.totp', 'auth.totp_enable', 'auth.password_change', 'auth.sms_send',
  'user.create', 'user.update', 'user.disable', 'user.enable', 'user.password_reset', 'user.grant', 'user.revoke',
  'organization.create', 'organization.update', 'organization.import', 'organization.export',
  'access.denied', 'upload.refused',
] as const;

export const ACTION_PREFIXES = ['auth.', 'user.', 'organization.', 'access.', 'upload.'] as const;

export const OBJECT_TYPES = ['user', 'organization', 'mobile', 'route'] as const;

/** 'user.disable' → '停用用户'; an action added later without a translation shows as its code. */
export function actionLabel(t: TFunction, action: string): string {
  const key = `auditActions.${action}`;
  return t(key as 'auditActions.user.create', { defaultValue: action });
}

export function objectTypeLabel(t: TFunction, type: string): string {
  return t(`auditObjects.${type}` as 'auditObjects.user', { defaultValue: type });
}
