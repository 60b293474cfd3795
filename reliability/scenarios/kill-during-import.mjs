// SIGKILL the API at a random moment of a committing persons import, restart it, and check that
// nothing of the run was kept, that the run reads as failed, and that a retry of the same file
// brings exactly the expected rows.
import { performance } from 'node:perf_hooks';
import { startApp } from '../../bench/lib/app-process.mjs';
import { createMigratedDatabase, startCluster, withClient } from '../../bench/lib/database.mjs';
import { createImportTenants, generatePersonsCsv } from '../../bench/lib/import-persons.mjs';
import { RUNS_QUERY, startRun, trackedImport, upload, waitForRun } from '../lib/import-driver.mjs';
import { asOwner, gqlOk, signIn, sleep } from '../lib/session.mjs';

export const name = 'kill-during-import';

const ENV = { SCHALTPLAN_DEMO_DATA: 'off', GRAPHQL_RATE_LIMIT: '0' };
/** How long a killed run may take to read as failed after the restart (the API's rule is 15 s). */
const FAILED_WITHIN_MS = 30_000;

export async function run({ reduced, log }) {
  const kills = reduced ? 3 : 20;
  const rows = reduced ? 5_000 : 10_000;
  const failures = [];
  const phases = {};
  const stats = { committedBeforeKill: 0, lostRows: 0, partialRows: 0, orphanMsMax: 0, failedMsMax: 0 };
  const db = await startCluster(() => undefined);
  try {
    const url = await createMigratedDatabase(db.url, 'reliability_kill_import');
    await withClient(url, async (owner) => {
      const file = generatePersonsCsv(rows);
      const env = { ...ENV, DATABASE_URL: url };
      let app = await startApp(env);
      try {
        const [calibrationTenant] = await createImportTenants(owner, 1, 'reliability calibration');
        const user = await signIn(app.baseUrl, owner, { role: 'ADMIN', label: 'importer' });
        // An undisturbed run first: it sets the span the kills are spread over.
        const started = performance.now();
        const calibration = trackedImport(app.baseUrl, user.cookie, calibrationTenant, file);
        await calibration.done;
        // Later runs are faster than the first (warm JIT and caches): the span follows the recent ones.
        const spans = [performance.now() - started];
        if (calibration.error || calibration.run?.status !== 'SUCCEEDED' || calibration.run.counts.created !== rows)
          throw new Error(`calibration import failed: ${calibration.error ?? JSON.stringify(calibration.run)}`);
        log(`calibration: ${rows} persons imported in ${spans[0].toFixed(0)} ms; ${kills} kills follow`);

        for (let i = 1; i <= kills; i++) {
          const [tenantId] = await createImportTenants(owner, 1, `reliability kill ${i}`);
          const delay = 0.9 * Math.random() * Math.min(...spans.slice(-3));
          const attempt = trackedImport(app.baseUrl, user.cookie, tenantId, file);
          await sleep(delay);
          const phase = attempt.phase;
          process.kill(app.pid, 'SIGKILL');
          const { rows: killed } = await owner.query('SELECT clock_timestamp() AS at');
          await app.stop();
          await attempt.done;
          phases[phase] = (phases[phase] ?? 0) + 1;
          app = await startApp(env);
          const result = await afterKill({
            app,
            owner,
            cookie: user.cookie,
            tenantId,
            file,
            rows,
            killedAt: killed[0].at,
          });
          spans.push(result.retryMs);
          stats.orphanMsMax = Math.max(stats.orphanMsMax, result.orphanMs);
          stats.failedMsMax = Math.max(stats.failedMsMax, result.failedMs ?? 0);
          if (result.committed) stats.committedBeforeKill++;
          stats.partialRows += result.partialRows;
          stats.lostRows += result.lostRows;
          for (const f of result.failures) failures.push(`kill ${i} (${phase}, ${delay.toFixed(0)} ms): ${f}`);
          log(
            `kill ${i}/${kills} at ${delay.toFixed(0)} ms in ${phase}; API back after ${app.readyMs.toFixed(0)} ms, ` +
              `orphan gone after ${result.orphanMs} ms, ` +
              `${result.committed ? 'run had committed' : `run FAILED after ${result.failedMs} ms`}, ` +
              `retry ${result.retry}${result.failures.length ? ` — ${result.failures.length} problem(s)` : ''}`,
          );
        }
      } finally {
        await app.stop();
      }
    });
  } finally {
    await db.stop();
  }
  return {
    figures: {
      kills,
      'rows per file': rows,
      'kills per phase': Object.entries(phases)
        .map(([p, n]) => `${p} ${n}`)
        .join(', '),
      'committed before kill': stats.committedBeforeKill,
      'partial rows': stats.partialRows,
      'lost rows': stats.lostRows,
      'max ms until orphan tx gone': stats.orphanMsMax,
      'max ms until run reads FAILED': stats.failedMsMax,
    },
    failures,
  };
}

