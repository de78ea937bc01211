import type { TFunction } from 'i18next';

export const OBJECT_TYPES = ['user', 'organization', 'mobile', 'route'] as const;

/** The prefixes ('auth.', 'cooperation.' …) of the actions the server names, in its order. */
export const actionPrefixes = (actions: readonly { action: string }[]): string[] => [...new Set(actions.map((a) => `${a.action.split('.')[0]}.`))];

export function objectTypeLabel(t: TFunction, type: string): string {
  return t(`auditObjects.${type}` as 'auditObjects.user', { defaultValue: type });
}
