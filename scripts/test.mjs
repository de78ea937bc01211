// npm test: typecheck, import rules, ESLint, Prettier, server and common tests on SQLite and PostgreSQL, build the web app, browser tests.
// Prints one closing line "N passed, N failed" over all suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env };

// PostgreSQL: use TEST_DATABASE_URL, or prepare the machine's local cluster (Debian, as root).
if (!env.TEST_DATABASE_URL) {
  const setup = spawnSync('bash', [join(root, 'scripts/setup-postgres.sh')], { encoding: 'utf8' });
  if (setup.status !== 0) {
    process.stderr.write(`${setup.stderr}\nPostgreSQL for the tests could not be prepared. Set TEST_DATABASE_URL to an empty database you own (see README).\n`);
    process.exit(1);
  }
  env.TEST_DATABASE_URL = setup.stdout.trim().split('\n').at(-1);
}

const reports = mkdtempSync(join(tmpdir(), 'shuangcheng-tests-'));
const totals = { passed: 0, failed: 0 };
let ok = true;

const stages = [];

/** Runs one stage and records its time, so the suite's cost is visible (printed at the end, and by CI). */
function run(label, command, args) {
  process.stdout.write(`\n▶ ${label}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const seconds = (Date.now() - started) / 1000;
  stages.push({ label, seconds, ok: result.status === 0 });
  process.stdout.write(`◀ ${label}: ${seconds.toFixed(1)} s${result.status === 0 ? '' : ' (failed)'}\n`);
  if (result.status !== 0) ok = false;
  return result.status === 0;
}

function vitest(label, projects) {
  const out = join(reports, `${label}.json`);
  const args = [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ];
  run(label, process.execPath, args);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    if (report.numTotalTestSuites > 0 && report.numTotalTests === 0) ok = false;
    // Database tests run once per dialect (describe.each(DIALECTS) names it): what each database costs.
    const perDialect = { sqlite: 0, postgres: 0 };
    for (const file of report.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        const dialect = /\((sqlite|postgres)\)/.exec(test.fullName ?? test.ancestorTitles?.join(' ') ?? '')?.[1];
        if (dialect) perDialect[dialect] += (test.duration ?? 0) / 1000;
      }
    }
    if (perDialect.sqlite + perDialect.postgres > 0) {
      stages.push({ label: `  of which tests on SQLite (sum)`, seconds: perDialect.sqlite, ok: true });
      stages.push({ label: `  of which tests on PostgreSQL (sum)`, seconds: perDialect.postgres, ok: true });
    }
  } else {
    ok = false;
  }
}

const only = process.argv[2];
if (!only || only === 'server') {
  run('typecheck', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']);
  run('import rules (no cycles, platform knows no module)', process.execPath, [
    join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
    '--config',
    '.dependency-cruiser.cjs',
    '--output-type',
    'err',
    'server',
    'common',
    'web/src',
    'e2e',
    'bench',
    'scripts',
  ]);
  run('lint (ESLint)', process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--max-warnings=0', '.']);
  run('format (Prettier)', process.execPath, [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', '--log-level=warn', '.']);
  vitest('server', ['common', 'server']);
}
if (!only || only === 'browser') {
  if (run('build web app', process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'])) {
    vitest('browser', ['browser']);
  }
}

process.stdout.write('\nStage times:\n');
for (const stage of stages) process.stdout.write(`  ${stage.label.padEnd(34)} ${stage.seconds.toFixed(1).padStart(7)} s${stage.ok ? '' : '  FAILED'}\n`);
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(ok && totals.failed === 0 && totals.passed > 0 ? 0 : 1);
