import { lazy } from 'react';
import { isGuardianOnly } from '../../lib/access.ts';
import { useCurrentUser } from '../../lib/session.ts';

const StaffHome = lazy(() => import('../../features/home/routes/staff-home.tsx').then((m) => ({ default: m.StaffHomeRoute })));
const GuardianHome = lazy(() => import('../../features/profile/routes/guardian-home.tsx').then((m) => ({ default: m.GuardianHomeRoute })));

/** '/' is the overview for staff and 我的 ("me") for families. */
export function HomeRoute() {
  const { grants } = useCurrentUser();
  return isGuardianOnly(grants) ? <GuardianHome /> : <StaffHome />;
}
