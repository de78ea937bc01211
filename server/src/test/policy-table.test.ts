import { describe, expect, it } from 'vitest';
import '../module-list.ts';
import type { ApplicationStatus } from '../../../common/enrollment-application.ts';
import type { AgreementStatus, PairingStatus } from '../../../common/cooperation.ts';
import type { Role } from '../../../common/roles.ts';
import type { OrgRef } from '../modules/cooperation/cooperation.policy.ts';
import type { Actor } from '../platform/access/actor.ts';
import { can, policyResourceTypes, type Action, type Resource } from '../platform/access/policy.ts';

// The policy as a table: every resource kind × action × actor, with the denials written out
// ("explicit false values are as important as true values"). No database: `can` is pure.

const CQ = '/500000/';
const JIANGBEI = '/500000/500105/';
const YUZHONG = '/500000/500103/';
const QINGYANG = '/510000/510100/510105/';

// A Record, so that tsc fails when a module adds a verb the table does not ask about.
const ACTION_NAMES: Record<Action, true> = {
  read: true,
  create: true,
  update: true,
  delete: true,
  list: true,
  import: true,
  export: true,
  disable: true,
  grant: true,
  revoke: true,
  reveal_id_number: true,
  submit: true,
  respond: true,
  review: true,
  allocate: true,
  place: true,
  record_arrival: true,
  read_details: true,
  confirm: true,
  accept: true,
  decline: true,
  withdraw: true,
  approve: true,
  reject: true,
  end: true,
  join: true,
  leave: true,
  register: true,
  check_in: true,
  cancel: true,
};
const ACTIONS = Object.keys(ACTION_NAMES) as Action[];

const actor = (userId: string, role: Role, organizationId: string | null, scopePath: string | null): Actor => ({
  userId,
  displayName: userId,
  locale: 'zh-CN',
  sessionId: `session-${userId}`,
  grants: [{ id: `grant-${userId}`, role, organizationId, scopePath }],
});

// Column order of every row below.
const ACTORS: [string, Actor | null][] = [
  ['platformAdmin', actor('u-platform', 'platform_admin', null, null)],
  ['cqAdmin', actor('u-cq', 'bureau_admin', 'org-cq-bureau', CQ)],
  ['jiangbeiAdmin', actor('u-jb', 'bureau_admin', 'org-jb-bureau', JIANGBEI)],
  ['qingyangAdmin', actor('u-qy', 'bureau_admin', 'org-qy-bureau', QINGYANG)],
  ['jiangbeiReviewer', actor('u-rev', 'bureau_reviewer', 'org-jb-bureau', JIANGBEI)],
  ['schoolAdminA', actor('u-sa', 'school_admin', 'org-school-a', JIANGBEI)],
  ['teacherA', actor('u-teacher', 'teacher', 'org-school-a', JIANGBEI)],
  ['guardian', actor('u-guardian', 'guardian', null, null)],
  ['anonymous', null],
];

const org = (id: string, kind: 'school' | 'bureau', regionPath: string): Resource => ({ type: 'organization', id, kind, regionPath });
const collection = (regionPath: string): Resource => ({ type: 'organization_collection', regionPath });
const user = (id: string, ...grants: [Role, string | null, string | null][]): Resource => ({
  type: 'user',
  id,
  grants: grants.map(([role, organizationId, scopePath]) => ({ role, organizationId, scopePath })),
});
const policyOf = (regionPath: string, status: 'draft' | 'published' | 'closed'): Resource => ({ type: 'enrollment_policy', regionPath, status });
const roleGrant = (role: Role, organizationId: string | null, scopePath: string | null): Resource => ({ type: 'role_grant', role, organizationId, scopePath });
const application = (
  regionPath: string,
  guardianUserId: string,
  status: ApplicationStatus,
  placedSchoolId: string | null = null,
  wasSubmitted = status !== 'draft',
): Resource => ({
  type: 'enrollment_application',
  regionPath,
  guardianUserId,
  placedSchoolId,
  status,
  wasSubmitted,
});

const SCHOOL_A: OrgRef = { organizationId: 'org-school-a', kind: 'school', regionPath: JIANGBEI };
const SCHOOL_B: OrgRef = { organizationId: 'org-school-b', kind: 'school', regionPath: JIANGBEI };
const YZ_SCHOOL: OrgRef = { organizationId: 'org-yz-school', kind: 'school', regionPath: YUZHONG };
const QY_SCHOOL: OrgRef = { organizationId: 'org-qy-school', kind: 'school', regionPath: QINGYANG };
const JB_BUREAU: OrgRef = { organizationId: 'org-jb-bureau', kind: 'bureau', regionPath: JIANGBEI };
const agreement = (status: AgreementStatus, ...parties: OrgRef[]): Resource => ({ type: 'cooperation_agreement', status, parties });
const pairing = (status: PairingStatus, proposer: OrgRef, ...partners: OrgRef[]): Resource => ({
  type: 'cooperation_pairing',
  status,
  proposerSchoolId: proposer.organizationId,
  schools: [proposer, ...partners],
});
const exchange = (createdBy: string | null, ...organizations: OrgRef[]): Resource => ({ type: 'cooperation_exchange', createdBy, organizations });
const dashboard = (scopePath: string | null, ...coordinationBodyIds: string[]): Resource => ({ type: 'cooperation_dashboard', scopePath, coordinationBodyIds });

