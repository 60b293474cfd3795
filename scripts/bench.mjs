#!/usr/bin/env node
// `npm run bench`: builds the API, runs the scenarios described in bench/README.md, prints a table
// and writes bench/results.json. A missed target is reported as MISSED; the exit code stays 0
// unless the bench itself fails. Options: --no-build, --pairs=N (list-workstations, default 7),
// --import-pairs=N (import scenarios, default 5), --board-pairs=N (readiness-board, default 7),
// --tick-pairs=N (ticks, default 3), --tick-raw-pool=N (raw connections for the ticks, default 10), --only=cold|list|board|ticks|import (one group of scenarios),
// --import-cpu-prof / --tick-cpu-prof (a CPU profile of the API during the import or the scale scenarios,
// into a temp folder).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { root } from '../bench/lib/api-modules.mjs';
import { startApp } from '../bench/lib/app-process.mjs';
import {
  createMigratedDatabase,
  loadBenchData,
  startCluster,
  tenantOverview,
  withClient,
} from '../bench/lib/database.mjs';
import { IMPORT_LOCATIONS, IMPORT_ROWS, measureImports } from '../bench/lib/import-persons.mjs';
import { boardStatementCount, checkSameBoard, measureBoard, seedPlanData } from '../bench/lib/readiness-board.mjs';
import {
  checkSameRows,
  measureList,
  median,
  sessionCookie,
  signInBenchAccounts,
  statementCount,
} from '../bench/lib/list-workstations.mjs';
import { printTable, row, writeResults } from '../bench/lib/report.mjs';
import { seedTickPlan, tickRows } from '../bench/lib/tick-rows.mjs';
import { RAW_POOL } from '../bench/lib/ticks.mjs';

const args = process.argv.slice(2);
const pairs = Number(args.find((a) => a.startsWith('--pairs='))?.split('=')[1] ?? 7);
const importPairs = Number(args.find((a) => a.startsWith('--import-pairs='))?.split('=')[1] ?? 5);
const boardPairs = Number(args.find((a) => a.startsWith('--board-pairs='))?.split('=')[1] ?? 7);
const tickPairs = Number(args.find((a) => a.startsWith('--tick-pairs='))?.split('=')[1] ?? 3);
const tickRawPool = Number(args.find((a) => a.startsWith('--tick-raw-pool='))?.split('=')[1] ?? RAW_POOL);
const only = args.find((a) => a.startsWith('--only='))?.split('=')[1];
if (only && !['cold', 'list', 'board', 'ticks', 'import'].includes(only))
  throw new Error(`--only=${only}: use cold, list, board, ticks or import`);
