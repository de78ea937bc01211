import { Type, type Static } from 'typebox';
import { Nullable, Page, PageQuery, StrictObject } from '../../platform/http/schemas.ts';

const Result = Type.Union([Type.Literal('success'), Type.Literal('denied'), Type.Literal('failure')]);
const IsoTime = Type.String({ format: 'date-time' });

export const AuditEntryView = Type.Object({
  id: Type.String(),
  occurredAt: Type.String(),
  actorUserId: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  action: Type.String(),
  /** The action's name in the caller's language (the module's label; the code itself when none is declared). */
  actionLabel: Type.String(),
  objectType: Type.String(),
  objectId: Nullable(Type.String()),
  result: Result,
  requestId: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  detail: Nullable(Type.Record(Type.String(), Type.Unknown())),
});
export type AuditEntryView = Static<typeof AuditEntryView>;
export const AuditList = Page(AuditEntryView);

export const AuditQuery = StrictObject({
  actorUserId: Type.Optional(Type.String({ maxLength: 64 })),
  action: Type.Optional(Type.String({ maxLength: 80 })),
  objectType: Type.Optional(Type.String({ maxLength: 40 })),
  objectId: Type.Optional(Type.String({ maxLength: 64 })),
  result: Type.Optional(Result),
  from: Type.Optional(IsoTime),
  to: Type.Optional(IsoTime),
  ...PageQuery,
});
export type AuditQuery = Static<typeof AuditQuery>;

/** Every audit action the modules declare, named in the caller's language: the action filter's choices. */
export const AuditActionList = Type.Object({ items: Type.Array(Type.Object({ action: Type.String(), label: Type.String() })) });
export type AuditActionList = Static<typeof AuditActionList>;
