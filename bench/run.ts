import os from 'node:os';
import { formatAllocationRows, runAllocationBench } from './allocation.bench.ts';
import { runDashboardBench } from './dashboard.bench.ts';
import { runEnrollmentBench } from './enrollment.bench.ts';
import { runFinalRoundBench } from './final-round.bench.ts';

// npm run bench -- NAME: runs the named benchmarks (all without a name) and prints their tables.
// Each benchmark measures a baseline in the same run and prints its ratio against it.
const benches: Record<string, () => Promise<string>> = {
  allocation: async () => formatAllocationRows(await runAllocationBench()),
  enrollment: runEnrollmentBench,
  dashboard: runDashboardBench,
  'final-round': runFinalRoundBench,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  process.stderr.write(`Unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}\n`);
  process.exit(2);
}
const cpu = os.cpus()[0]?.model ?? 'CPU';
process.stdout.write(`Node ${process.version}, ${os.cpus().length} × ${cpu}, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
for (const name of wanted.length > 0 ? wanted : Object.keys(benches)) {
  process.stdout.write(`\n## ${name}\n\n${await benches[name]!()}\n`);
}
