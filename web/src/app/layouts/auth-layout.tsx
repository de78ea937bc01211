import { Flex, Layout, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useSearchParams } from 'react-router';
import { Brand } from '../../components/brand.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { PageSpinner } from '../../components/query-states.tsx';
import { useSession } from '../../lib/session.ts';
import { safeNext } from '../paths.ts';

/** Frame of the sign-in pages; once the session is complete it sends the person where they were going. */
export function AuthLayout() {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  if (session.isPending) return <PageSpinner />;
  if (session.data?.authenticated) return <Navigate to={safeNext(params.get('next'))} replace />;
  return (
    <Layout style={{ minHeight: '100vh', background: `linear-gradient(180deg, ${token.colorPrimaryBg} 0%, ${token.colorBgLayout} 320px)` }}>
      <Flex justify="space-between" align="center" gap={12} style={{ padding: '12px 16px' }}>
        <Brand compact />
        <LanguageSwitch size="small" />
      </Flex>
      <Flex component="main" vertical align="center" style={{ flex: 1, padding: '16px 16px 32px' }}>
        <div style={{ width: '100%', maxWidth: 420 }}>
          <Outlet />
        </div>
      </Flex>
      {/* keep-all: Chinese wraps at the spaces and 、 between phrases, never inside a word like 学校. */}
      <Typography.Text
        type="secondary"
        style={{ textAlign: 'center', padding: 16, fontSize: 12, textWrap: 'balance', wordBreak: 'keep-all', overflowWrap: 'break-word' }}
      >
        {t('app.footer')}
      </Typography.Text>
    </Layout>
  );
}
