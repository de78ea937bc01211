import { join, resolve } from 'node:path';
import { parseConfig } from '../config.ts';
import { BackupError, createBackup } from '../platform/backup/backup.ts';

// npm run backup [-- DIR]: the database and the stored files, with a manifest of row counts and checksums,
// into DIR (default ./backups/<time>). Keep DATA_KEY apart from the backups: without it they cannot be read.
const config = parseConfig();
const outDir = resolve(process.argv[2] ?? join('backups', new Date().toISOString().replace(/[:.]/g, '-')));
try {
  const manifest = await createBackup(config, outDir, `npm run backup (${process.env.USER ?? 'operator'})`);
  const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `Backup of the ${manifest.dialect} database (${Object.keys(manifest.tables).length} tables, ${rows} rows) and ${manifest.files.length} files in ${outDir}\n`,
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
