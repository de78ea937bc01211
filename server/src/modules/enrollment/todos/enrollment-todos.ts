import { grantsOf } from '../../../platform/access/grants.ts';
import type { TodoSource } from '../../../platform/todos/todo-contract.ts';
import * as repo from './todos.repository.ts';

const scopesOf = (actor: Parameters<TodoSource['collect']>[1], role: 'bureau_reviewer' | 'bureau_admin') =>
  grantsOf(actor, role).flatMap((g) => (g.scopePath ? [g.scopePath] : []));

const item = (waiting: repo.Waiting, list: string, one: (id: string) => string) =>
  waiting.count === 0 ? null : { count: waiting.count, oldestAt: waiting.oldestAt, link: waiting.onlyId ? one(waiting.onlyId) : list };

/** What enrollment puts on staff's to-do lists: reviews and appeals for reviewers, 统筹安排 for bureaus, arrivals for schools. */
export const enrollmentTodos: TodoSource[] = [
  {
    key: 'enrollment.review',
    label: { 'zh-CN': '待审核的入学申请', 'en-US': 'Applications waiting for review' },
    collect: async (db, actor) =>
      item(
        await repo.applicationsAwaitingReview(db, scopesOf(actor, 'bureau_reviewer')),
        '/enrollment/review?status=submitted',
        (id) => `/enrollment/review/applications/${id}`,
      ),
  },
  {
    key: 'enrollment.appeals',
    label: { 'zh-CN': '待处理的复核申请', 'en-US': 'Appeals waiting for a decision' },
    collect: async (db, actor) =>
      item(
        await repo.appealsAwaitingDecision(db, scopesOf(actor, 'bureau_reviewer'), actor.userId),
        '/enrollment/review/appeals',
        (id) => `/enrollment/review/applications/${id}/appeal`,
      ),
  },
  {
    key: 'enrollment.placement',
    label: { 'zh-CN': '待统筹安排学位的申请', 'en-US': 'Applications waiting for a place (统筹安排)' },
    collect: async (db, actor) =>
      item(await repo.applicationsAwaitingPlacement(db, scopesOf(actor, 'bureau_admin')), '/enrollment/allocation', () => '/enrollment/allocation'),
  },
  {
    key: 'enrollment.arrivals',
    label: { 'zh-CN': '待登记报到的新生', 'en-US': 'Admitted pupils whose arrival is not recorded' },
    collect: async (db, actor) => {
      const schools = grantsOf(actor, 'school_admin').flatMap((g) => (g.organizationId ? [g.organizationId] : []));
      return item(await repo.arrivalsToRecord(db, schools), '/enrollment/roster', () => '/enrollment/roster');
    },
  },
];
