import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../common/roles.ts';
import type { Actor } from './actor.ts';
import { can, type Action, type Resource } from './policy.ts';

// The policy as a table: every resource kind × action × actor, with the denials written out
// ("explicit false values are as important as true values"). No database: `can` is pure.

const CQ = '/500000/';
const JIANGBEI = '/500000/500105/';
const YUZHONG = '/500000/500103/';
const QINGYANG = '/510000/510100/510105/';

const ACTIONS: Action[] = ['read', 'create', 'update', 'import', 'export', 'list', 'disable', 'grant', 'revoke', 'delete', 'reveal_id_number'];

const actor = (userId: string, role: Role, organizationId: string | null, scopePath: string | null): Actor => ({
  userId, displayName: userId, locale: 'zh-CN', sessionId: `session-${userId}`, grants: [{ id: `grant-${userId}`, role, organizationId, scopePath }],
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
  type: 'user', id, grants: grants.map(([role, organizationId, scopePath]) => ({ role, organizationId, scopePath })),
});
const policyOf = (regionPath: string, status: 'draft' | 'published' | 'closed'): Resource => ({ type: 'enrollment_policy', regionPath, status });
const roleGrant = (role: Role, organizationId: string | null, scopePath: string | null): Resource => ({ type: 'role_grant', role, organizationId, scopePath });

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
      read:    [T, T, T, T, F, T, F, F, F],
      update:  [T, F, F, F, F, F, F, F, F],
      disable: [T, F, F, F, F, F, F, F, F],
    },
  },
  {
    name: 'user: the teacher of school A themselves (self may read, not change)',
    resource: user('u-teacher', ['teacher', 'org-school-a', JIANGBEI]),
    expect: {
      ...onlyPlatform(),
      //        pa cq jb qy rv sa te gu an
      read:    [T, T, T, F, F, T, T, F, F],
      update:  [T, T, T, F, F, T, F, F, F],
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
      read:             [T, F, F, F, F, F, F, T, F],
      update:           [F, F, F, F, F, F, F, T, F],
      delete:           [F, F, F, F, F, F, F, T, F],
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
    name: 'child profiles (add one, list one\'s own): guardians only',
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

  it('covers every resource type', () => {
    const types = new Set(TABLE.map((row) => row.resource.type));
    expect([...types].sort()).toEqual(['audit_log', 'child', 'child_collection', 'directory', 'enrollment_policy', 'organization', 'organization_collection', 'role_grant', 'user', 'user_collection']);
  });

  it('reaches a region by its path, not by a prefix of its code', () => {
    // '/500000/50010/' would be a prefix of '/500000/500105/' without the trailing slash.
    const odd = actor('u-odd', 'bureau_admin', 'org-odd', '/500000/50010/');
    expect(can(odd, 'update', org('org-school-a', 'school', JIANGBEI))).toBe(false);
    expect(can(actor('u-none', 'bureau_admin', 'org-x', null), 'update', org('org-school-a', 'school', JIANGBEI))).toBe(false);
  });
});
