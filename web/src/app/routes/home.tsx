import { lazy } from 'react';

const StaffHome = lazy(() => import('../../features/home/routes/staff-home.tsx').then((m) => ({ default: m.StaffHomeRoute })));

/** '/' is the staff overview (families are sent to their own app by the layout). */
export function HomeRoute() {
  return <StaffHome />;
}
