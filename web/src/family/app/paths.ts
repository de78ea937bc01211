/**
 * Every address of the family app, in one place: routes use `path`, links use `href()`. The server sends
 * family.html for /family/* and /verify/*, so each is also a bookmarkable URL (and an SMS can link to it).
 */
const id = (value: string) => encodeURIComponent(value);

export const WIZARD_STEPS = ['route', 'residence', 'work', 'points', 'schools', 'documents', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const familyPaths = {
  home: { path: '/family', href: () => '/family/' },
  login: { path: '/family/login', href: (next?: string) => `/family/login${next && next !== '/family/' ? `?next=${encodeURIComponent(next)}` : ''}` },
  me: { path: '/family/me', href: () => '/family/me' },
  notifications: { path: '/family/notifications', href: () => '/family/notifications' },

  newChild: { path: '/family/children/new', href: () => '/family/children/new' },
  child: { path: '/family/children/:childId', href: (childId: string) => `/family/children/${id(childId)}` },
  consent: {
    path: '/family/children/:childId/consent',
    href: (childId: string, next?: string) => `/family/children/${id(childId)}/consent${next ? `?next=${encodeURIComponent(next)}` : ''}`,
  },

  policies: { path: '/family/policies', href: () => '/family/policies' },
  policy: { path: '/family/policies/:policyId', href: (policyId: string) => `/family/policies/${id(policyId)}` },

  application: { path: '/family/applications/:applicationId', href: (applicationId: string) => `/family/applications/${id(applicationId)}` },
  wizard: {
    path: '/family/applications/:applicationId/edit/:step',
    /** Without a step ('continue'): the wizard resumes where the family was (wizard-steps.ts, resumeStep). */
    href: (applicationId: string, step: WizardStep | 'continue' = 'continue') => `/family/applications/${id(applicationId)}/edit/${step}`,
  },

  // Public: no sign-in.
  publicList: { path: '/family/public/policies/:policyId', href: (policyId: string) => `/family/public/policies/${id(policyId)}` },
  verifyForm: { path: '/verify', href: () => '/verify' },
  verifyNotice: { path: '/verify/:code', href: (code: string) => `/verify/${id(code)}` },
  /** An event certificate's public check (its QR code points here). */
  verifyCertificate: { path: '/verify/certificates/:code', href: (code: string) => `/verify/certificates/${id(code)}` },
} as const;

/** Only the family app's own pages may be a post-sign-in destination (never '//evil.example', nor a staff page). */
export function safeFamilyNext(next: string | null): string {
  return next && /^\/family\/(?!\/)/.test(next) && !next.startsWith('/family/login') ? next : familyPaths.home.href();
}
