// A steady stream of GraphQL reads plus a /health poller, each answer recorded with its time, for
// judging an outage afterwards.
import { performance } from 'node:perf_hooks';
import { sleep } from './session.mjs';

export const TRAFFIC_QUERY = `{ tenants(limit: 5) { totalCount items { id name } } }`;
const REQUEST_TIMEOUT_MS = 10_000;

/** An abort signal that fires after `ms` (the timer does not keep the process alive). */
function timeout(ms) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(Object.assign(new Error('timeout'), { name: 'TimeoutError' })), ms).unref();
  return controller.signal;
}

/** One GraphQL read; { ok, code } without throwing (a timeout or refused connection is a failure too). */
export async function readOnce(baseUrl, cookie) {
  try {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: TRAFFIC_QUERY }),
      signal: timeout(REQUEST_TIMEOUT_MS),
    });
    const body = await res.json().catch(() => ({}));
    const ok = res.status === 200 && !body.errors && Array.isArray(body.data?.tenants?.items);
    const message = ok ? null : String(body.errors?.[0]?.message ?? body.message ?? '').slice(0, 160);
    return { ok, code: ok ? null : (body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`), message };
  } catch (error) {
    return { ok: false, code: error.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK' };
  }
}

/**
 * `workers` loops of reads and one /health poll every `healthEveryMs`. stop() ends them and returns
 * { requests: [{ start, end, ok, code }], health: [{ at, status, liveUpdates }] } (performance.now() ms).
 */
export function startTraffic(baseUrl, cookie, { workers = 3, pauseMs = 10, healthEveryMs = 100 } = {}) {
  const requests = [];
  const health = [];
  let running = true;
  const worker = async () => {
    while (running) {
      const start = performance.now();
      const r = await readOnce(baseUrl, cookie);
      requests.push({ start, end: performance.now(), ...r });
      await sleep(pauseMs);
    }
  };
  const poller = async () => {
    while (running) {
      const at = performance.now();
      try {
        const res = await fetch(`${baseUrl}/health`, { signal: timeout(2_000) });
        const body = await res.json().catch(() => ({}));
        health.push({ at, status: res.status, liveUpdates: body.liveUpdates ?? null });
      } catch {
        health.push({ at, status: 0, liveUpdates: null });
      }
      await sleep(healthEveryMs);
    }
  };
  const all = Promise.all([...Array.from({ length: workers }, worker), poller()]);
  return {
    stop: async () => {
      running = false;
      await all;
      return { requests, health };
    },
  };
}

/**
 * What an outage between `downAt` (PostgreSQL stopping) and `upAt` (accepting again) looked like
 * from outside; all times in ms.
 */
export function judgeOutage({ requests, health }, { downAt, upAt }) {
  const first503 = health.find((h) => h.at >= downAt && h.status === 503);
  const healthBack = health.find((h) => h.at >= upAt && h.status === 200);
  const liveBack = health.find((h) => h.at >= upAt && h.status === 200 && h.liveUpdates === 'up');
  const recovered = requests.filter((r) => r.start >= upAt && r.ok).sort((a, b) => a.end - b.end)[0];
  const failedAfterRecovery = recovered ? requests.filter((r) => r.start >= recovered.end && !r.ok) : [];
  const failed = requests.filter((r) => !r.ok);
  const codes = {};
  const samples = {};
  for (const r of failed) {
    codes[r.code] = (codes[r.code] ?? 0) + 1;
    samples[r.code] ??= r.message;
  }
  return {
    requests: requests.length,
    failed: failed.length,
    failedCodes: codes,
    failedSamples: samples,
    failedAfterRecovery: failedAfterRecovery.length,
    health503Seen: Boolean(first503),
    healthOutageMs: first503 && healthBack ? healthBack.at - first503.at : null,
    healthBackMs: healthBack ? healthBack.at - upAt : null,
    liveBackMs: liveBack ? liveBack.at - upAt : null,
    recoveryMs: recovered ? recovered.end - upAt : null,
  };
}
