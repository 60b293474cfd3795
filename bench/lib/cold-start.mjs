// cold-start and cold-start-embedded-fresh: process start of the built API until its first answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp } from './app-process.mjs';
import { createMigratedDatabase } from './database.mjs';
import { fmt } from './options.mjs';
import { median, row } from './report.mjs';

const COLD_START_RUNS = 3;

/** Process start → first `{ __typename }` answer against an already-migrated, empty database. */
async function coldStartExternal(maintenanceUrl, log) {
  const url = await createMigratedDatabase(maintenanceUrl, 'bench_cold');
  const times = [];
  for (let i = 0; i < COLD_START_RUNS; i++) {
    const app = await startApp({ DATABASE_URL: url, SCHALTPLAN_DEMO_DATA: 'off' });
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
async function coldStartEmbedded(log) {
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

export async function coldStartRows(maintenanceUrl, log) {
  return [await coldStartExternal(maintenanceUrl, log), await coldStartEmbedded(log)];
}