const T = true;
const F = false;
type Row = [boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean];
type Expectations = Record<Action, Row>;

const ALL: Row = [T, T, T, T, T, T, T, T, F];
const PLATFORM_ONLY: Row = [T, F, F, F, F, F, F, F, F];
/** Platform admins may do anything; for everyone else the action is denied. */
const onlyPlatform = (): Expectations => Object.fromEntries(ACTIONS.map((a) => [a, PLATFORM_ONLY])) as Expectations;
const NOBODY: Row = [F, F, F, F, F, F, F, F, F];
/** Denied to everyone, platform admins included (children's data). */
const nobody = (): Expectations => Object.fromEntries(ACTIONS.map((a) => [a, NOBODY])) as Expectations;
const STAFF: Row = [T, T, T, T, T, T, T, F, F];

// Rows whose actions go in pairs share one cell list; every action not named is denied to everyone.
/** `family`: update, submit, respond; `reviewer`: review, reveal_id_number. */
const onApplication = (read: Row, family: Row, reviewer: Row, place: Row, recordArrival: Row = NOBODY): Expectations => ({
  ...nobody(),
  read,
  update: family,
  submit: family,
  respond: family,
  review: reviewer,
  reveal_id_number: reviewer,
  place,
  record_arrival: recordArrival,
});
/** `manage`: create, update, delete; `party`: confirm, end. */
const onAgreement = (read: Row, manage: Row, party: Row): Expectations => ({
  ...nobody(),
  read,
  create: manage,
  update: manage,
  delete: manage,
  confirm: party,
  end: party,
});
/** `proposer`: create, update, withdraw; `partner`: accept, decline; `bureau`: approve, reject. */
/** `details`: the pairing's particulars (description, reasons, history) — the involved schools' staff and the bureaus above them. */
const onPairing = (read: Row, proposer: Row, partner: Row, bureau: Row, end: Row, details: Row): Expectations => ({
  ...nobody(),
  read,
  read_details: details,
  create: proposer,
  update: proposer,
  withdraw: proposer,
  accept: partner,
  decline: partner,
  approve: bureau,
  reject: bureau,
  end,
});
const INVOLVED_A_QY: Row = [T, T, T, T, T, T, T, F, F];
const INVOLVED_B_QY: Row = [T, T, T, T, T, F, F, F, F];
const INVOLVED_YZ_QY: Row = [T, T, F, T, F, F, F, F, F];

