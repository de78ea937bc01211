import { Type, type Static } from 'typebox';
import { Nullable, PageQuery, StrictObject } from '../../platform/http/schemas.ts';

export const NotificationListQuery = StrictObject({ ...PageQuery, unreadOnly: Type.Optional(Type.Boolean()) });
export type NotificationListQuery = Static<typeof NotificationListQuery>;

export const NotificationView = Type.Object({
  id: Type.String(),
  /** One of the kinds the modules declare (their `notifications`): the list names no module. */
  kind: Type.String(),
  /** Rendered in the reader's language. */
  title: Type.String(),
  body: Type.String(),
  /** What it is about, for a link: 'enrollment_application' and its id. */
  objectType: Nullable(Type.String()),
  objectId: Nullable(Type.String()),
  createdAt: Type.String(),
  readAt: Nullable(Type.String()),
});
export type NotificationView = Static<typeof NotificationView>;

export const NotificationList = Type.Object({ items: Type.Array(NotificationView), total: Type.Integer(), unread: Type.Integer() });
export const ReadAllResult = Type.Object({ updated: Type.Integer() });
