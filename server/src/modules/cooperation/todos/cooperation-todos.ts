import type { Actor } from '../../../platform/access/actor.ts';
import { grantsOf } from '../../../platform/access/grants.ts';
import type { TodoItem, TodoSource } from '../../../platform/todos/todo-contract.ts';
import { dormantPairings } from '../dashboard/dashboard.service.ts';
import { pairingsAwaitingMe } from '../pairings/pairings.service.ts';
import * as repo from './todos.repository.ts';

/** Organizations the actor runs: a school's admin, or the admin of a bureau, body or institute. */
const administered = (actor: Actor) => grantsOf(actor, 'school_admin', 'bureau_admin').flatMap((g) => (g.organizationId ? [g.organizationId] : []));
/** The outermost jurisdictions of the actor's bureau admin grants. */
const jurisdictions = (actor: Actor) => {
  const paths = grantsOf(actor, 'bureau_admin').flatMap((g) => (g.scopePath ? [g.scopePath] : []));
  return paths.filter((p) => !paths.some((other) => other !== p && p.startsWith(other)));
};

const item = (waiting: repo.Waiting, list: string, one: (id: string) => string): Omit<TodoItem, 'key'> | null =>
  waiting.count === 0 ? null : { count: waiting.count, oldestAt: waiting.oldestAt, link: waiting.onlyId ? one(waiting.onlyId) : list };

/** The same pairings as the list's "waiting for me" filter, so the count and the list agree. */
const pairingItem = (pairings: { id: string; updatedAt: string }[]): Omit<TodoItem, 'key'> | null =>
  pairings.length === 0
    ? null
    : {
        count: pairings.length,
        oldestAt: pairings.reduce((oldest, p) => (p.updatedAt < oldest ? p.updatedAt : oldest), pairings[0]!.updatedAt),
        link: pairings.length === 1 ? `/cooperation/pairings/${pairings[0]!.id}` : '/cooperation/pairings?awaiting=1',
      };

/** A pairing without an exchange for this many months is dormant (as the dashboard's default). */
const DORMANT_MONTHS = 6;

/** What the cooperation network puts on staff's to-do lists. */
export const cooperationTodos: TodoSource[] = [
  {
    key: 'cooperation.pairing_proposals',
    label: { 'zh-CN': '待答复的结对邀请', 'en-US': 'Pairing proposals to answer' },
    collect: async (db, actor) => pairingItem((await pairingsAwaitingMe(db, actor)).filter((p) => p.permissions.canAccept)),
  },
  {
    key: 'cooperation.pairing_approvals',
    label: { 'zh-CN': '待审批的结对', 'en-US': 'Pairings waiting for your approval' },
    collect: async (db, actor) => pairingItem((await pairingsAwaitingMe(db, actor)).filter((p) => p.permissions.canApprove)),
  },
  {
    key: 'cooperation.agreement_confirmations',
    label: { 'zh-CN': '待确认的合作协议', 'en-US': 'Agreements waiting for your confirmation' },
    collect: async (db, actor) =>
      item(await repo.agreementsToConfirm(db, administered(actor)), '/cooperation/agreements?status=draft', (id) => `/cooperation/agreements/${id}`),
  },
  {
    key: 'cooperation.join_requests',
    label: { 'zh-CN': '待处理的加入申请', 'en-US': 'Join requests to decide' },
    collect: async (db, actor) => item(await repo.joinRequestsTo(db, administered(actor)), '/cooperation/communities', () => '/cooperation/communities'),
  },
  {
    key: 'cooperation.dormant_pairings',
    label: { 'zh-CN': '休眠结对（6 个月无交流）', 'en-US': 'Dormant pairings (no exchange for 6 months)' },
    collect: async (db, actor) => {
      let count = 0;
      let oldestAt: string | null = null;
      for (const scope of jurisdictions(actor)) {
        const dormant = await dormantPairings(db, scope, DORMANT_MONTHS, new Date(), 1);
        count += dormant.total;
        const quietest = dormant.items[0];
        const since = quietest ? (quietest.lastExchangeOn ?? quietest.startsOn) : null;
        if (since && (oldestAt === null || since < oldestAt)) oldestAt = since;
      }
      return count === 0 ? null : { count, oldestAt, link: '/cooperation/dashboard' };
    },
  },
];
