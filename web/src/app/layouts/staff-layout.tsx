import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Layout, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { Brand } from '../../components/brand.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { PageSpinner } from '../../components/query-states.tsx';
import { TodoCount } from '../../features/todos/components/todo-count.tsx';
import { useIsMobile } from '../../lib/use-is-mobile.ts';
import { paths } from '../paths.ts';
import { NavMenu } from './nav-menu.tsx';
import { UserMenu } from './user-menu.tsx';

/** Staff pages: header, a side menu that follows the roles (a drawer on phones), the page. */
export function StaffLayout() {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [drawerOpen, setDrawerOpen] = useState(false);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 20,
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          paddingInline: isMobile ? 8 : 24,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        {isMobile && <Button type="text" icon={<MenuOutlined aria-hidden />} aria-label={t('nav.openMenu')} onClick={() => setDrawerOpen(true)} />}
        <Link to={paths.home.getHref()} style={{ minWidth: 0, flex: '0 1 auto' }}>
          <Brand compact={isMobile} />
        </Link>
        <div style={{ flex: 1 }} />
        {!isMobile && <LanguageSwitch size="small" />}
        <TodoCount />
        <UserMenu showName={!isMobile} />
      </Layout.Header>
      <Layout>
        {!isMobile && (
          <Layout.Sider width={220} theme="light" style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}>
            <nav aria-label={t('nav.main')} style={{ position: 'sticky', top: 64, paddingTop: 8 }}>
              <NavMenu />
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: isMobile ? 12 : 24, minWidth: 0 }}>
          {/* Layout.Content already renders <main>: one landmark per page. */}
          <div style={{ maxWidth: 1280, margin: '0 auto' }}>
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </div>
        </Layout.Content>
      </Layout>
      {isMobile && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={280}
          title={<Brand compact />}
          styles={{ body: { padding: '8px 0' } }}
        >
          <nav aria-label={t('nav.main')}>
            <NavMenu onNavigate={() => setDrawerOpen(false)} />
          </nav>
          <Flex justify="center" style={{ padding: 16 }}>
            <LanguageSwitch />
          </Flex>
        </Drawer>
      )}
    </Layout>
  );
}
