import { isGuardianOnly } from '../../lib/access.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { paths } from '../paths.ts';
import { FamilyRedirect } from '../routes/family-redirect.tsx';
import { StaffLayout } from './staff-layout.tsx';

/** Staff get the menu-driven layout; a guardian who lands here is sent to the family app (/family/). */
export function AppLayout() {
  const { grants } = useCurrentUser();
  return isGuardianOnly(grants) ? <FamilyRedirect to={paths.family.getHref()} /> : <StaffLayout />;
}
