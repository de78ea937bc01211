/**
 * The kinds of notification, each module adding its own by interface merging in its descriptor file:
 * `declare module '…/notification-kinds.ts' { interface NotificationKinds extends Record<MyKind, true> {} }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NotificationKinds {}

export type NotificationKind = keyof NotificationKinds & string;
