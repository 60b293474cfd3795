#!/usr/bin/env node
// `npm run bench`: builds the API, runs the scenarios described in bench/README.md, prints a table
// and writes bench/results.json. A missed target is reported as MISSED; the exit code stays 0
// unless the bench itself fails. Options: --no-build, --pairs=N (list-workstations, default 7).
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
import {
  checkSameRows,
  measureList,
  median,
  signInBenchAccounts,
  statementCount,
} from '../bench/lib/list-workstations.mjs';
import { printTable, row, writeResults } from '../bench/lib/report.mjs';

const args = process.argv.slice(2);
const pairs = Number(args.find((a) => a.startsWith('--pairs='))?.split('=')[1] ?? 7);
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

async function listScenarios(maintenanceUrl) {
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

  const app = await startApp({
    DATABASE_URL: url,
    SCHALTPLAN_DEMO_DATA: 'off',
  });
  try {
    await withClient(url, async (client) => {
      await signInBenchAccounts(app.baseUrl, client, [largest.id, small.id, null]);
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
  } finally {
    await app.stop();
  }
  return rows;
}

async function main() {
  if (!args.includes('--no-build')) build();
  const rows = [];
  log('starting a throw-away PostgreSQL for the bench');
  const db = await startCluster(() => undefined);
  try {
    rows.push(await coldStartExternal(db.url));
    rows.push(await coldStartEmbedded());
    rows.push(...(await listScenarios(db.url)));
  } finally {
    await db.stop();
  }
  printTable(rows);
  const file = path.join(root, 'bench/results.json');
  writeResults(file, rows);
  log(`wrote ${path.relative(root, file)} (${((performance.now() - benchStarted) / 1000).toFixed(0)} s in all)`);
}

main().catch((error) => {
  console.error(`bench failed: ${error.stack ?? error}`);
  process.exit(1);
});
