/**
 * Every address of the web app, in one place: routes use `path`, links use `getHref()`.
 * (The server serves index.html for any of them, so each is also a bookmarkable URL.)
 */
const nextQuery = (next?: string) => (next && next !== '/' ? `?next=${encodeURIComponent(next)}` : '');

export const paths = {
  home: { path: '/', getHref: () => '/' },

  auth: {
    login: { path: '/login', getHref: (next?: string) => `/login${nextQuery(next)}` },
    familyLogin: { path: '/family/login', getHref: (next?: string) => `/family/login${nextQuery(next)}` },
  },

  directory: {
    root: { path: '/directory', getHref: () => '/directory' },
    newOrganization: { path: '/directory/organizations/new', getHref: (regionId?: string) => `/directory/organizations/new${regionId ? `?regionId=${encodeURIComponent(regionId)}` : ''}` },
    organization: { path: '/directory/organizations/:id', getHref: (id: string) => `/directory/organizations/${encodeURIComponent(id)}` },
    editOrganization: { path: '/directory/organizations/:id/edit', getHref: (id: string) => `/directory/organizations/${encodeURIComponent(id)}/edit` },
    schoolFiles: { path: '/directory/school-files', getHref: () => '/directory/school-files' },
  },

  users: {
    root: { path: '/users', getHref: () => '/users' },
    newUser: { path: '/users/new', getHref: () => '/users/new' },
    user: { path: '/users/:id', getHref: (id: string) => `/users/${encodeURIComponent(id)}` },
  },

  enrollmentPolicies: {
    root: { path: '/enrollment/policies', getHref: () => '/enrollment/policies' },
    newPolicy: { path: '/enrollment/policies/new', getHref: () => '/enrollment/policies/new' },
    policy: { path: '/enrollment/policies/:id', getHref: (id: string) => `/enrollment/policies/${encodeURIComponent(id)}` },
    editPolicy: { path: '/enrollment/policies/:id/edit', getHref: (id: string) => `/enrollment/policies/${encodeURIComponent(id)}/edit` },
  },
  enrollmentReview: {
    inbox: { path: '/enrollment/review', getHref: () => '/enrollment/review' },
    application: { path: '/enrollment/review/applications/:id', getHref: (id: string) => `/enrollment/review/applications/${encodeURIComponent(id)}` },
    appeals: { path: '/enrollment/review/appeals', getHref: () => '/enrollment/review/appeals' },
    /** The decision on an application's appeal (复核), keyed by the application. */
    appeal: { path: '/enrollment/review/applications/:id/appeal', getHref: (applicationId: string) => `/enrollment/review/applications/${encodeURIComponent(applicationId)}/appeal` },
    assistedFiling: { path: '/enrollment/review/assisted-filing', getHref: () => '/enrollment/review/assisted-filing' },
  },
  enrollmentAllocation: {
    root: { path: '/enrollment/allocation', getHref: () => '/enrollment/allocation' },
    policy: { path: '/enrollment/allocation/:policyId', getHref: (policyId: string) => `/enrollment/allocation/${encodeURIComponent(policyId)}` },
  },
  enrollmentRoster: { path: '/enrollment/roster', getHref: () => '/enrollment/roster' },
  enrollmentStatistics: { path: '/enrollment/statistics', getHref: () => '/enrollment/statistics' },

  audit: { path: '/audit', getHref: () => '/audit' },

  profile: {
    root: { path: '/profile', getHref: () => '/profile' },
    authenticator: { path: '/profile/authenticator', getHref: () => '/profile/authenticator' },
  },
} as const;

/** Only same-site paths may be a post-sign-in destination (never '//evil.example'). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.home.getHref();
}
