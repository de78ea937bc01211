import { notify } from '../../platform/notifications/notify.ts';
import type { ActorKey, AuthzRow, Call, Outcome } from '../../test/authorization.types.ts';
import { createUser } from '../../test/factories.ts';

// Notifications in the authorization table: everyone signed in reads and marks their own; another
// person's notification does not exist for them.

const T = true;
const HIDDEN: Outcome = { status: 404, code: 'resource.not_found' };
const SIGNED_IN: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: T,
  jiangbeiReviewer: T,
  schoolAdminA: T,
  teacherA: T,
  guardian: T,
  anonymous: 401,
};
const NOBODY: Record<ActorKey, Outcome> = {
  platformAdmin: HIDDEN,
  cqAdmin: HIDDEN,
  jiangbeiAdmin: HIDDEN,
  qingyangAdmin: HIDDEN,
  jiangbeiReviewer: HIDDEN,
  schoolAdminA: HIDDEN,
  teacherA: HIDDEN,
  guardian: HIDDEN,
  anonymous: 401,
};

/** A new notification of the user (the caller, or a new person for anonymous and "someone else's"). */
async function notificationOf({ ctx }: Call, userId: string | null): Promise<string> {
  const owner = userId ?? (await createUser(ctx.db, { role: 'guardian' })).id;
  await notify(ctx.db, { userId: owner, kind: 'application_submitted', params: { reference: 'YD2027-AUTHZ001' }, sms: false });
  const row = await ctx.db.selectFrom('notifications').select('id').where('user_id', '=', owner).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  return row.id;
}

export const NOTIFICATION_AUTHZ_ROWS: AuthzRow[] = [
  { route: 'GET /api/notifications', target: "the caller's own notifications", request: () => ({ url: '/api/notifications' }), expect: SIGNED_IN },
  {
    route: 'POST /api/notifications/:id/read',
    target: "the caller's own notification",
    expect: SIGNED_IN,
    request: async (call) => ({ url: `/api/notifications/${await notificationOf(call, call.userId)}/read`, body: {} }),
  },
  {
    route: 'POST /api/notifications/:id/read',
    target: "someone else's notification",
    expect: NOBODY,
    request: async (call) => ({ url: `/api/notifications/${await notificationOf(call, null)}/read`, body: {} }),
  },
  {
    route: 'POST /api/notifications/read-all',
    target: "the caller's own notifications",
    request: () => ({ url: '/api/notifications/read-all', body: {} }),
    expect: SIGNED_IN,
  },
];
