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
