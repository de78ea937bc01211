import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Button } from '../components/button.tsx';
import { LoadError, Loading } from '../components/feedback.tsx';
import { Page } from '../components/page.tsx';
import { isGuardian, useSession } from '../../lib/session.ts';
import { useSignOut } from '../../lib/sign-out.ts';
import { familyPaths } from './paths.ts';

/** The family's own pages need a guardian's session; anyone else signs in first and comes back afterwards. */
export function RequireGuardian() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <LoadError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.authenticated || !session.data.user) return <Navigate to={familyPaths.login.href(location.pathname + location.search)} replace />;
  if (!isGuardian(session.data.user)) return <StaffAccountNotice />;
  return <Outlet />;
}

/** A staff account opened a family page: their work is in the staff app. */
function StaffAccountNotice() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Page title={t('family.auth.staffAccountTitle')} lead={t('family.auth.staffAccountText')}>
      <a className="btn btn-primary btn-block" href="/">
        {t('family.auth.toStaffApp')}
      </a>
      <Button block busy={signOut.isPending} onClick={() => signOut.mutate()}>
        {t('family.auth.signOut')}
      </Button>
    </Page>
  );
}