const COLD_START_RUNS = 3;
const benchStarted = performance.now();
const log = (msg) =>
  process.stdout.write(`[bench ${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);
const fmt = (ms) => ms.map((x) => x.toFixed(0)).join(', ');

function build() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  for (const workspace of ['@schaltplan/domain', '@schaltplan/api']) {
    log(`building ${workspace}`);
    const result = spawnSync(npm, ['run', 'build', '-w', workspace], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`build of ${workspace} failed (exit ${result.status})`);
  }
}

/** Process start → first `{ __typename }` answer against an already-migrated, empty database. */
async function coldStartExternal(maintenanceUrl) {
  const url = await createMigratedDatabase(maintenanceUrl, 'bench_cold');
  const times = [];
  for (let i = 0; i < COLD_START_RUNS; i++) {
    const app = await startApp({
      DATABASE_URL: url,
      SCHALTPLAN_DEMO_DATA: 'off',
    });
    times.push(app.readyMs);
    await app.stop();
  }
  log(`cold start with DATABASE_URL: ${fmt(times)} ms`);
  return row({
    scenario: 'cold-start',
    value: median(times),
    unit: 'ms',
    target: '<= 15000',
    digits: 0,
    note: `DATABASE_URL, migrated empty database; median of ${COLD_START_RUNS} runs (${fmt(times)} ms)`,
  });
}

/** The same, but from nothing: initdb, embedded PostgreSQL, migrations, demo data. */
async function coldStartEmbedded() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-bench-cold-'));
  try {
    const app = await startApp({
      DATABASE_URL: undefined,
      SCHALTPLAN_DATA_DIR: dataDir,
      SCHALTPLAN_DEMO_DATA: undefined,
    });
    await app.stop();
    log(`cold start with fresh embedded PostgreSQL: ${app.readyMs.toFixed(0)} ms`);
    return row({
      scenario: 'cold-start-embedded-fresh',
      value: app.readyMs,
      unit: 'ms',
      target: '<= 15000',
      digits: 0,
      note: 'empty SCHALTPLAN_DATA_DIR: initdb + start PostgreSQL + migrations + demo data; one run',
    });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The scenarios on the benchmark-scale database: the list (list), the readiness board (board), ticks. */
async function scaleScenarios(maintenanceUrl, { list, board, ticks }) {
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
  if (board) {
    const seeded = await withClient(url, (client) => seedPlanData(client, largest.id));
    log(
      `plan data for ${largest.name} (untimed): ${seeded.confirmations} confirmations, ${seeded.testRuns} latest test runs, ${seeded.datedLocations} dated locations, ${seeded.technicians} technicians, ${seeded.blockers} blockers`,
    );
  }

  // 200 technicians from one address would hit the per-address rate limit (1200 a minute).
  const tickPlan = ticks ? await seedTickPlan(url, largest.id, tickPairs) : null;
  if (tickPlan) log(`tick plan (untimed): ${tickPlan.locations.length} locations dated today, 200 technicians`);
  const profileDir =
    ticks && args.includes('--tick-cpu-prof') ? fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-bench-prof-')) : null;
  const app = await startApp(
    { DATABASE_URL: url, SCHALTPLAN_DEMO_DATA: 'off', ...(ticks ? { GRAPHQL_RATE_LIMIT: '0' } : {}) },
    { nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] },
  );
  try {
    await withClient(url, (client) => signInBenchAccounts(app.baseUrl, client, [largest.id, small.id, null]));
    if (list) rows.push(...(await listRows(app, url, tenants, largest, small)));
    if (board) rows.push(...(await boardRows(app, url, tenants, largest, small)));
    // Last: the ticks change workstation states the other scenarios read.
    if (tickPlan)
      rows.push(
        ...(await tickRows({
          app,
          url,
          plan: tickPlan,
          tenantName: largest.name,
          pairs: tickPairs,
          rawPool: tickRawPool,
          log,
        })),
      );
  } finally {
    await app.stop();
    if (profileDir) log(`CPU profile of the API: ${profileDir}`);
  }
  return rows;
}

async function listRows(app, url, tenants, largest, small) {
  const rows = [];
  await withClient(url, async (client) => {
    const same = await checkSameRows(app.baseUrl, client, largest.id);
    log(
      `API and raw SQL return the same ${same.rows} rows (${same.persons} person and ${same.printers} printer entries)`,
    );
    const m = await measureList(app.baseUrl, client, largest.id, { pairs });
    log(`list-workstations API ms: ${fmt(m.api)}; raw SQL ms: ${fmt(m.raw)}`);
    rows.push(
      row({
        scenario: 'list-workstations',
        value: m.apiMedian,
        unit: 'ms',
        baseline: m.rawMedian,
        target: '<= 2',
        note: `${largest.name} (${largest.workstations} workstations, ${largest.persons} persons): page of ${same.rows}; medians of ${pairs} alternating pairs`,
      }),
    );
  });

  // Sorted by room, a page of 1000 spreads over the locations; by name it would stay in one.
  const five = await statementCount(app.baseUrl, small.id, 'ROOM');
  const fifty = await statementCount(app.baseUrl, null, 'ROOM');
  const total = tenants.reduce((n, t) => n + t.locations, 0);
  rows.push(
    row({
      scenario: 'list-statements-5-locations',
      value: five.count,
      unit: 'statements',
      target: '<= 5',
      digits: 0,
      note: `${small.name} (${small.locations} locations): ${five.items} workstations from ${five.locations} locations`,
    }),
    row({
      scenario: 'list-statements-50-locations',
      value: fifty.count,
      unit: 'statements',
      target: '<= 5',
      digits: 0,
      note: `all tenants (${total} locations, provider-admin scope): ${fifty.items} workstations from ${fifty.locations} locations`,
    }),
    row({
      scenario: 'list-statements-constant',
      value: fifty.count - five.count,
      unit: 'statements (50 − 5)',
      target: '== 0',
      digits: 0,
      met: fifty.count === five.count,
    }),
  );
  return rows;
}

/** readinessBoard of the largest tenant vs one hand-written aggregate; statements at 5 and 50 locations. */
async function boardRows(app, url, tenants, largest, small) {
  const rows = [];
  await withClient(url, async (client) => {
    const same = await checkSameBoard(app.baseUrl, client, largest.id);
    const failing = Object.entries(same.failingLocations)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    log(
      `readinessBoard: API and raw SQL give the same numbers for ${same.locations} locations (${same.ready} ready; failing locations per criterion: ${failing})`,
    );
    const m = await measureBoard(app.baseUrl, client, largest.id, { pairs: boardPairs });
    log(`readiness-board API ms: ${fmt(m.api)}; raw SQL ms: ${fmt(m.raw)}`);
    const diff = m.apiMedian - m.rawMedian;
    const ratio = m.apiMedian / m.rawMedian;
    rows.push(
      row({
        scenario: 'readiness-board',
        value: m.apiMedian,
        unit: 'ms',
        baseline: m.rawMedian,
        target: '<= 2 or <= +5 ms',
        met: ratio <= 2 || diff <= 5,
        note: `${largest.name}: ${same.locations} locations, ${same.persons} persons (${same.confirmed} confirmed, ${same.changed} changed), ${same.ready} ready; API − raw = ${diff.toFixed(1)} ms; medians of ${boardPairs} alternating pairs`,
      }),
    );
  });
  const five = await boardStatementCount(app.baseUrl, small.id);
  const fifty = await boardStatementCount(app.baseUrl, null);
  const total = tenants.reduce((n, t) => n + t.locations, 0);
  rows.push(
    row({
      scenario: 'readiness-board-statements-5',
      value: five.count,
      unit: 'statements',
      target: '<= 5',
      digits: 0,
      note: `${small.name}: ${five.locations} locations on the board`,
    }),
    row({
      scenario: 'readiness-board-statements-50',
      value: fifty.count,
      unit: 'statements',
      target: '<= 5',
      digits: 0,
      note: `all tenants (${total} locations, provider-admin scope): ${fifty.locations} locations on the board`,
    }),
    row({
      scenario: 'readiness-board-statements-constant',
      value: fifty.count - five.count,
      unit: 'statements (50 − 5)',
      target: '== 0',
      digits: 0,
      met: fifty.count === five.count,
    }),
  );
  return rows;
}

/** Importing 100k persons and re-importing them, against COPY + upsert; RSS of the API meanwhile. */
async function importScenarios(maintenanceUrl) {
  const url = await createMigratedDatabase(maintenanceUrl, 'bench_import');
  let profileDir;
  const nodeArgs = [];
  if (args.includes('--import-cpu-prof')) {
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-bench-prof-'));
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  }
  const app = await startApp({ DATABASE_URL: url, SCHALTPLAN_DEMO_DATA: 'off' }, { nodeArgs });
  let m;
  try {
    m = await withClient(url, (owner) =>
      withClient(url, (raw) =>
        measureImports({
          app,
          owner,
          raw,
          signIn: (tenantIds) => signInBenchAccounts(app.baseUrl, owner, tenantIds),
          cookieOf: sessionCookie,
          pairs: importPairs,
          log,
        }),
      ),
    );
  } finally {
    await app.stop();
    if (profileDir) log(`CPU profile of the API: ${profileDir}`);
  }
  const phases = (p) =>
    Object.entries(p)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ');
  log(`import API ms: ${fmt(m.first.api)}; raw SQL ms: ${fmt(m.first.raw)}`);
  log(`import API median per step (ms): ${phases(m.first.phaseMedians)}`);
  log(`re-import API ms: ${fmt(m.again.api)}; raw SQL ms: ${fmt(m.again.raw)}`);
  log(`re-import API median per step (ms): ${phases(m.again.phaseMedians)}`);
  const growthMb = (m.rssPeakKb - m.rssBeforeKb) / 1024;
  log(
    `API RSS before the imports ${(m.rssBeforeKb / 1024).toFixed(0)} MB, peak ${(m.rssPeakKb / 1024).toFixed(0)} MB (${m.rssSamples} samples)`,
  );
  const file = `${IMPORT_ROWS / 1000}k rows, ${(m.fileBytes / 1024 / 1024).toFixed(1)} MB CSV, ${IMPORT_LOCATIONS} locations`;
  return [
    row({
      scenario: 'import-persons-100k',
      value: m.first.apiMedian,
      unit: 'ms',
      baseline: m.first.rawMedian,
      target: '<= 3',
      digits: 0,
      note: `${file}; new tenant per run; medians of ${importPairs} alternating pairs; API steps (median ms): ${phases(m.first.phaseMedians)}`,
    }),
    row({
      scenario: 'reimport-persons-100k',
      value: m.again.apiMedian,
      unit: 'ms',
      baseline: m.again.rawMedian,
      target: '<= 1.5',
      digits: 0,
      note: `the same file again, nothing changes; medians of ${importPairs} alternating pairs; API steps (median ms): ${phases(m.again.phaseMedians)}`,
    }),
    row({
      scenario: 'import-rss-growth',
      value: growthMb,
      unit: 'MB',
      target: '<= 200',
      note: `API process VmRSS sampled every 50 ms during all import runs: ${(m.rssBeforeKb / 1024).toFixed(0)} MB before, ${(m.rssPeakKb / 1024).toFixed(0)} MB peak`,
    }),
  ];
}

async function main() {
  if (!args.includes('--no-build')) build();
  const rows = [];
  log('starting a throw-away PostgreSQL for the bench');
  const db = await startCluster(() => undefined);
  try {
    if (!only || only === 'cold') {
      rows.push(await coldStartExternal(db.url));
      rows.push(await coldStartEmbedded());
    }
    if (!only || ['list', 'board', 'ticks'].includes(only)) {
      rows.push(
        ...(await scaleScenarios(db.url, {
          list: !only || only === 'list',
          board: !only || only === 'board',
          ticks: !only || only === 'ticks',
        })),
      );
    }
    if (!only || only === 'import') rows.push(...(await importScenarios(db.url)));
  } finally {
    await db.stop();
  }
  printTable(rows);
  const seconds = ((performance.now() - benchStarted) / 1000).toFixed(0);
  if (only) {
    // A partial run would drop the other scenarios' rows from the shared file.
    log(`--only=${only}: bench/results.json left as it is (${seconds} s in all)`);
    return;
  }
  const file = path.join(root, 'bench/results.json');
  writeResults(file, rows);
  log(`wrote ${path.relative(root, file)} (${seconds} s in all)`);
}

main().catch((error) => {
  console.error(`bench failed: ${error.stack ?? error}`);
  process.exit(1);
});
