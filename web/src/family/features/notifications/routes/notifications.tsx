import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { familyPaths } from '../../../app/paths.ts';
import { Button } from '../../../components/button.tsx';
import { Empty, LoadError, Loading } from '../../../components/feedback.tsx';
import { ChevronRight } from '../../../components/icons.tsx';
import { Page } from '../../../components/page.tsx';
import { useFormat } from '../../../../lib/format.ts';
import type { FamilyNotification } from '../../../types.ts';
import { useNotifications } from '../api/get-notifications.ts';
import { useMarkAllRead, useMarkRead } from '../api/mark-read.ts';

/** 消息: what changed in the family's applications, newest first; opening one marks it read. */
export function NotificationsRoute() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const markAll = useMarkAllRead();
  return (
    <Page title={t('family.notifications.title')}>
      {notifications.isPending ? (
        <Loading />
      ) : notifications.isError ? (
        <LoadError error={notifications.error} onRetry={() => void notifications.refetch()} />
      ) : notifications.data.items.length === 0 ? (
        <Empty>{t('family.notifications.empty')}</Empty>
      ) : (
        <>
          {notifications.data.unread > 0 && (
            <Button small className="align-end" busy={markAll.isPending} onClick={() => markAll.mutate()}>
              {t('family.notifications.readAll')}
            </Button>
          )}
          <ul className="list">
            {notifications.data.items.map((notification) => (
              <li key={notification.id}>
                <NotificationItem notification={notification} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

function NotificationItem({ notification }: { notification: FamilyNotification }) {
  const { t } = useTranslation();
  const format = useFormat();
  const markRead = useMarkRead();
  const unread = notification.readAt === null;
  const target = notification.objectType === 'enrollment_application' && notification.objectId ? familyPaths.application.href(notification.objectId) : null;
  const body = (
    <span className="list-main">
      <span className={unread ? 'list-title' : 'list-title read'}>
        {unread && <span className="visually-hidden">{t('family.notifications.unreadMark')} </span>}
        {unread && <span aria-hidden className="dot" />}
        {notification.title}
      </span>
      <span className="list-text">{notification.body}</span>
      <time className="list-sub" dateTime={notification.createdAt}>
        {format.dateTime(notification.createdAt)}
      </time>
    </span>
  );
  const onOpen = () => {
    if (unread) markRead.mutate(notification.id);
  };
  return target ? (
    <Link className="list-item" to={target} onClick={onOpen}>
      {body}
      <ChevronRight />
    </Link>
  ) : (
    <button type="button" className="list-item list-button" onClick={onOpen}>
      {body}
    </button>
  );
}
