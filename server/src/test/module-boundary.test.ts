import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The written boundary between modules (docs/architecture.md): a module owns its tables; others read them
// through its service functions. Directory (regions, organizations) and users are the reference kernel:
// read-only to everyone else, joined directly only by the repositories listed here, where a join is what
// keeps a list or a dashboard one query.

const serverSrc = resolve(import.meta.dirname, '..');
const modulesDir = join(serverSrc, 'modules');

/** Identity tables belong to the users module; the auth module signs people in with them. */
const SHARED_WITH: Record<string, string[]> = { users: ['auth'], role_grants: ['auth'] };

const KERNEL_TABLES = new Set(['regions', 'organizations', 'school_stages', 'school_grade_seats', 'users', 'role_grants']);

/** Repositories that join kernel tables (read only) for names, regions and grants in one query. */
const KERNEL_JOINS_ALLOWED = new Set([
  'modules/cooperation/cooperation.repository.ts',
  'modules/cooperation/dashboard/dashboard.repository.ts',
  'modules/cooperation/exchanges/exchanges.repository.ts',
  'modules/cooperation/import/import.repository.ts',
  'modules/cooperation/partner-finder/partner-finder.repository.ts',
  'modules/events/events.repository.ts',
  'modules/enrollment/notices/notices.repository.ts',
  'modules/enrollment/placement/allocation.repository.ts',
  'modules/enrollment/placement/offers.repository.ts',
  'modules/enrollment/policies/policies.repository.ts',
  'modules/enrollment/public-lists/public-lists.repository.ts',
  'modules/enrollment/review/review.repository.ts',
  'modules/enrollment/roster/roster.repository.ts',
  'modules/enrollment/statistics/statistics.repository.ts',
  'modules/users/users.repository.ts',
]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Table name → owning module, from each module's `<name>.tables.ts` (users and role_grants: the users module). */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>([
    ['users', 'users'],
    ['role_grants', 'users'],
  ]);
  for (const file of files(modulesDir).filter((f) => f.endsWith('.tables.ts'))) {
    const module = relative(modulesDir, file).split('/')[0]!;
    for (const [, table] of readFileSync(file, 'utf8').matchAll(/^\s+(\w+): \w+Table;$/gm)) owners.set(table!, module);
  }
  return owners;
}

const WRITE = /\b(?:updateTable|insertInto|deleteFrom|replaceInto|mergeInto)\(\s*'(\w+)/g;
const READ = /\b(?:selectFrom|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*'(\w+)/g;

function boundaryViolations(file: string, text: string, owners: Map<string, string>): string[] {
  const module = file.split('/')[1]!;
  const foreign = (table: string) => {
    const owner = owners.get(table);
    return owner !== undefined && owner !== module && !(SHARED_WITH[table] ?? []).includes(module);
  };
  const problems: string[] = [];
  for (const [, table] of text.matchAll(WRITE)) if (foreign(table!)) problems.push(`${file} writes ${table} (${owners.get(table!)})`);
  for (const [, table] of text.matchAll(READ)) {
    if (!foreign(table!)) continue;
    if (!KERNEL_TABLES.has(table!)) problems.push(`${file} reads ${table} of ${owners.get(table!)}: use its service functions`);
    else if (!KERNEL_JOINS_ALLOWED.has(file)) problems.push(`${file} reads the kernel table ${table}: use the directory/users service functions`);
  }
  return problems;
}

describe('module boundary', () => {
  const owners = tableOwners();

  it('knows who owns each table', () => {
    expect(owners.get('organizations')).toBe('directory');
    expect(owners.get('enrollment_applications')).toBe('enrollment');
    expect(owners.get('cooperation_pairings')).toBe('cooperation');
  });

  it('no module writes another module’s tables or reads them outside the reference kernel', () => {
    const problems = files(modulesDir)
      .filter((f) => !/\.(test|test-support)\.ts$/.test(f))
      .flatMap((f) => boundaryViolations(relative(serverSrc, f), readFileSync(f, 'utf8'), owners));
    expect(problems).toEqual([]);
  });

  it('catches a write, a foreign read and a kernel read outside the allow-list (the check itself can fail)', () => {
    const text = "db.updateTable('organizations'); db.selectFrom('enrollment_applications'); db.selectFrom('regions')";
    expect(boundaryViolations('modules/cooperation/x.repository.ts', text, owners)).toEqual([
      'modules/cooperation/x.repository.ts writes organizations (directory)',
      'modules/cooperation/x.repository.ts reads enrollment_applications of enrollment: use its service functions',
      'modules/cooperation/x.repository.ts reads the kernel table regions: use the directory/users service functions',
    ]);
  });
});