const TABLE: { name: string; resource: Resource; expect: Expectations }[] = [
  {
    name: 'directory (regions, organization lists)',
    resource: { type: 'directory' },
    expect: { ...onlyPlatform(), read: ALL },
  },
  {
    name: 'organization: Jiangbei school A',
    resource: org('org-school-a', 'school', JIANGBEI),
    //                     pa cq jb qy rv sa te gu an
    expect: { ...onlyPlatform(), read: ALL, update: [T, T, T, F, F, T, F, F, F] },
  },
  {
    name: 'organization: Jiangbei school B (another school)',
    resource: org('org-school-b', 'school', JIANGBEI),
    //                     pa cq jb qy rv sa te gu an
    expect: { ...onlyPlatform(), read: ALL, update: [T, T, T, F, F, F, F, F, F] },
  },
  {
    name: 'organization: the Jiangbei bureau',
    resource: org('org-jb-bureau', 'bureau', JIANGBEI),
    //                     pa cq jb qy rv sa te gu an
    expect: { ...onlyPlatform(), read: ALL, update: [T, T, T, F, F, F, F, F, F] },
  },
  {
    name: 'organization: a Yuzhong school (Chongqing, not Jiangbei)',
    resource: org('org-yz-school', 'school', YUZHONG),
    //                     pa cq jb qy rv sa te gu an
    expect: { ...onlyPlatform(), read: ALL, update: [T, T, F, F, F, F, F, F, F] },
  },
  {
    name: 'organization: a Qingyang school (Sichuan)',
    resource: org('org-qy-school', 'school', QINGYANG),
    //                     pa cq jb qy rv sa te gu an
    expect: { ...onlyPlatform(), read: ALL, update: [T, F, F, T, F, F, F, F, F] },
  },
  {
    name: 'organizations in Jiangbei (create, import, export)',
    resource: collection(JIANGBEI),
    expect: {
      ...onlyPlatform(),
      //       pa cq jb qy rv sa te gu an
      create: [T, T, T, F, F, F, F, F, F],
      import: [T, T, T, F, F, F, F, F, F],
      export: [T, T, T, F, T, F, F, F, F],
    },
  },
  {
    name: 'organizations at the Chongqing municipal level',
    resource: collection(CQ),
    expect: {
      ...onlyPlatform(),
      //       pa cq jb qy rv sa te gu an
      create: [T, T, F, F, F, F, F, F, F],
      import: [T, T, F, F, F, F, F, F, F],
      export: [T, T, F, F, F, F, F, F, F],
    },
  },
  {
    name: 'organizations in Qingyang',
    resource: collection(QINGYANG),
    expect: {
      ...onlyPlatform(),
      //       pa cq jb qy rv sa te gu an
      create: [T, F, F, T, F, F, F, F, F],
      import: [T, F, F, T, F, F, F, F, F],
      export: [T, F, F, T, F, F, F, F, F],
    },
  },
  {
    name: 'the user list',
    resource: { type: 'user_collection' },
    //                              pa cq jb qy rv sa te gu an
    expect: { ...onlyPlatform(), list: [T, T, T, T, F, T, F, F, F] },
  },
  ...(
    [
      //                                                                                     pa cq jb qy rv sa te gu an
      ['user: another teacher of school A', user('u-other', ['teacher', 'org-school-a', JIANGBEI]), [T, T, T, F, F, T, F, F, F]],
      ['user: a teacher of school B', user('u-b', ['teacher', 'org-school-b', JIANGBEI]), [T, T, T, F, F, F, F, F, F]],
      ['user: another Jiangbei reviewer', user('u-rev2', ['bureau_reviewer', 'org-jb-bureau', JIANGBEI]), [T, T, T, F, F, F, F, F, F]],
      ['user: a peer Jiangbei bureau admin', user('u-jb2', ['bureau_admin', 'org-jb-bureau', JIANGBEI]), [T, T, F, F, F, F, F, F, F]],
      ['user: a peer Chongqing municipal admin', user('u-cq2', ['bureau_admin', 'org-cq-bureau', CQ]), [T, F, F, F, F, F, F, F, F]],
      ['user: a Qingyang teacher', user('u-qyt', ['teacher', 'org-qy-school', QINGYANG]), [T, F, F, T, F, F, F, F, F]],
      ['user: a guardian', user('u-g2', ['guardian', null, null]), [T, F, F, F, F, F, F, F, F]],
      ['user: a platform admin', user('u-pa2', ['platform_admin', null, null]), [T, F, F, F, F, F, F, F, F]],
      ['user: someone without grants', user('u-none'), [T, F, F, F, F, F, F, F, F]],
    ] as [string, Resource, Row][]
  ).map(([name, resource, manage]) => ({ name, resource, expect: { ...onlyPlatform(), read: manage, update: manage, disable: manage } })),
  {
    // Any grant within reach lets a manager see the person; changing them needs every grant within reach.
    name: 'user: teacher at A and in Qingyang',
    resource: user('u-mixed', ['teacher', 'org-school-a', JIANGBEI], ['teacher', 'org-qy-school', QINGYANG]),
    expect: {
      ...onlyPlatform(),
      //        pa cq jb qy rv sa te gu an
      read: [T, T, T, T, F, T, F, F, F],
      update: [T, F, F, F, F, F, F, F, F],
      disable: [T, F, F, F, F, F, F, F, F],
    },
  },
  {
    name: 'user: the teacher of school A themselves (self may read, not change)',
    resource: user('u-teacher', ['teacher', 'org-school-a', JIANGBEI]),
    expect: {
      ...onlyPlatform(),
      //        pa cq jb qy rv sa te gu an
      read: [T, T, T, F, F, T, T, F, F],
      update: [T, T, T, F, F, T, F, F, F],
      disable: [T, T, T, F, F, T, F, F, F],
    },
  },
  ...(
    [
      //                                                                                   pa cq jb qy rv sa te gu an
      ['grant: teacher at school A', roleGrant('teacher', 'org-school-a', JIANGBEI), [T, T, T, F, F, T, F, F, F]],
      ['grant: teacher at school B', roleGrant('teacher', 'org-school-b', JIANGBEI), [T, T, T, F, F, F, F, F, F]],
      ['grant: school admin at school A', roleGrant('school_admin', 'org-school-a', JIANGBEI), [T, T, T, F, F, F, F, F, F]],
      ['grant: reviewer at the Jiangbei bureau', roleGrant('bureau_reviewer', 'org-jb-bureau', JIANGBEI), [T, T, T, F, F, F, F, F, F]],
      ['grant: reviewer at the Qingyang bureau', roleGrant('bureau_reviewer', 'org-qy-bureau', QINGYANG), [T, F, F, T, F, F, F, F, F]],
      // The municipal bureau appoints district bureau admins; a bureau never appoints its peers or itself.
      ['grant: bureau admin at Jiangbei', roleGrant('bureau_admin', 'org-jb-bureau', JIANGBEI), [T, T, F, F, F, F, F, F, F]],
      ['grant: platform admin', roleGrant('platform_admin', null, null), [T, F, F, F, F, F, F, F, F]],
      ['grant: guardian', roleGrant('guardian', null, null), [T, F, F, F, F, F, F, F, F]],
    ] as [string, Resource, Row][]
  ).map(([name, resource, give]) => ({ name, resource, expect: { ...onlyPlatform(), grant: give, revoke: give } })),
  {
    name: 'the audit log',
    resource: { type: 'audit_log' },
    expect: onlyPlatform(),
  },
  {
    // Only a child's own guardians manage it and see its full ID number; a platform admin reads it masked.
    name: "child: the guardian's own child",
    resource: { type: 'child', guardianUserIds: ['u-other-parent', 'u-guardian'] },
    expect: {
      ...nobody(),
      //                 pa cq jb qy rv sa te gu an
      read: [T, F, F, F, F, F, F, T, F],
      update: [F, F, F, F, F, F, F, T, F],
      delete: [F, F, F, F, F, F, F, T, F],
      reveal_id_number: [F, F, F, F, F, F, F, T, F],
    },
  },
  {
    name: "child: another family's child",
    resource: { type: 'child', guardianUserIds: ['u-other-parent'] },
    //                        pa cq jb qy rv sa te gu an
    expect: { ...nobody(), read: [T, F, F, F, F, F, F, F, F] },
  },
  {
    name: "child profiles (add one, list one's own): guardians only",
    resource: { type: 'child_collection' },
    //                          pa cq jb qy rv sa te gu an
    expect: { ...nobody(), create: [F, F, F, F, F, F, F, T, F], list: [F, F, F, F, F, F, F, T, F] },
  },
  ...(
    [
      // Drafts: the host district's bureaus (reviewers read); published and closed: everyone signed in reads.
      //                                                                                      pa cq jb qy rv sa te gu an
      ['enrollment policy: a Jiangbei draft', policyOf(JIANGBEI, 'draft'), [T, T, T, F, T, F, F, F, F], [T, T, T, F, F, F, F, F, F]],
      ['enrollment policy: a published Jiangbei policy', policyOf(JIANGBEI, 'published'), ALL, [T, T, T, F, F, F, F, F, F]],
      ['enrollment policy: a closed Jiangbei policy', policyOf(JIANGBEI, 'closed'), ALL, [T, T, T, F, F, F, F, F, F]],
      ['enrollment policy: a Qingyang draft', policyOf(QINGYANG, 'draft'), [T, F, F, T, F, F, F, F, F], [T, F, F, T, F, F, F, F, F]],
      ['enrollment policy: a published Qingyang policy', policyOf(QINGYANG, 'published'), ALL, [T, F, F, T, F, F, F, F, F]],
    ] as [string, Resource, Row, Row][]
  ).map(([name, resource, read, manage]) => ({ name, resource, expect: { ...onlyPlatform(), read, create: manage, update: manage } })),
  ...(
    [
      // A draft is its family's alone: nobody else — reviewer, bureau, platform admin — reads or acts on it.
      // The placed school sees an application only from acceptance on, and then records the arrival.
      //                                                                                                        pa cq jb qy rv sa te gu an
      [
        "application: the guardian's own, submitted in Jiangbei",
        application(JIANGBEI, 'u-guardian', 'submitted'),
        onApplication([T, T, T, F, T, F, F, T, F], [F, F, F, F, F, F, F, T, F], [F, F, F, F, T, F, F, F, F], [F, T, T, F, F, F, F, F, F]),
      ],
      [
        "application: another family's, submitted in Jiangbei",
        application(JIANGBEI, 'u-other-parent', 'submitted'),
        onApplication([T, T, T, F, T, F, F, F, F], NOBODY, [F, F, F, F, T, F, F, F, F], [F, T, T, F, F, F, F, F, F]),
      ],
      [
        "application: the guardian's own draft",
        application(JIANGBEI, 'u-guardian', 'draft'),
        onApplication([F, F, F, F, F, F, F, T, F], [F, F, F, F, F, F, F, T, F], NOBODY, NOBODY),
      ],
      ["application: another family's draft", application(JIANGBEI, 'u-other-parent', 'draft'), nobody()],
      // Withdrawn before it was ever submitted: still a draft in all but name, the family's alone.
      ["application: another family's draft withdrawn unsubmitted", application(JIANGBEI, 'u-other-parent', 'withdrawn', null, false), nobody()],
      [
        "application: another family's, withdrawn after submission",
        application(JIANGBEI, 'u-other-parent', 'withdrawn'),
        onApplication([T, T, T, F, T, F, F, F, F], NOBODY, [F, F, F, F, T, F, F, F, F], [F, T, T, F, F, F, F, F, F]),
      ],
      [
        "application: the guardian's own, offer open at school A (not accepted)",
        application(JIANGBEI, 'u-guardian', 'placed', 'org-school-a'),
        onApplication([T, T, T, F, T, F, F, T, F], [F, F, F, F, F, F, F, T, F], [F, F, F, F, T, F, F, F, F], [F, T, T, F, F, F, F, F, F]),
      ],
      [
        "application: the guardian's own, accepted at school A",
        application(JIANGBEI, 'u-guardian', 'accepted', 'org-school-a'),
        onApplication(
          [T, T, T, F, T, T, F, T, F],
          [F, F, F, F, F, F, F, T, F],
          [F, F, F, F, T, F, F, F, F],
          [F, T, T, F, F, F, F, F, F],
          [F, F, F, F, F, T, F, F, F],
        ),
      ],
      [
        "application: the guardian's own, accepted at school B",
        application(JIANGBEI, 'u-guardian', 'accepted', 'org-school-b'),
        onApplication([T, T, T, F, T, F, F, T, F], [F, F, F, F, F, F, F, T, F], [F, F, F, F, T, F, F, F, F], [F, T, T, F, F, F, F, F, F]),
      ],
      [
        "application: the guardian's own, submitted in Qingyang",
        application(QINGYANG, 'u-guardian', 'submitted'),
        onApplication([T, F, F, T, F, F, F, T, F], [F, F, F, F, F, F, F, T, F], NOBODY, [F, F, F, T, F, F, F, F, F]),
      ],
    ] as [string, Resource, Expectations][]
  ).map(([name, resource, expect]) => ({ name, resource, expect })),
  {
    name: 'applications of Jiangbei (inbox, assisted filing, statistics, allocation)',
    resource: { type: 'enrollment_application_collection', regionPath: JIANGBEI },
    expect: {
      ...nobody(),
      //         pa cq jb qy rv sa te gu an
      list: [T, T, T, F, T, F, F, F, F],
      export: [T, T, T, F, T, F, F, F, F],
      create: [F, F, F, F, T, F, F, F, F],
      allocate: [F, T, T, F, F, F, F, F, F],
      place: [F, T, T, F, F, F, F, F, F],
    },
  },
  {
    name: 'applications of Qingyang',
    resource: { type: 'enrollment_application_collection', regionPath: QINGYANG },
    expect: {
      ...nobody(),
      //         pa cq jb qy rv sa te gu an
      list: [T, F, F, T, F, F, F, F, F],
      export: [T, F, F, T, F, F, F, F, F],
      allocate: [F, F, F, T, F, F, F, F, F],
      place: [F, F, F, T, F, F, F, F, F],
    },
  },
  {
    name: 'the admitted pupils of school A',
    resource: { type: 'enrollment_school_roster', schoolId: 'org-school-a' },
    //                                      pa cq jb qy rv sa te gu an
    expect: { ...nobody(), list: [T, F, F, F, F, T, F, F, F], record_arrival: [F, F, F, F, F, T, F, F, F] },
  },
  {
    name: 'the admitted pupils of school B (another school)',
    resource: { type: 'enrollment_school_roster', schoolId: 'org-school-b' },
    //                            pa cq jb qy rv sa te gu an
    expect: { ...nobody(), list: [T, F, F, F, F, F, F, F, F] },
  },
  {
    name: 'the cooperation network (lists, public records): staff only',
    resource: { type: 'cooperation_network' },
    expect: { ...nobody(), read: STAFF, list: STAFF },
  },
  ...(
    [
      // Drafts: the parties' staff and the bureaus above them; in force: all staff. Only a party's admin confirms or ends.
      //                                                                                      pa cq jb qy rv sa te gu an
      [
        'agreement: a draft of school A and a Qingyang school',
        agreement('draft', SCHOOL_A, QY_SCHOOL),
        onAgreement(STAFF, [T, F, F, F, F, T, F, F, F], [F, F, F, F, F, T, F, F, F]),
      ],
      [
        'agreement: in force, school A and a Qingyang school',
        agreement('in_force', SCHOOL_A, QY_SCHOOL),
        onAgreement(STAFF, [T, F, F, F, F, T, F, F, F], [F, F, F, F, F, T, F, F, F]),
      ],
      [
        'agreement: a draft of school B and a Qingyang school',
        agreement('draft', SCHOOL_B, QY_SCHOOL),
        onAgreement([T, T, T, T, T, F, F, F, F], PLATFORM_ONLY, NOBODY),
      ],
      ['agreement: in force, school B and a Qingyang school', agreement('in_force', SCHOOL_B, QY_SCHOOL), onAgreement(STAFF, PLATFORM_ONLY, NOBODY)],
      [
        'agreement: a draft of the Jiangbei bureau and a Qingyang school',
        agreement('draft', JB_BUREAU, QY_SCHOOL),
        onAgreement([T, T, T, T, T, F, F, F, F], [T, F, T, F, F, F, F, F, F], [F, F, T, F, F, F, F, F, F]),
      ],
    ] as [string, Resource, Expectations][]
  ).map(([name, resource, expect]) => ({ name, resource, expect })),
  ...(
    [
      // The policy reads no status but for 'read': proposals are the involved schools' and bureaus' until active.
      // Approving is each side's district bureau's (and its municipality's); the platform admin ends, never approves.
      //                                                                                                  pa cq jb qy rv sa te gu an
      ...(['proposed', 'accepted', 'active'] as const).flatMap((status) => [
        [
          `pairing: ${status}, proposed by school A to a Qingyang school`,
          pairing(status, SCHOOL_A, QY_SCHOOL),
          onPairing(
            status === 'active' ? STAFF : INVOLVED_A_QY,
            [F, F, F, F, F, T, F, F, F],
            NOBODY,
            [F, T, T, T, F, F, F, F, F],
            [T, T, T, T, F, T, F, F, F],
            INVOLVED_A_QY,
          ),
        ],
        [
          `pairing: ${status}, proposed by a Qingyang school to school A`,
          pairing(status, QY_SCHOOL, SCHOOL_A),
          onPairing(
            status === 'active' ? STAFF : INVOLVED_A_QY,
            NOBODY,
            [F, F, F, F, F, T, F, F, F],
            [F, T, T, T, F, F, F, F, F],
            [T, T, T, T, F, T, F, F, F],
            INVOLVED_A_QY,
          ),
        ],
      ]),
      [
        'pairing: proposed, school B to a Qingyang school',
        pairing('proposed', SCHOOL_B, QY_SCHOOL),
        onPairing(INVOLVED_B_QY, NOBODY, NOBODY, [F, T, T, T, F, F, F, F, F], [T, T, T, T, F, F, F, F, F], INVOLVED_B_QY),
      ],
      [
        'pairing: proposed, a Yuzhong school to a Qingyang school',
        pairing('proposed', YZ_SCHOOL, QY_SCHOOL),
        onPairing(INVOLVED_YZ_QY, NOBODY, NOBODY, [F, T, F, T, F, F, F, F, F], [T, T, F, T, F, F, F, F, F], INVOLVED_YZ_QY),
      ],
      [
        'pairing: accepted, a Yuzhong school and a Qingyang school',
        pairing('accepted', YZ_SCHOOL, QY_SCHOOL),
        onPairing(INVOLVED_YZ_QY, NOBODY, NOBODY, [F, T, F, T, F, F, F, F, F], [T, T, F, T, F, F, F, F, F], INVOLVED_YZ_QY),
      ],
      [
        'pairing: active, a Yuzhong school and a Qingyang school',
        pairing('active', YZ_SCHOOL, QY_SCHOOL),
        onPairing(STAFF, NOBODY, NOBODY, [F, T, F, T, F, F, F, F, F], [T, T, F, T, F, F, F, F, F], INVOLVED_YZ_QY),
      ],
    ] as [string, Resource, Expectations][]
  ).map(([name, resource, expect]) => ({ name, resource, expect })),
  {
    name: 'body: a community led by school A',
    resource: { type: 'cooperation_body', bodyType: 'community', managers: [SCHOOL_A] },
    //                                  pa cq jb qy rv sa te gu an
    expect: { ...nobody(), read: STAFF, create: [T, T, T, F, F, T, F, F, F], update: [T, T, T, F, F, T, F, F, F] },
  },
  {
    name: 'body: an alliance chaired by a Qingyang school',
    resource: { type: 'cooperation_body', bodyType: 'alliance', managers: [QY_SCHOOL] },
    //                                  pa cq jb qy rv sa te gu an
    expect: { ...nobody(), read: STAFF, create: [T, F, F, T, F, F, F, F, F], update: [T, F, F, T, F, F, F, F, F] },
  },
  {
    name: 'membership: acting for school A (join, leave)',
    resource: { type: 'cooperation_membership', organization: SCHOOL_A },
    //                            pa cq jb qy rv sa te gu an
    expect: { ...nobody(), join: [F, F, F, F, F, T, F, F, F], leave: [F, F, F, F, F, T, F, F, F] },
  },
  {
    name: 'membership: acting for the Jiangbei bureau',
    resource: { type: 'cooperation_membership', organization: JB_BUREAU },
    //                            pa cq jb qy rv sa te gu an
    expect: { ...nobody(), join: [F, F, T, F, F, F, F, F, F], leave: [F, F, T, F, F, F, F, F, F] },
  },
  ...(
    [
      // Its creator changes an exchange only while working at one of its organizations.
      //                                                                                    pa cq jb qy rv sa te gu an
      [
        'exchange: of school A, created by teacher A',
        exchange('u-teacher', SCHOOL_A),
        [T, T, T, F, T, T, T, F, F],
        [F, T, T, F, F, T, T, F, F],
        [F, T, T, F, F, T, T, F, F],
      ],
      [
        'exchange: of school A, created by someone else',
        exchange('u-other', SCHOOL_A),
        [T, T, T, F, T, T, T, F, F],
        [F, T, T, F, F, T, T, F, F],
        [F, T, T, F, F, T, F, F, F],
      ],
      [
        'exchange: of school B and a Qingyang school, created by teacher A',
        exchange('u-teacher', SCHOOL_B, QY_SCHOOL),
        [T, T, T, T, T, F, F, F, F],
        [F, T, T, T, F, F, F, F, F],
        [F, T, T, T, F, F, F, F, F],
      ],
    ] as [string, Resource, Row, Row, Row][]
  ).map(([name, resource, read, create, change]) => ({ name, resource, expect: { ...nobody(), read, create, update: change, delete: change } })),
  ...(
    [
      // A bureau reads the dashboards of its region and below; staff of a coordination body read the ones naming it.
      //                                                                                                  pa cq jb qy rv sa te gu an
      ['dashboard: Jiangbei', dashboard(JIANGBEI), [T, T, T, F, T, F, F, F, F]],
      ['dashboard: Chongqing', dashboard(CQ), [T, T, F, F, F, F, F, F, F]],
      ['dashboard: everything', dashboard(null), PLATFORM_ONLY],
      ['dashboard: everything, coordinated by the Jiangbei bureau', dashboard(null, 'org-jb-bureau'), [T, F, T, F, T, F, F, F, F]],
      ['dashboard: Qingyang, coordinated by the Jiangbei bureau', dashboard(QINGYANG, 'org-jb-bureau'), [T, F, T, T, T, F, F, F, F]],
      // Only bureau roles count as a coordination body's staff: a school's admin named there reads nothing more.
      ['dashboard: everything, naming school A as coordination body', dashboard(null, 'org-school-a'), PLATFORM_ONLY],
    ] as [string, Resource, Row][]
  ).map(([name, resource, read]) => ({ name, resource, expect: { ...nobody(), read, export: read } })),
  {
    name: 'cooperation import (each row is checked again)',
    resource: { type: 'cooperation_import' },
    //                              pa cq jb qy rv sa te gu an
    expect: { ...nobody(), import: [T, T, T, T, F, F, F, F, F] },
  },
  {
    name: 'partner search of school A',
    resource: { type: 'cooperation_partner_search', school: SCHOOL_A },
    //                            pa cq jb qy rv sa te gu an
    expect: { ...nobody(), read: [T, T, T, F, T, T, T, F, F] },
  },
  {
    name: 'partner search of a Qingyang school',
    resource: { type: 'cooperation_partner_search', school: QY_SCHOOL },
    //                            pa cq jb qy rv sa te gu an
    expect: { ...nobody(), read: [T, F, F, T, F, F, F, F, F] },
  },
  {
    name: 'the list of events: staff',
    resource: { type: 'event_catalogue' },
    expect: { ...nobody(), list: STAFF },
  },
  {
    // A draft is its organizers' (school A's staff) and the platform admin's; only the organizing school's admin runs it.
    name: 'event: a draft organized by school A and a Qingyang school',
    resource: {
      type: 'event',
      status: 'draft',
      organizers: [
        { organizationId: 'org-school-a', kind: 'school' },
        { organizationId: 'org-qy-school', kind: 'school' },
      ],
    },
    //                                pa cq jb qy rv sa te gu an
    expect: {
      ...nobody(),
      read: [T, F, F, F, F, T, T, F, F],
      create: [F, F, F, F, F, T, F, F, F],
      update: [F, F, F, F, F, T, F, F, F],
      list: [T, F, F, F, F, T, T, F, F],
      check_in: [T, F, F, F, F, T, T, F, F],
    },
  },
  {
    // Open for registration: every staff member reads it and may register; the Jiangbei bureau's admin runs it, its staff check in.
    name: 'event: open for registration, organized by the Jiangbei bureau and a Qingyang school',
    resource: {
      type: 'event',
      status: 'registration_open',
      organizers: [
        { organizationId: 'org-jb-bureau', kind: 'bureau' },
        { organizationId: 'org-qy-school', kind: 'school' },
      ],
    },
    //                                pa cq jb qy rv sa te gu an
    expect: {
      ...nobody(),
      read: STAFF,
      register: STAFF,
      create: [F, F, T, F, F, F, F, F, F],
      update: [F, F, T, F, F, F, F, F, F],
      list: [T, F, T, F, T, F, F, F, F],
      check_in: [T, F, T, F, T, F, F, F, F],
    },
  },
  {
    name: "event school: registering school A's teachers",
    resource: { type: 'event_school', school: { organizationId: 'org-school-a', kind: 'school' } },
    //                                pa cq jb qy rv sa te gu an
    expect: { ...nobody(), register: [F, F, F, F, F, T, F, F, F] },
  },
  {
    name: 'event school: a bureau is not a school',
    resource: { type: 'event_school', school: { organizationId: 'org-jb-bureau', kind: 'bureau' } },
    expect: nobody(),
  },
  {
    // Teacher A's registration for a Qingyang school's event: theirs, their school admin's, the organizers'.
    name: "event registration: teacher A's, for a Qingyang school's event",
    resource: { type: 'event_registration', userId: 'u-teacher', schoolId: 'org-school-a', organizers: [{ organizationId: 'org-qy-school', kind: 'school' }] },
    //                              pa cq jb qy rv sa te gu an
    expect: { ...nobody(), read: [T, F, F, F, F, T, T, F, F], cancel: [F, F, F, F, F, T, T, F, F] },
  },
  {
    name: "event registration: a Qingyang teacher's, for the Jiangbei bureau's event",
    resource: {
      type: 'event_registration',
      userId: 'u-qy-teacher',
      schoolId: 'org-qy-school',
      organizers: [{ organizationId: 'org-jb-bureau', kind: 'bureau' }],
    },
    //                              pa cq jb qy rv sa te gu an
    expect: { ...nobody(), read: [T, F, T, F, T, F, F, F, F], cancel: [F, F, T, F, F, F, F, F, F] },
  },
  {
    // A certificate: its holder's and the organizers' to read; an organizer's admin revokes it ('cancel').
    name: "event certificate: teacher A's, of school A's event",
    resource: { type: 'event_certificate', userId: 'u-teacher', organizers: [{ organizationId: 'org-school-a', kind: 'school' }] },
    //                              pa cq jb qy rv sa te gu an
    expect: { ...nobody(), read: [T, F, F, F, F, T, T, F, F], cancel: [F, F, F, F, F, T, F, F, F] },
  },
  {
    name: "event certificate: a Qingyang teacher's, of the Jiangbei bureau's event",
    resource: { type: 'event_certificate', userId: 'u-qy-teacher', organizers: [{ organizationId: 'org-jb-bureau', kind: 'bureau' }] },
    //                              pa cq jb qy rv sa te gu an
    expect: { ...nobody(), read: [T, F, T, F, T, F, F, F, F], cancel: [F, F, T, F, F, F, F, F, F] },
  },
];

describe('access policy: can(actor, action, resource)', () => {
  it.each(TABLE)('$name', ({ resource, expect: expectations }) => {
    const mismatches: string[] = [];
    for (const action of ACTIONS) {
      ACTORS.forEach(([name, who], column) => {
        const expected = expectations[action][column];
        const actual = can(who, action, resource);
        if (actual !== expected) mismatches.push(`${name} ${action}: expected ${expected}, got ${actual}`);
      });
    }
    expect(mismatches).toEqual([]);
  });

  it('covers every resource type some module owns', () => {
    const types = new Set(TABLE.map((row) => row.resource.type));
    expect([...types].sort()).toEqual(policyResourceTypes().sort());
  });

  it('reaches a region by its path, not by a prefix of its code', () => {
    // '/500000/50010/' would be a prefix of '/500000/500105/' without the trailing slash.
    const odd = actor('u-odd', 'bureau_admin', 'org-odd', '/500000/50010/');
    expect(can(odd, 'update', org('org-school-a', 'school', JIANGBEI))).toBe(false);
    expect(can(actor('u-none', 'bureau_admin', 'org-x', null), 'update', org('org-school-a', 'school', JIANGBEI))).toBe(false);
  });
});
