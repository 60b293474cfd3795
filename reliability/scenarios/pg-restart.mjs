// Stop and start PostgreSQL (same data folder, same port) under a steady stream of GraphQL reads.
// The API must come back on its own within 5 s, /health must report the outage, no pooled
// connection may stay broken, and the LISTEN connection (live updates) must reconnect.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadApi } from '../../bench/lib/api-modules.mjs';
import { startApp } from '../../bench/lib/app-process.mjs';
import { createMigratedDatabase, withClient } from '../../bench/lib/database.mjs';
import { readOnce, startTraffic, judgeOutage } from '../lib/traffic.mjs';
import { signIn, sleep } from '../lib/session.mjs';

export const name = 'pg-restart';

const OUTAGE_MS = 3_000;
const RECOVERY_LIMIT_MS = 5_000;
/** Parallel reads per round after recovery: twice the API's pool (10), so every connection serves. */
const BURST = 20;
const BURST_ROUNDS = 5;
/** What a read may answer while PostgreSQL is away: "try again", never a masked internal error. */
const CLEAR_CODES = new Set(['SERVICE_UNAVAILABLE', 'COMMIT_FAILED']);

export async function run({ reduced, log }) {
  const restarts = reduced ? 1 : 3;
  const failures = [];
  const rounds = [];
  const { embedded } = loadApi();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-reliability-pg-'));
  const clusterDir = path.join(dir, 'pg');
  const quiet = () => undefined;
  let cluster = await embedded.startEmbeddedCluster({ clusterDir, log: quiet, fast: true });
  const port = cluster.port;
  let app;
  try {
    const url = await createMigratedDatabase(cluster.url('postgres'), 'reliability_pg_restart');
    app = await startApp({ DATABASE_URL: url, SCHALTPLAN_DEMO_DATA: 'off', GRAPHQL_RATE_LIMIT: '0' });
    // The owner connection must be closed before PostgreSQL stops (its error would end this process).
    const admin = await withClient(url, (owner) => signIn(app.baseUrl, owner, { role: 'ADMIN', label: 'reader' }));
    log('database, account and API ready');
    for (let i = 1; i <= restarts; i++) {
      const traffic = startTraffic(app.baseUrl, admin.cookie);
      await sleep(1_500);
      const downAt = performance.now();
      await cluster.stop();
      await sleep(OUTAGE_MS);
      cluster = await embedded.startEmbeddedCluster({ clusterDir, log: quiet, fast: true, port });
      const upAt = performance.now();
      await sleep(RECOVERY_LIMIT_MS + 2_000);
      const outage = judgeOutage(await traffic.stop(), { downAt, upAt });
      const burst = await bursts(app.baseUrl, admin.cookie);
      rounds.push({ ...outage, burstFailed: burst.failed, pgDownMs: upAt - downAt });
      for (const [code, message] of Object.entries(outage.failedSamples)) log(`  a failed read (${code}): ${message}`);
      const problems = checkRound(outage, burst);
      for (const p of problems) failures.push(`restart ${i}: ${p}`);
      log(
        `restart ${i}/${restarts}: PostgreSQL down ${(upAt - downAt).toFixed(0)} ms; ${outage.requests} reads, ` +
          `${outage.failed} failed (${fmtCodes(outage.failedCodes)}); first read OK ${fmt(outage.recoveryMs)} after ` +
          `PostgreSQL was back; /health 503 for ${fmt(outage.healthOutageMs)}, 200 again ${fmt(outage.healthBackMs)} ` +
          `after; live updates back ${fmt(outage.liveBackMs)} after; ${BURST_ROUNDS}×${BURST} parallel reads after ` +
          `recovery: ${burst.failed} failed`,
      );
    }
  } finally {
    await app?.stop();
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const max = (key) => Math.max(...rounds.map((r) => r[key] ?? Infinity));
  const sum = (key) => rounds.reduce((n, r) => n + r[key], 0);
  return {
    figures: {
      restarts,
      'reads during the runs': sum('requests'),
      'failed reads (outage)': sum('failed'),
      'failed reads without a clear code': rounds.reduce(
        (n, r) => n + Object.entries(r.failedCodes).reduce((m, [c, k]) => m + (CLEAR_CODES.has(c) ? 0 : k), 0),
        0,
      ),
      'failed reads after recovery': sum('failedAfterRecovery') + sum('burstFailed'),
      'max ms PostgreSQL back → first read OK': round(max('recoveryMs')),
      'max ms /health reported 503': round(max('healthOutageMs')),
      'max ms PostgreSQL back → /health 200': round(max('healthBackMs')),
      'max ms PostgreSQL back → live updates up': round(max('liveBackMs')),
    },
    failures,
  };
}

function checkRound(o, burst) {
  const problems = [];
  if (o.recoveryMs === null || o.recoveryMs > RECOVERY_LIMIT_MS)
    problems.push(`reads not answered within ${RECOVERY_LIMIT_MS} ms of PostgreSQL being back (${fmt(o.recoveryMs)})`);
  if (o.failedAfterRecovery) problems.push(`${o.failedAfterRecovery} reads failed after the first good one`);
  if (!o.health503Seen) problems.push('/health never answered 503 while PostgreSQL was down');
  if (o.healthBackMs === null || o.healthBackMs > RECOVERY_LIMIT_MS)
    problems.push(`/health not 200 within ${RECOVERY_LIMIT_MS} ms of PostgreSQL being back (${fmt(o.healthBackMs)})`);
  if (o.liveBackMs === null || o.liveBackMs > RECOVERY_LIMIT_MS)
    problems.push(`live updates (LISTEN) not back within ${RECOVERY_LIMIT_MS} ms (${fmt(o.liveBackMs)})`);
  if (burst.failed)
    problems.push(`${burst.failed} of ${burst.total} parallel reads after recovery failed (${fmtCodes(burst.codes)})`);
  return problems;
}

/** Rounds of parallel reads: a connection left broken in the pool would fail one of them. */
async function bursts(baseUrl, cookie) {
  const codes = {};
  let failed = 0;
  for (let r = 0; r < BURST_ROUNDS; r++) {
    const answers = await Promise.all(Array.from({ length: BURST }, () => readOnce(baseUrl, cookie)));
    for (const a of answers.filter((x) => !x.ok)) {
      failed++;
      codes[a.code] = (codes[a.code] ?? 0) + 1;
    }
  }
  return { failed, total: BURST * BURST_ROUNDS, codes };
}

const round = (ms) => (Number.isFinite(ms) ? Math.round(ms) : 'never');
const fmt = (ms) => (ms === null ? 'never' : `${Math.round(ms)} ms`);
const fmtCodes = (codes) =>
  Object.entries(codes)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ') || 'none';
