import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PageSpinner } from '../components/query-states.tsx';
import { RequireCapability, RequireSession } from './guards.tsx';
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
        children: [{ path: paths.auth.login.path, lazy: page(() => import('../features/auth/routes/staff-login.tsx').then((m) => m.StaffLoginRoute)) }],
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
                element: <RequireCapability area="directory" />,
                children: [
                  { path: paths.directory.root.path, lazy: page(() => import('../features/directory/routes/directory.tsx').then((m) => m.DirectoryRoute)) },
                  {
                    path: paths.directory.organization.path,
                    lazy: page(() => import('../features/directory/routes/organization.tsx').then((m) => m.OrganizationRoute)),
                  },
                  {
                    path: paths.directory.editOrganization.path,
                    lazy: page(() => import('../features/directory/routes/edit-organization.tsx').then((m) => m.EditOrganizationRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="organizationCreate" />,
                children: [
                  {
                    path: paths.directory.newOrganization.path,
                    lazy: page(() => import('../features/directory/routes/new-organization.tsx').then((m) => m.NewOrganizationRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="schoolFiles" />,
                children: [
                  {
                    path: paths.directory.schoolFiles.path,
                    lazy: page(() => import('../features/directory/routes/school-files.tsx').then((m) => m.SchoolFilesRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="users" />,
                children: [
                  { path: paths.users.root.path, lazy: page(() => import('../features/users/routes/users.tsx').then((m) => m.UsersRoute)) },
                  { path: paths.users.newUser.path, lazy: page(() => import('../features/users/routes/new-user.tsx').then((m) => m.NewUserRoute)) },
                  { path: paths.users.user.path, lazy: page(() => import('../features/users/routes/user.tsx').then((m) => m.UserRoute)) },
                ],
              },
              {
                element: <RequireCapability area="enrollmentPolicies" />,
                children: [
                  {
                    path: paths.enrollmentPolicies.root.path,
                    lazy: page(() => import('../features/enrollment-policies/routes/policies.tsx').then((m) => m.PoliciesRoute)),
                  },
                  {
                    path: paths.enrollmentPolicies.policy.path,
                    lazy: page(() => import('../features/enrollment-policies/routes/policy.tsx').then((m) => m.PolicyRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="enrollmentPolicyCreate" />,
                children: [
                  {
                    path: paths.enrollmentPolicies.newPolicy.path,
                    lazy: page(() => import('../features/enrollment-policies/routes/new-policy.tsx').then((m) => m.NewPolicyRoute)),
                  },
                  {
                    path: paths.enrollmentPolicies.editPolicy.path,
                    lazy: page(() => import('../features/enrollment-policies/routes/edit-policy.tsx').then((m) => m.EditPolicyRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="enrollmentReview" />,
                children: [
                  {
                    path: paths.enrollmentReview.inbox.path,
                    lazy: page(() => import('../features/enrollment-review/routes/inbox.tsx').then((m) => m.InboxRoute)),
                  },
                  {
                    path: paths.enrollmentReview.application.path,
                    lazy: page(() => import('../features/enrollment-review/routes/application.tsx').then((m) => m.ApplicationReviewRoute)),
                  },
                  {
                    path: paths.enrollmentReview.appeals.path,
                    lazy: page(() => import('../features/enrollment-review/routes/appeals.tsx').then((m) => m.AppealsRoute)),
                  },
                  {
                    path: paths.enrollmentReview.appeal.path,
                    lazy: page(() => import('../features/enrollment-review/routes/appeal.tsx').then((m) => m.AppealRoute)),
                  },
                  {
                    path: paths.enrollmentReview.assistedFiling.path,
                    lazy: page(() => import('../features/enrollment-review/routes/assisted-filing.tsx').then((m) => m.AssistedFilingRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="enrollmentAllocation" />,
                children: [
                  {
                    path: paths.enrollmentAllocation.root.path,
                    lazy: page(() => import('../features/enrollment-allocation/routes/allocation-policies.tsx').then((m) => m.AllocationPoliciesRoute)),
                  },
                  {
                    path: paths.enrollmentAllocation.policy.path,
                    lazy: page(() => import('../features/enrollment-allocation/routes/allocation.tsx').then((m) => m.AllocationRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="enrollmentRoster" />,
                children: [
                  { path: paths.enrollmentRoster.path, lazy: page(() => import('../features/enrollment-roster/routes/roster.tsx').then((m) => m.RosterRoute)) },
                ],
              },
              {
                element: <RequireCapability area="enrollmentStatistics" />,
                children: [
                  {
                    path: paths.enrollmentStatistics.path,
                    lazy: page(() => import('../features/enrollment-statistics/routes/statistics.tsx').then((m) => m.StatisticsRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="events" />,
                children: [
                  { path: paths.events.root.path, lazy: page(() => import('../features/events/routes/events.tsx').then((m) => m.EventsRoute)) },
                  { path: paths.events.mine.path, lazy: page(() => import('../features/events/routes/my-events.tsx').then((m) => m.MyEventsRoute)) },
                  { path: paths.events.event.path, lazy: page(() => import('../features/events/routes/event.tsx').then((m) => m.EventRoute)) },
                  {
                    path: paths.events.registrations.path,
                    lazy: page(() => import('../features/events/routes/registrations.tsx').then((m) => m.EventRegistrationsRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="eventsCreate" />,
                children: [
                  { path: paths.events.newEvent.path, lazy: page(() => import('../features/events/routes/new-event.tsx').then((m) => m.NewEventRoute)) },
                ],
              },
              {
                element: <RequireCapability area="cooperation" />,
                children: [
                  {
                    path: paths.cooperation.pairings.path,
                    lazy: page(() => import('../features/cooperation/routes/pairings.tsx').then((m) => m.PairingsRoute)),
                  },
                  { path: paths.cooperation.pairing.path, lazy: page(() => import('../features/cooperation/routes/pairing.tsx').then((m) => m.PairingRoute)) },
                  {
                    path: paths.cooperation.exchanges.path,
                    lazy: page(() => import('../features/cooperation/routes/exchanges.tsx').then((m) => m.ExchangesRoute)),
                  },
                  {
                    path: paths.cooperation.newExchange.path,
                    lazy: page(() => import('../features/cooperation/routes/new-exchange.tsx').then((m) => m.NewExchangeRoute)),
                  },
                  {
                    path: paths.cooperation.exchange.path,
                    lazy: page(() => import('../features/cooperation/routes/exchange.tsx').then((m) => m.ExchangeRoute)),
                  },
                  {
                    path: paths.cooperation.editExchange.path,
                    lazy: page(() => import('../features/cooperation/routes/edit-exchange.tsx').then((m) => m.EditExchangeRoute)),
                  },
                  {
                    path: paths.cooperation.agreements.path,
                    lazy: page(() => import('../features/cooperation/routes/agreements.tsx').then((m) => m.AgreementsRoute)),
                  },
                  {
                    path: paths.cooperation.agreement.path,
                    lazy: page(() => import('../features/cooperation/routes/agreement.tsx').then((m) => m.AgreementRoute)),
                  },
                  {
                    path: paths.cooperation.communities.path,
                    lazy: page(() => import('../features/cooperation/routes/bodies.tsx').then((m) => m.CommunitiesRoute)),
                  },
                  { path: paths.cooperation.community.path, lazy: page(() => import('../features/cooperation/routes/body.tsx').then((m) => m.CommunityRoute)) },
                  {
                    path: paths.cooperation.alliances.path,
                    lazy: page(() => import('../features/cooperation/routes/bodies.tsx').then((m) => m.AlliancesRoute)),
                  },
                  { path: paths.cooperation.alliance.path, lazy: page(() => import('../features/cooperation/routes/body.tsx').then((m) => m.AllianceRoute)) },
                ],
              },
              {
                element: <RequireCapability area="cooperationPairingCreate" />,
                children: [
                  {
                    path: paths.cooperation.newPairing.path,
                    lazy: page(() => import('../features/cooperation/routes/new-pairing.tsx').then((m) => m.NewPairingRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="cooperationAgreementCreate" />,
                children: [
                  {
                    path: paths.cooperation.newAgreement.path,
                    lazy: page(() => import('../features/cooperation/routes/new-agreement.tsx').then((m) => m.NewAgreementRoute)),
                  },
                  {
                    path: paths.cooperation.editAgreement.path,
                    lazy: page(() => import('../features/cooperation/routes/edit-agreement.tsx').then((m) => m.EditAgreementRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="cooperationBodyCreate" />,
                children: [
                  {
                    path: paths.cooperation.newCommunity.path,
                    lazy: page(() => import('../features/cooperation/routes/new-body.tsx').then((m) => m.NewCommunityRoute)),
                  },
                  {
                    path: paths.cooperation.newAlliance.path,
                    lazy: page(() => import('../features/cooperation/routes/new-body.tsx').then((m) => m.NewAllianceRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="cooperationPartnerFinder" />,
                children: [
                  {
                    path: paths.cooperation.partnerFinder.path,
                    lazy: page(() => import('../features/cooperation/routes/partner-finder.tsx').then((m) => m.PartnerFinderRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="cooperationImport" />,
                children: [
                  { path: paths.cooperation.import.path, lazy: page(() => import('../features/cooperation/routes/import.tsx').then((m) => m.ImportRoute)) },
                ],
              },
              {
                element: <RequireCapability area="cooperationDashboard" />,
                children: [
                  {
                    path: paths.cooperation.dashboard.path,
                    lazy: page(() => import('../features/cooperation/routes/dashboard.tsx').then((m) => m.DashboardRoute)),
                  },
                ],
              },
              {
                element: <RequireCapability area="audit" />,
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
