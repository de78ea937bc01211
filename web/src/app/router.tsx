import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PageSpinner } from '../components/query-states.tsx';
import { ACCESS } from '../lib/access.ts';
import { RequireRoles, RequireSession } from './guards.tsx';
import { AppLayout } from './layouts/app-layout.tsx';
import { AuthLayout } from './layouts/auth-layout.tsx';
import { paths } from './paths.ts';
import { HomeRoute } from './routes/home.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { RouteError } from './routes/route-error.tsx';

/** Every page is its own chunk, fetched on first visit. */
const page = (load: () => Promise<ComponentType>) => async () => ({ Component: await load() });

const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    // Shown while the first page's chunk loads.
    hydrateFallbackElement: <PageSpinner />,
    children: [
      {
        element: <AuthLayout />,
        children: [
          { path: paths.auth.login.path, lazy: page(() => import('../features/auth/routes/staff-login.tsx').then((m) => m.StaffLoginRoute)) },
          { path: paths.auth.familyLogin.path, lazy: page(() => import('../features/auth/routes/guardian-login.tsx').then((m) => m.GuardianLoginRoute)) },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppLayout />,
            errorElement: <RouteError />,
            children: [
              { index: true, element: <HomeRoute /> },
              {
                element: <RequireRoles roles={ACCESS.directory} />,
                children: [
                  { path: paths.directory.root.path, lazy: page(() => import('../features/directory/routes/directory.tsx').then((m) => m.DirectoryRoute)) },
                  { path: paths.directory.organization.path, lazy: page(() => import('../features/directory/routes/organization.tsx').then((m) => m.OrganizationRoute)) },
                  { path: paths.directory.editOrganization.path, lazy: page(() => import('../features/directory/routes/edit-organization.tsx').then((m) => m.EditOrganizationRoute)) },
                ],
              },
              {
                element: <RequireRoles roles={ACCESS.organizationCreate} />,
                children: [
                  { path: paths.directory.newOrganization.path, lazy: page(() => import('../features/directory/routes/new-organization.tsx').then((m) => m.NewOrganizationRoute)) },
                ],
              },
              {
                element: <RequireRoles roles={ACCESS.schoolFiles} />,
                children: [
                  { path: paths.directory.schoolFiles.path, lazy: page(() => import('../features/directory/routes/school-files.tsx').then((m) => m.SchoolFilesRoute)) },
                ],
              },
              {
                element: <RequireRoles roles={ACCESS.users} />,
                children: [
                  { path: paths.users.root.path, lazy: page(() => import('../features/users/routes/users.tsx').then((m) => m.UsersRoute)) },
                  { path: paths.users.newUser.path, lazy: page(() => import('../features/users/routes/new-user.tsx').then((m) => m.NewUserRoute)) },
                  { path: paths.users.user.path, lazy: page(() => import('../features/users/routes/user.tsx').then((m) => m.UserRoute)) },
                ],
              },
              {
                element: <RequireRoles roles={ACCESS.audit} />,
                children: [{ path: paths.audit.path, lazy: page(() => import('../features/audit/routes/audit-log.tsx').then((m) => m.AuditLogRoute)) }],
              },
              { path: paths.profile.root.path, lazy: page(() => import('../features/profile/routes/profile.tsx').then((m) => m.ProfileRoute)) },
              {
                path: paths.profile.authenticator.path,
                lazy: page(() => import('../features/auth/routes/authenticator-setup.tsx').then((m) => m.AuthenticatorSetupRoute)),
              },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
