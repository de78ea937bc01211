import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
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
      <ScrollRestoration />
    </div>
  );
}

/**
 * A signed-in family's pages. The four top-level pages carry the tabs a thumb reaches at the bottom of the
 * screen; the pages below them (a form, the wizard, an application) have a back link and room for their
 * own action bar instead.
 */
export function FamilyLayout({ tabs }: { tabs: boolean }) {
  return (
    <div className="shell">
      <TopBar withLanguage={false} />
      <main className="content">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      {tabs && <TabBar />}
      <ScrollRestoration />
    </div>
  );
}

function TabBar() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const tabs = [
    { to: familyPaths.home.href(), label: t('family.nav.home'), icon: <HomeIcon />, end: true },
    { to: familyPaths.policies.href(), label: t('family.nav.apply'), icon: <ApplyIcon />, end: false },
    { to: familyPaths.notifications.href(), label: t('family.nav.messages'), icon: <BellIcon />, end: false, badge: unread },
    { to: familyPaths.me.href(), label: t('family.nav.me'), icon: <UserIcon />, end: false },
  ];
  return (
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
  );
}
