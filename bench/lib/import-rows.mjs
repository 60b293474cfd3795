// Result rows of the import scenarios: 100k persons imported and re-imported, against COPY + upsert.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp } from './app-process.mjs';
import { createMigratedDatabase, withClient } from './database.mjs';
import { IMPORT_LOCATIONS, IMPORT_ROWS, measureImports } from './import-persons.mjs';
import { sessionCookie, signInBenchAccounts } from './list-workstations.mjs';
import { fmt } from './options.mjs';
import { row } from './report.mjs';

/** Importing 100k persons and re-importing them, against COPY + upsert; RSS of the API meanwhile. */
export async function importRows(maintenanceUrl, opts, log) {
  const url = await createMigratedDatabase(maintenanceUrl, 'bench_import');
  const profileDir = opts.importCpuProf ? fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-bench-prof-')) : null;
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  // Progress is polled every 20 ms from one address: more than the per-address rate limit allows.
  const app = await startApp({ DATABASE_URL: url, SCHALTPLAN_DEMO_DATA: 'off', GRAPHQL_RATE_LIMIT: '0' }, { nodeArgs });
  const pairs = opts.importPairs;
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
          pairs,
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
      pairs: m.first,
      target: '<= 3',
      digits: 0,
      note: `${file}; new tenant per run; medians of ${pairs} alternating pairs; API steps (median ms): ${phases(m.first.phaseMedians)}`,
    }),
    row({
      scenario: 'reimport-persons-100k',
      value: m.again.apiMedian,
      unit: 'ms',
      baseline: m.again.rawMedian,
      pairs: m.again,
      target: '<= 1.5',
      digits: 0,
      note: `the same file again, nothing changes; medians of ${pairs} alternating pairs; API steps (median ms): ${phases(m.again.phaseMedians)}`,
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
