import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Loading } from '../components/feedback.tsx';
import { RequireGuardian } from './guards.tsx';
import { FamilyLayout, PublicLayout } from './layouts.tsx';
import { familyPaths } from './paths.ts';
import { ErrorPage, RouteError } from './route-error.tsx';

/** Every page is its own chunk, fetched on first visit: the sign-in page loads only what it needs. */
const page = (load: () => Promise<ComponentType>) => async () => ({ Component: await load() });

const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: familyPaths.login.path, lazy: page(() => import('../features/auth/routes/login.tsx').then((m) => m.LoginRoute)) },
          { path: familyPaths.publicList.path, lazy: page(() => import('../features/public/routes/public-list.tsx').then((m) => m.PublicListRoute)) },
          { path: familyPaths.verifyForm.path, lazy: page(() => import('../features/public/routes/verify-notice.tsx').then((m) => m.VerifyNoticeRoute)) },
          { path: familyPaths.verifyNotice.path, lazy: page(() => import('../features/public/routes/verify-notice.tsx').then((m) => m.VerifyNoticeRoute)) },
          {
            path: familyPaths.verifyCertificate.path,
            lazy: page(() => import('../features/public/routes/verify-certificate.tsx').then((m) => m.VerifyCertificateRoute)),
          },
        ],
      },
      {
        element: <RequireGuardian />,
        children: [
          {
            element: <FamilyLayout tabs />,
            children: [
              { path: familyPaths.home.path, lazy: page(() => import('../features/home/routes/home.tsx').then((m) => m.HomeRoute)) },
              { path: familyPaths.policies.path, lazy: page(() => import('../features/policies/routes/policies.tsx').then((m) => m.PoliciesRoute)) },
              {
                path: familyPaths.notifications.path,
                lazy: page(() => import('../features/notifications/routes/notifications.tsx').then((m) => m.NotificationsRoute)),
              },
              { path: familyPaths.me.path, lazy: page(() => import('../features/home/routes/me.tsx').then((m) => m.MeRoute)) },
            ],
          },
          {
            element: <FamilyLayout tabs={false} />,
            children: [
              { path: familyPaths.newChild.path, lazy: page(() => import('../features/children/routes/new-child.tsx').then((m) => m.NewChildRoute)) },
              { path: familyPaths.child.path, lazy: page(() => import('../features/children/routes/edit-child.tsx').then((m) => m.EditChildRoute)) },
              { path: familyPaths.consent.path, lazy: page(() => import('../features/children/routes/consent.tsx').then((m) => m.ConsentRoute)) },
              { path: familyPaths.policy.path, lazy: page(() => import('../features/policies/routes/policy.tsx').then((m) => m.PolicyRoute)) },
              {
                path: familyPaths.application.path,
                lazy: page(() => import('../features/applications/routes/application.tsx').then((m) => m.ApplicationRoute)),
              },
              { path: familyPaths.wizard.path, lazy: page(() => import('../features/applications/routes/wizard.tsx').then((m) => m.WizardRoute)) },
            ],
          },
        ],
      },
      { path: '*', element: <ErrorPage notFound /> },
    ],
  },
]);

export function FamilyRouter() {
  return <RouterProvider router={router} />;
}
