// What both fuzz scenarios share: a seeded PRNG, a throw-away database with the demo data, the
// API as its own process (watched: alive, /health 200), signing in, and the leak check.
import { createMigratedDatabase, startCluster } from '../../bench/lib/database.mjs';
import { signInCookie, startApp } from '../../bench/lib/app-process.mjs';

/** The seed: options.seed, else `--seed N` / `--seed=N` on the command line, else FUZZ_SEED, else random. */
export function fuzzSeed(options = {}) {
  const argv = process.argv;
  const i = argv.findIndex((a) => a === '--seed' || a.startsWith('--seed='));
  const fromArgv = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const raw = options.seed ?? fromArgv ?? process.env.FUZZ_SEED;
  if (raw === undefined || raw === '') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${raw}"`);
  return seed >>> 0;
}

/** mulberry32: small, fast and the same on every machine, so a seed reproduces a run. */
export function prng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    bool: (p = 0.5) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    bytes: (n) => {
      const buf = Buffer.allocUnsafe(n);
      for (let k = 0; k < n; k++) buf[k] = Math.floor(next() * 256);
      return buf;
    },
    /** A child generator: one per file/request, so concurrency does not change what is generated. */
    fork: () => prng(Math.floor(next() * 2 ** 32)),
  };
}

/**
 * Stack frames, file paths, SQL and driver messages, JavaScript error names: none of these may
 * reach a client. The fuzz inputs never contain these words, so a hit is the API's own text.
 */
const LEAKS = [
  [/\bat [\w$.<>]+ \(|\bat (?:async )?\/[\w/.-]+:\d+/, 'stack trace'],
  [/\/(?:work|home|usr|app|tmp)\/[\w.-]+\/|node_modules|\bdist\/|\.(?:ts|js|mjs):\d+/, 'file path'],
  [/\b(?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|\bWHERE\b.*\$\d|syntax error at or near/, 'SQL text'],
  [/violates|duplicate key|relation "|column "|QueryFailedError|invalid input syntax for/, 'database message'],
  [/\b(?:TypeError|ReferenceError|RangeError|SyntaxError: Unexpected|Cannot read propert)/, 'JavaScript error'],
  [/INTERNAL_SERVER_ERROR|Internal server error/i, 'internal error'],
];

/** The first leak in a response body, or null. */
export function leakIn(text) {
  for (const [pattern, what] of LEAKS) {
    const m = pattern.exec(text);
    if (m) return `${what}: …${text.slice(Math.max(0, m.index - 60), m.index + 80)}…`;
  }
  return null;
}

/**
 * A fresh database on its own embedded cluster, migrated, the API started on it (demo data and
 * accounts load at its start). The rate limit is off: the fuzzer sends far more than a user.
 */
export async function startFuzzApp({ name, log, env = {} }) {
  const cluster = await startCluster(log);
  let app;
  try {
    const url = await createMigratedDatabase(cluster.url, name);
    app = await startApp({ DATABASE_URL: url, GRAPHQL_RATE_LIMIT: '0', ...env });
    return {
      app,
      url,
      async stop() {
        await app.stop();
        await cluster.stop();
      },
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

/** Signs in with the GraphQL login mutation; returns the Cookie header. */
export const signIn = (baseUrl, email, password = 'Schaltplan-Demo!') => signInCookie(baseUrl, email, password);

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Asks /health every intervalMs while the fuzzer runs. stop() returns how often it answered
 * 200, how often not, and whether the process died.
 */
export function watchHealth(app, intervalMs = 1000) {
  const figures = { healthChecks: 0, healthFailures: 0, crashed: false, firstProblem: null };
  const check = async () => {
    if (!alive(app.pid)) {
      figures.crashed = true;
      return;
    }
    figures.healthChecks++;
    try {
      const res = await fetch(`${app.baseUrl}/health`, { signal: globalThis.AbortSignal.timeout(10_000) });
      await res.text();
      if (res.status !== 200) throw new Error(`status ${res.status}`);
    } catch (error) {
      figures.healthFailures++;
      figures.firstProblem ??= String(error.message ?? error);
    }
  };
  let running = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(check);
  }, intervalMs);
  return {
    isAlive: () => alive(app.pid),
    async stop() {
      clearInterval(timer);
      await running;
      await check();
      return figures;
    },
  };
}

/** Runs `task(i)` for i in [0, count) with at most `concurrency` at a time. */
export async function pool(count, concurrency, task) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** Increments figures[key] (creating it). */
export const bump = (figures, key, by = 1) => {
  figures[key] = (figures[key] ?? 0) + by;
};

/** Ends a fuzz run: /health figures in, a crash or failed health checks as failures, app and database stopped. */
export async function stopFuzzApp({ env, app, health, figures, fail }) {
  Object.assign(figures, await health.stop());
  if (figures.crashed) fail(`the API process died; last output:\n${app.output.slice(-15).join('\n')}`);
  if (figures.healthFailures) fail(`/health failed ${figures.healthFailures} times: ${figures.firstProblem}`);
  await env.stop();
}
