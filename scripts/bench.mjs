#!/usr/bin/env node
// `npm run bench`: builds domain, API and web app, runs the scenarios described in bench/README.md,
// prints a table, writes bench/results.json and the generated table of docs/performance.md. A missed
// target is reported as MISSED; the exit code stays 0 unless the bench itself fails. Options
// (bench/lib/options.mjs): --no-build, --only=cold|list|board|web|ticks|import, --pairs=N,
// --board-pairs=N, --board-render-runs=N, --tick-pairs=N, --tick-raw-pool=N, --import-pairs=N,
// --tick-cpu-prof, --import-cpu-prof.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from '../bench/lib/api-modules.mjs';
import { coldStartRows } from '../bench/lib/cold-start.mjs';
import { startCluster } from '../bench/lib/database.mjs';
import { importRows } from '../bench/lib/import-rows.mjs';
import { machineInfo } from '../bench/lib/machine.mjs';
import { createLog, parseOptions } from '../bench/lib/options.mjs';
import { writePerformanceDoc } from '../bench/lib/performance-doc.mjs';
import { printTable, writeResults } from '../bench/lib/report.mjs';
import { scaleScenarios } from '../bench/lib/scale-scenarios.mjs';

const opts = parseOptions(process.argv.slice(2));
const log = createLog();

function build() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const workspaces = ['@schaltplan/domain', '@schaltplan/api'];
  // The web app only for the scenarios that load it (the API process serves web/dist).
  if (opts.runs('web')) workspaces.push('@schaltplan/web');
  for (const workspace of workspaces) {
    log(`building ${workspace}`);
    const result = spawnSync(npm, ['run', 'build', '-w', workspace], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`build of ${workspace} failed (exit ${result.status})`);
  }
}

async function main() {
  const machine = machineInfo();
  if (opts.build) build();
  const rows = [];
  log('starting a throw-away PostgreSQL for the bench');
  const db = await startCluster(() => undefined);
  try {
    await machine.postgres(db.url);
    if (opts.runs('cold')) rows.push(...(await coldStartRows(db.url, log)));
    const groups = Object.fromEntries(['list', 'board', 'web', 'ticks'].map((g) => [g, opts.runs(g)]));
    if (Object.values(groups).some(Boolean)) rows.push(...(await scaleScenarios(db.url, groups, opts, log)));
    if (opts.runs('import')) rows.push(...(await importRows(db.url, opts, log)));
  } finally {
    await db.stop();
  }
  const info = machine.finish();
  printTable(rows);
  log(
    `machine: ${info.cpu}, ${info.cores} cores, ${info.ramGb} GB, ${info.os}, Node ${info.node}, PostgreSQL ${info.postgres}`,
  );
  log(`load average ${info.loadStart} at the start, ${info.loadEnd} at the end`);
  const seconds = log.seconds().toFixed(0);
  if (opts.only) {
    // A partial run would drop the other scenarios' rows from the shared files.
    log(`--only=${opts.only}: bench/results.json and docs/performance.md left as they are (${seconds} s in all)`);
    return;
  }
  const file = path.join(root, 'bench/results.json');
  writeResults(file, rows);
  await writePerformanceDoc(path.join(root, 'docs/performance.md'), rows, info);
  log(`wrote ${path.relative(root, file)} and docs/performance.md (${seconds} s in all)`);
}

main().catch((error) => {
  console.error(`bench failed: ${error.stack ?? error}`);
  process.exit(1);
});
