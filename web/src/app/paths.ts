/**
 * Every address of the web app, in one place: routes use `path`, links use `getHref()`.
 * (The server serves index.html for any of them, so each is also a bookmarkable URL.)
 */
const nextQuery = (next?: string) => (next && next !== '/' ? `?next=${encodeURIComponent(next)}` : '');

export const paths = {
  home: { path: '/', getHref: () => '/' },

  auth: {
    login: { path: '/login', getHref: (next?: string) => `/login${nextQuery(next)}` },
    /** In the family app (family.html): reached by a full page load. */
    familyLogin: { path: '/family/login', getHref: () => '/family/login' },
  },

  /** The families' app, a separate entry (web/src/family/); its own paths are in web/src/family/app/paths.ts. */
  family: { path: '/family', getHref: () => '/family/' },

  directory: {
    root: { path: '/directory', getHref: () => '/directory' },
    newOrganization: {
      path: '/directory/organizations/new',
      getHref: (regionId?: string) => `/directory/organizations/new${regionId ? `?regionId=${encodeURIComponent(regionId)}` : ''}`,
    },
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
    appeal: {
      path: '/enrollment/review/applications/:id/appeal',
      getHref: (applicationId: string) => `/enrollment/review/applications/${encodeURIComponent(applicationId)}/appeal`,
    },
    assistedFiling: { path: '/enrollment/review/assisted-filing', getHref: () => '/enrollment/review/assisted-filing' },
  },
  enrollmentAllocation: {
    root: { path: '/enrollment/allocation', getHref: () => '/enrollment/allocation' },
    policy: { path: '/enrollment/allocation/:policyId', getHref: (policyId: string) => `/enrollment/allocation/${encodeURIComponent(policyId)}` },
  },
  enrollmentRoster: { path: '/enrollment/roster', getHref: () => '/enrollment/roster' },
  enrollmentStatistics: { path: '/enrollment/statistics', getHref: () => '/enrollment/statistics' },

  // Events (活动): the list, one event, the caller's registrations with their QR codes, the organizer's pages.
  events: {
    root: { path: '/events', getHref: () => '/events' },
    mine: { path: '/events/mine', getHref: () => '/events/mine' },
    newEvent: { path: '/events/new', getHref: () => '/events/new' },
    event: { path: '/events/:id', getHref: (id: string) => `/events/${encodeURIComponent(id)}` },
    registrations: { path: '/events/:id/registrations', getHref: (id: string) => `/events/${encodeURIComponent(id)}/registrations` },
  },

  // Cooperation network (合作交流): pairings, exchanges, agreements, communities and alliances, dashboard.
  cooperation: {
    pairings: { path: '/cooperation/pairings', getHref: () => '/cooperation/pairings' },
    /** The proposal form, optionally with the partners chosen in the partner finder. */
    newPairing: {
      path: '/cooperation/pairings/new',
      getHref: (proposerId?: string, partnerIds: readonly string[] = []) => {
        const query = new URLSearchParams([...(proposerId ? [['proposer', proposerId]] : []), ...partnerIds.map((id) => ['partner', id])]).toString();
        return `/cooperation/pairings/new${query ? `?${query}` : ''}`;
      },
    },
    pairing: { path: '/cooperation/pairings/:id', getHref: (id: string) => `/cooperation/pairings/${encodeURIComponent(id)}` },
    partnerFinder: { path: '/cooperation/partner-finder', getHref: () => '/cooperation/partner-finder' },
    exchanges: { path: '/cooperation/exchanges', getHref: () => '/cooperation/exchanges' },
    /** The log form, optionally for a pairing, community or alliance. */
    newExchange: {
      path: '/cooperation/exchanges/new',
      getHref: (link?: { type: 'pairing' | 'community' | 'alliance'; id: string }) =>
        `/cooperation/exchanges/new${link ? `?${link.type}=${encodeURIComponent(link.id)}` : ''}`,
    },
    exchange: { path: '/cooperation/exchanges/:id', getHref: (id: string) => `/cooperation/exchanges/${encodeURIComponent(id)}` },
    editExchange: { path: '/cooperation/exchanges/:id/edit', getHref: (id: string) => `/cooperation/exchanges/${encodeURIComponent(id)}/edit` },
    agreements: { path: '/cooperation/agreements', getHref: () => '/cooperation/agreements' },
    newAgreement: { path: '/cooperation/agreements/new', getHref: () => '/cooperation/agreements/new' },
    agreement: { path: '/cooperation/agreements/:id', getHref: (id: string) => `/cooperation/agreements/${encodeURIComponent(id)}` },
    editAgreement: { path: '/cooperation/agreements/:id/edit', getHref: (id: string) => `/cooperation/agreements/${encodeURIComponent(id)}/edit` },
    /** Communities (共同体) and alliances (联盟): one menu item, a tab for each. */
    communities: { path: '/cooperation/communities', getHref: () => '/cooperation/communities' },
    newCommunity: { path: '/cooperation/communities/new', getHref: () => '/cooperation/communities/new' },
    community: { path: '/cooperation/communities/:id', getHref: (id: string) => `/cooperation/communities/${encodeURIComponent(id)}` },
    alliances: { path: '/cooperation/alliances', getHref: () => '/cooperation/alliances' },
    newAlliance: { path: '/cooperation/alliances/new', getHref: () => '/cooperation/alliances/new' },
    alliance: { path: '/cooperation/alliances/:id', getHref: (id: string) => `/cooperation/alliances/${encodeURIComponent(id)}` },
    dashboard: { path: '/cooperation/dashboard', getHref: () => '/cooperation/dashboard' },
    import: { path: '/cooperation/import', getHref: () => '/cooperation/import' },
  },

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
