import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { Loading } from '../components/feedback.tsx';
import { ApplyIcon, BellIcon, HomeIcon, UserIcon } from '../components/icons.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useUnreadCount } from '../features/notifications/api/get-notifications.ts';
import { familyPaths } from './paths.ts';

function TopBar({ withLanguage }: { withLanguage: boolean }) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <Link className="brand" to={familyPaths.home.href()}>
        <img src="/favicon.svg" alt="" width={32} height={32} />
        <span className="brand-name">
          {t('family.app.name')}
          <span className="brand-sub">{t('family.app.platform')}</span>
        </span>
      </Link>
      {withLanguage && <LanguageSwitch />}
    </header>
  );
}

/** Sign-in and the public pages: the brand and the language, nothing else. */
export function PublicLayout() {
  return (
    <div className="shell">
      <TopBar withLanguage />
      <main className="content">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** A signed-in family: their pages, and the four tabs a thumb reaches at the bottom of the screen. */
export function FamilyLayout() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const tabs = [
    { to: familyPaths.home.href(), label: t('family.nav.home'), icon: <HomeIcon />, end: true },
    { to: familyPaths.policies.href(), label: t('family.nav.apply'), icon: <ApplyIcon />, end: false },
    { to: familyPaths.notifications.href(), label: t('family.nav.messages'), icon: <BellIcon />, end: false, badge: unread },
    { to: familyPaths.me.href(), label: t('family.nav.me'), icon: <UserIcon />, end: false },
  ];
  return (
    <div className="shell with-tabbar">
      <TopBar withLanguage={false} />
      <main className="content">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <nav className="tabbar" aria-label={t('family.nav.label')}>
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to} end={tab.end} className="tab">
            {tab.icon}
            {tab.label}
            {tab.badge ? (
              <span className="badge" aria-label={t('family.notifications.unread', { count: tab.badge })}>
                {tab.badge > 99 ? '99+' : tab.badge}
              </span>
            ) : null}
          </NavLink>
        ))}
      </nav>
    </div>
  );
}
