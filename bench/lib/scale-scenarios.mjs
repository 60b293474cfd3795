// The scenarios on the benchmark-scale database (bench_scale): list, readiness board, web app, ticks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp } from './app-process.mjs';
import { createMigratedDatabase, loadBenchData, tenantOverview, withClient } from './database.mjs';
import { signInBenchAccounts } from './list-workstations.mjs';
import { seedPlanData } from './readiness-board.mjs';
import { row } from './report.mjs';
import { boardRows, listRows } from './scale-rows.mjs';
import { seedTickPlan, tickRows } from './tick-rows.mjs';
import { webRows } from './web-rows.mjs';

/** Groups: { list, board, web, ticks } (booleans); opts: the parsed command line. */
export async function scaleScenarios(maintenanceUrl, groups, opts, log) {
  const rows = [];
  const url = await createMigratedDatabase(maintenanceUrl, 'bench_scale');
  log('loading benchmark-scale data (demo generator, scale: bench)');
  const load = await loadBenchData(url, log);
  const c = load.counts;
  const summary = `${c.tenants} tenants, ${c.locations} locations, ${c.persons} persons, ${c.workstations} workstations, ${c.printers} printers, ${c.mappings} mappings`;
  log(`loaded ${summary} in ${load.seconds.toFixed(1)} s (+ ANALYZE ${load.analyzeSeconds.toFixed(1)} s)`);
  rows.push(
    row({
      scenario: 'bench-data-load',
      value: load.seconds,
      unit: 's',
      note: `${summary}; one transaction, ANALYZE not included`,
    }),
  );

  const tenants = await tenantOverview(url);
  const largest = tenants.reduce((a, b) => (b.workstations > a.workstations ? b : a));
  const small = tenants.find((t) => t.locations === 5);
  if (!small) throw new Error('the bench data has no tenant with 5 locations (expected Kreis Musterkreis)');
  // The board and its rendering show the plan: confirmations, test runs, dates, technicians, blockers.
  if (groups.board || groups.web) {
    const seeded = await withClient(url, (client) => seedPlanData(client, largest.id));
    log(
      `plan data for ${largest.name} (untimed): ${seeded.confirmations} confirmations, ${seeded.testRuns} latest test runs, ${seeded.datedLocations} dated locations, ${seeded.technicians} technicians, ${seeded.blockers} blockers`,
    );
  }

  // 200 technicians from one address would hit the per-address rate limit (1200 a minute).
  const tickPlan = groups.ticks ? await seedTickPlan(url, largest.id, opts.tickPairs) : null;
  if (tickPlan) log(`tick plan (untimed): ${tickPlan.locations.length} locations dated today, 200 technicians`);
  const profileDir =
    groups.ticks && opts.tickCpuProf ? fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-bench-prof-')) : null;
  // The API process serves the built web app (web/dist) too, as in production.
  const app = await startApp(
    { DATABASE_URL: url, SCHALTPLAN_DEMO_DATA: 'off', ...(groups.ticks ? { GRAPHQL_RATE_LIMIT: '0' } : {}) },
    { nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] },
  );
  try {
    await withClient(url, (client) => signInBenchAccounts(app.baseUrl, client, [largest.id, small.id, null]));
    const context = { app, url, tenants, largest, small, log };
    if (groups.list) rows.push(...(await listRows({ ...context, pairs: opts.pairs })));
    if (groups.board) rows.push(...(await boardRows({ ...context, pairs: opts.boardPairs })));
    if (groups.web) rows.push(...(await webRows({ ...context, runs: opts.boardRenderRuns })));
    // Last: the ticks change workstation states the other scenarios read.
    if (tickPlan)
      rows.push(
        ...(await tickRows({
          app,
          url,
          plan: tickPlan,
          tenantName: largest.name,
          pairs: opts.tickPairs,
          rawPool: opts.tickRawPool,
          log,
        })),
      );
  } finally {
    await app.stop();
    if (profileDir) log(`CPU profile of the API: ${profileDir}`);
  }
  return rows;
}
