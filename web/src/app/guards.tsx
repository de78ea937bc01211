import { Navigate, Outlet, useLocation } from 'react-router';
import { PageSpinner, QueryError } from '../components/query-states.tsx';
import { canUse, type Area } from '../lib/access.ts';
import { lastSignInKind, useCurrentUser, useSession } from '../lib/session.ts';
import { paths } from './paths.ts';
import { Forbidden } from '../components/forbidden.tsx';
import { FamilyRedirect } from './routes/family-redirect.tsx';

/** Everything below needs a full session; anyone else goes to the sign-in page and comes back afterwards. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageSpinner />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.authenticated) {
    // A parent who signed out (or timed out) signs in again in the family app.
    if (lastSignInKind() === 'family') return <FamilyRedirect to={paths.auth.familyLogin.getHref()} />;
    return <Navigate to={paths.auth.login.getHref(location.pathname + location.search)} replace />;
  }
  return <Outlet />;
}

/** Pages for some people only; the server checks again, this just explains instead of failing calls. */
export function RequireCapability({ area }: { area: Area }) {
  return canUse(useCurrentUser(), area) ? <Outlet /> : <Forbidden />;
}
