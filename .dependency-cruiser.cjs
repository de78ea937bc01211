/** Import rules checked in CI (`npm run lint:imports`): no cycles, and the platform knows no module. */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles make load order and ownership unclear.', from: {}, to: { circular: true } },
    {
      name: 'platform-knows-no-module',
      severity: 'error',
      comment: 'platform/ is what every module stands on: it imports nothing from modules/ or the seeds.',
      from: { path: '^server/src/platform/', pathNot: '\\.test\\.ts$' },
      to: { path: '^server/src/(modules|db/seed)/' },
    },
    {
      name: 'production-imports-no-test-support',
      severity: 'error',
      comment: 'Test tables, fixtures and helpers are imported by tests only.',
      from: { path: '^(server|common|web)/', pathNot: ['\\.test\\.ts$', '\\.test-support\\.ts$', '^server/src/test/'] },
      to: { path: ['^server/src/test/', '\\.test-support\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '^dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
