import { resolve } from 'node:path';
import { parseConfig } from '../config.ts';
import { BackupError, restoreBackup } from '../platform/backup/backup.ts';

// npm run restore -- DIR: restores a backup made by `npm run backup` onto a clean data directory and an empty
// database (DATA_DIR, DATABASE_URL), checks it against its manifest before and after, and records it.
const from = process.argv[2];
if (!from) {
  process.stderr.write('Usage: npm run restore -- BACKUP_DIR (onto an empty DATA_DIR and, with DATABASE_URL, an empty database)\n');
  process.exit(2);
}
const config = parseConfig();
try {
  const report = await restoreBackup(config, resolve(from), `npm run restore (${process.env.USER ?? 'operator'})`);
  process.stdout.write(`Restored and verified: ${report.tables} tables, ${report.rows} rows, ${report.files} files\n`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
