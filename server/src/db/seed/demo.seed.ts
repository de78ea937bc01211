import { randomUUID } from 'node:crypto';
import type { Role } from '../../../../common/roles.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import type { DataProtector } from '../../platform/crypto/data-protection.ts';
import type { Db } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';

export const DEMO_PASSWORD = 'Shuangcheng-demo-2026';
/** The demo platform admin's authenticator secret (base32): add it to an authenticator app to sign in. */
export const DEMO_ADMIN_TOTP_SECRET = 'KRSXG5CTMVRXEZLUKN2WEZLDOJSXIMZS';

export interface DemoAccount {
  username: string | null;
  mobile: string | null;
  displayName: string;
  role: Role;
  organizationId: string | null;
  descriptionZh: string;
}

export const demoAccounts: DemoAccount[] = [
  { username: 'admin', mobile: null, displayName: '平台管理员', role: 'platform_admin', organizationId: null, descriptionZh: '平台管理员（需动态验证码）' },
  {
    username: 'cq.admin',
    mobile: null,
    displayName: '重庆市教委 管理员',
    role: 'bureau_admin',
    organizationId: 'bureau-chongqing',
    descriptionZh: '重庆市教育委员会 管理员',
  },
  {
    username: 'jiangbei.admin',
    mobile: null,
    displayName: '江北区教委 李老师',
    role: 'bureau_admin',
    organizationId: 'bureau-jiangbei',
    descriptionZh: '江北区教委 管理员',
  },
  {
    username: 'jiangbei.reviewer',
    mobile: null,
    displayName: '江北区教委 王审核',
    role: 'bureau_reviewer',
    organizationId: 'bureau-jiangbei',
    descriptionZh: '江北区教委 审核员',
  },
  {
    username: 'jiangbei.reviewer2',
    mobile: null,
    displayName: '江北区教委 孙复核',
    role: 'bureau_reviewer',
    organizationId: 'bureau-jiangbei',
    descriptionZh: '江北区教委 审核员（复核另一位审核员的决定）',
  },
  {
    username: 'qingyang.admin',
    mobile: null,
    displayName: '青羊区教育局 陈老师',
    role: 'bureau_admin',
    organizationId: 'bureau-qingyang',
    descriptionZh: '成都市青羊区教育局 管理员',
  },
  {
    username: 'xincun.admin',
    mobile: null,
    displayName: '新村实验小学 张校长',
    role: 'school_admin',
    organizationId: 'school-xincun-shiyan',
    descriptionZh: '新村实验小学 学校管理员',
  },
  {
    username: 'xincun.teacher',
    mobile: null,
    displayName: '新村实验小学 刘老师',
    role: 'teacher',
    organizationId: 'school-xincun-shiyan',
    descriptionZh: '新村实验小学 教师',
  },
  {
    username: 'paotong.admin',
    mobile: null,
    displayName: '泡桐树小学 赵校长',
    role: 'school_admin',
    organizationId: 'school-paotongshu',
    descriptionZh: '成都泡桐树小学 学校管理员',
  },
  {
    username: 'guanyinqiao.admin',
    mobile: null,
    displayName: '观音桥小学 周校长',
    role: 'school_admin',
    organizationId: 'school-guanyinqiao',
    descriptionZh: '江北区观音桥小学 学校管理员（结对申请演示）',
  },
  {
    username: 'lt-centre.admin',
    mobile: null,
    displayName: '两江天府教育改革中心 孙主任',
    role: 'bureau_admin',
    organizationId: 'coordination-liangjiang-tianfu',
    descriptionZh: '两江天府教育改革中心（全网合作看板）',
  },
  {
    username: null,
    mobile: '13800000001',
    displayName: '家长 周女士',
    role: 'guardian',
    organizationId: null,
    descriptionZh: '随迁子女家长（短信验证码登录）',
  },
];

/** Demonstration people for a fresh development database; skipped for accounts that already exist. */
export async function seedDemoUsers(db: Db, protector: DataProtector): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let created = 0;
  for (const account of demoAccounts) {
    const taken = await db
      .selectFrom('users')
      .select('id')
      .where((eb) => (account.username ? eb('username', '=', account.username) : eb('mobile', '=', account.mobile!)))
      .executeTakeFirst();
    if (taken) continue;
    const id = randomUUID();
    const now = nowIso();
    const isAdmin = account.role === 'platform_admin';
    await db.transaction().execute(async (tx) => {
      await tx
        .insertInto('users')
        .values({
          id,
          display_name: account.displayName,
          username: account.username,
          mobile: account.mobile,
          password_hash: account.username ? passwordHash : null,
          totp_secret_enc: isAdmin ? protector.encrypt(DEMO_ADMIN_TOTP_SECRET) : null,
          totp_enabled_at: isAdmin ? now : null,
          disabled_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await tx
        .insertInto('role_grants')
        .values({
          id: randomUUID(),
          user_id: id,
          role: account.role,
          organization_id: account.organizationId,
          region_id: null,
          created_at: now,
          granted_by: null,
        })
        .execute();
    });
    created++;
  }
  return created;
}
