import { isGuardianOnly } from '../../lib/access.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { GuardianLayout } from './guardian-layout.tsx';
import { StaffLayout } from './staff-layout.tsx';

/** One URL space, two frames: staff get the menu-driven layout, families the simple phone one. */
export function AppLayout() {
  const { grants } = useCurrentUser();
  return isGuardianOnly(grants) ? <GuardianLayout /> : <StaffLayout />;
}
