import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { parseConfig } from '../config.ts';
import { createDb } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrator.ts';
import { checkPasswordPolicy, hashPassword } from '../platform/auth/password.ts';
import { recordAudit, systemAuditContext } from '../platform/audit/audit.ts';
import { AppError } from '../platform/http/errors.ts';
import { createPlatformAdmin } from '../modules/users/account.service.ts';

// npm run create-admin -- --username NAME --name "显示名"   (password from ADMIN_PASSWORD or typed at the prompt)
const { values } = parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' } } });
if (!values.username || !/^[a-zA-Z0-9._-]{3,64}$/.test(values.username)) {
  process.stderr.write('Usage: npm run create-admin -- --username NAME [--name "Display name"]\n');
  process.exit(2);
}
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question('Password (at least 8 characters): ');
  rl.close();
}
try {
  checkPasswordPolicy(password);
} catch (err) {
  process.stderr.write(`${err instanceof AppError ? err.code : String(err)}\n`);
  process.exit(2);
}
const db = createDb(parseConfig());
try {
  await migrateToLatest(db);
  const id = await createPlatformAdmin(db, {
    username: values.username,
    displayName: values.name ?? values.username,
    passwordHash: await hashPassword(password),
  });
  await recordAudit(db, systemAuditContext('create-admin'), {
    action: 'user.create',
    objectType: 'user',
    objectId: id,
    result: 'success',
    detail: { roles: ['platform_admin'] },
  });
  process.stdout.write(`Created platform admin ${values.username}. At first sign-in they set up an authenticator app.\n`);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