/** The checks after one kill and restart; returns what was found. */
async function afterKill({ app, owner, cookie, tenantId, file, rows, killedAt }) {
  const failures = [];
  const restarted = performance.now();
  // The dead process's backends end once PostgreSQL notices the closed socket (after a running statement).
  const orphanMs = await waitUntil(async () => {
    const { rows: r } = await owner.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()
         AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND backend_start < $1`,
      [killedAt],
    );
    return r[0].n === 0;
  }, 60_000);
  if (orphanMs === null) failures.push('backends of the killed API still there after 60 s');
  const db = await asOwner(owner, async (c) => {
    const { rows: r } = await c.query(
      `SELECT (SELECT count(*)::int FROM person WHERE tenant_id = $1) AS persons,
         (SELECT count(*)::int FROM audit_entry WHERE tenant_id = $1) AS audits,
         (SELECT count(*)::int FROM pg_class WHERE relname = 'import_stage') AS stages,
         (SELECT count(*)::int FROM import_file WHERE tenant_id = $1 AND NOT complete) AS incomplete_files,
         (SELECT json_agg(json_build_object('id', id, 'status', status)) FROM import_run WHERE tenant_id = $1) AS runs,
         (SELECT id FROM import_file WHERE tenant_id = $1 AND complete LIMIT 1) AS file_id`,
      [tenantId],
    );
    return r[0];
  });
  const runs = db.runs ?? [];
  const committed = runs.some((r) => r.status === 'SUCCEEDED');
  const partialRows = db.persons !== 0 && db.persons !== rows ? db.persons : 0;
  if (partialRows) failures.push(`${db.persons} persons after the kill (expected 0 or ${rows})`);
  if (!committed && db.persons) failures.push(`${db.persons} persons kept of a run that did not commit`);
  if (!committed && db.audits) failures.push(`${db.audits} audit entries kept of a run that did not commit`);
  if (db.stages) failures.push(`${db.stages} staging tables left over`);
  if (db.incomplete_files) failures.push(`${db.incomplete_files} incomplete uploads left over`);

  // As the user sees it: every run of the tenant ends FAILED (or SUCCEEDED when the commit won the race).
  let failedMs = null;
  const retryStarted = performance.now();
  const retry = (async () => {
    const fileId = db.file_id ?? (await upload(app.baseUrl, cookie, tenantId, file));
    const runId = await startRun(app.baseUrl, cookie, fileId);
    return waitForRun(app.baseUrl, cookie, runId);
  })();
  const statuses = (async () => {
    failedMs = await waitUntil(async () => {
      const data = await gqlOk(app.baseUrl, RUNS_QUERY, { tenantId }, cookie);
      const old = data.importRuns.items.filter((r) => runs.some((k) => k.id === r.id));
      return old.every((r) => r.status !== 'RUNNING');
    }, FAILED_WITHIN_MS);
    const data = await gqlOk(app.baseUrl, RUNS_QUERY, { tenantId }, cookie);
    for (const r of data.importRuns.items.filter((x) => runs.some((k) => k.id === x.id))) {
      if (r.status === 'RUNNING') failures.push(`run ${r.id} still RUNNING ${FAILED_WITHIN_MS} ms after the restart`);
      else if (r.status === 'FAILED' && r.failure?.code !== 'ABANDONED')
        failures.push(`run ${r.id} FAILED with ${r.failure?.code}, expected ABANDONED`);
    }
    if (failedMs !== null) failedMs = Math.round(performance.now() - restarted);
  })();
  const [retried] = await Promise.all([retry, statuses]);
  const retryMs = performance.now() - retryStarted;
  const after = await asOwner(owner, async (c) => {
    const { rows: r } = await c.query(
      `SELECT (SELECT count(*)::int FROM person WHERE tenant_id = $1) AS persons,
         (SELECT count(*)::int FROM person WHERE tenant_id = $1 AND location_id IS NULL) AS homeless`,
      [tenantId],
    );
    return r[0];
  });
  const expected = committed ? { unchanged: rows } : { created: rows };
  const [key, n] = Object.entries(expected)[0];
  if (retried.status !== 'SUCCEEDED' || retried.counts[key] !== n)
    failures.push(`retry ${retried.status} ${JSON.stringify(retried.counts)}; expected ${key} ${n}`);
  if (after.persons !== rows) failures.push(`${after.persons} persons after the retry, expected ${rows}`);
  if (after.homeless) failures.push(`${after.homeless} persons without their location after the retry`);
  return {
    failures,
    orphanMs: orphanMs ?? -1,
    failedMs: committed ? null : failedMs,
    committed,
    partialRows,
    lostRows: Math.max(0, rows - after.persons),
    retry: `${retried.status} (${key} ${retried.counts[key]})`,
    retryMs,
  };
}

/** Polls `test` every 100 ms; the ms it took, or null after `timeoutMs`. */
async function waitUntil(test, timeoutMs) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await test()) return Math.round(performance.now() - started);
    await sleep(100);
  }
  return null;
}
