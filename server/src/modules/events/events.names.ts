import type { EventStatus } from '../../../../common/events.ts';
import type { Localised } from '../../platform/modules/module-contract.ts';

/** Names of event statuses, for the error param `eventStatus:<key>`. */
export const eventStatusNames: Record<EventStatus, Localised> = {
  draft: { 'zh-CN': '草稿', 'en-US': 'a draft' },
  published: { 'zh-CN': '已发布', 'en-US': 'published' },
  registration_open: { 'zh-CN': '报名中', 'en-US': 'open for registration' },
  registration_closed: { 'zh-CN': '报名已截止', 'en-US': 'closed for registration' },
  held: { 'zh-CN': '已举行', 'en-US': 'held' },
  closed: { 'zh-CN': '已结束', 'en-US': 'closed' },
  cancelled: { 'zh-CN': '已取消', 'en-US': 'cancelled' },
};
