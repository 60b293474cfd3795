// GraphQL input fuzzing against the API in production mode: every query and mutation of the
// schema with plausible arguments and with each argument broken in turn (signed in as admin and
// without a session), plus attacks on the endpoint itself. Expected: client errors only (HTTP
// 4xx or GraphQL errors with client codes), no leaks, introspection off, the process alive.
import { completeFigures, createJudge, request } from '../lib/fuzz-check.mjs';
import { bump, fuzzSeed, pool, prng, signIn, startFuzzApp, stopFuzzApp, watchHealth } from '../lib/fuzz-env.mjs';
import { endpointAttacks } from '../lib/fuzz-graphql-attacks.mjs';
import { argumentPaths, broken, operationFor, plausible, rootFields, setPath } from '../lib/fuzz-graphql-inputs.mjs';

export const name = 'fuzz-graphql';

/** Signs the fuzzing session out; only sent without a session. */
const SIGNED_IN_SKIP = new Set(['logout']);

/** Every generated request: one root field, its variables and whether it carries the session. */
function operationCases(seed, rounds) {
  const cases = [];
  for (let round = 0; round < rounds; round++) {
    const rng = prng((seed + round * 7919) >>> 0);
    for (const root of rootFields()) {
      const query = operationFor(root);
      const base = Object.fromEntries(root.field.args.map((a) => [a.name, plausible(a.type, rng, a.name)]));
      const add = (kind, variables) => {
        for (const signedIn of [true, false]) {
          if (signedIn && SIGNED_IN_SKIP.has(root.field.name)) continue;
          if (!signedIn && rng.bool(0.6)) continue;
          cases.push({ kind, op: root.field.name, query, variables, signedIn });
        }
      };
      add('plausible', base);
      for (const { path, type } of argumentPaths(root.field))
        for (const [kind, value] of broken(type, rng)) add(kind, setPath(base, path, value));
    }
  }
  return cases;
}

export async function run({ reduced, log, seed: seedOption }) {
  const seed = fuzzSeed({ seed: seedOption });
  const rounds = Number(process.env.FUZZ_ROUNDS ?? (reduced ? 1 : 4));
  const concurrency = Number(process.env.FUZZ_CONCURRENCY ?? 6);
  log(`fuzz-graphql: seed ${seed} (reproduce with --seed ${seed}), ${rounds} round(s)`);
  const figures = { seed };
  const { judge, fail, failures } = createJudge(figures);
  // Production: introspection off, suggestions hidden; demo accounts only because asked for.
  const env = await startFuzzApp({
    name: 'fuzz_graphql',
    log,
    env: { NODE_ENV: 'production', SCHALTPLAN_DEMO_DATA: 'on' },
  });
  const { app } = env;
  const health = watchHealth(app);
  const endpoint = `${app.baseUrl}/graphql`;
  try {
    let cookie = await signIn(app.baseUrl, 'admin@schaltplan.example');
    const cases = operationCases(seed, rounds);
    const operations = new Set(cases.map((c) => c.op));
    figures.operationsCovered = operations.size;
    figures.operationsInSchema = rootFields().length;
    const started = Date.now();
    await pool(cases.length, concurrency, async (i) => {
      const c = cases[i];
      const res = await request(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(c.signedIn ? { cookie } : {}) },
        body: JSON.stringify({ query: c.query, variables: c.variables }),
      });
      bump(figures, `requests_${c.kind}`);
      const json = judge(
        `case #${i} ${c.op} ${c.kind} ${c.signedIn ? 'signed in' : 'anonymous'}`,
        res.status,
        res.text,
      );
      if (json?.data && !json.errors) bump(figures, 'accepted');
      const codes = (json?.errors ?? []).map((e) => e.extensions?.code);
      if (c.signedIn && codes.includes('UNAUTHENTICATED')) {
        // Something ended the session (a password change, say): sign in again and go on.
        bump(figures, 'reSignIns');
        cookie = await signIn(app.baseUrl, 'admin@schaltplan.example');
      }
      if (/Did you mean/.test(res.text)) fail(`case #${i} ${c.op}: a suggestion reveals the schema`);
      if ((i + 1) % 1000 === 0)
        log(`  ${i + 1}/${cases.length} operation cases, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    });

    const rng = prng(seed ^ 0x5bd1e995);
    const attackRounds = reduced ? 2 : 6;
    const attacks = Array.from({ length: attackRounds }, () => endpointAttacks(rng)).flat();
    await pool(attacks.length, Math.min(concurrency, 3), async (i) => {
      const [kind, spec] = attacks[i];
      const signedIn = i % 2 === 0;
      const res = await request(`${endpoint}${spec.query ?? ''}`, {
        method: spec.method ?? 'POST',
        headers: { ...spec.headers, ...(signedIn ? { cookie } : {}) },
        body: spec.body,
      });
      bump(figures, `attacks_${kind}`);
      const json = judge(`attack ${kind}`, res.status, res.text);
      if (kind.startsWith('introspection') && json?.data && (json.data.__schema || json.data.__type))
        fail(`attack ${kind}: introspection answered in production`);
      if (/Did you mean/.test(res.text)) fail(`attack ${kind}: a suggestion reveals the schema`);
      if (
        res.status === 200 &&
        !json?.errors &&
        !['manyVariables', 'typenameAliases'].includes(kind) &&
        kind !== 'contentTypeGraphql'
      )
        bump(figures, `attackAccepted_${kind}`);
    });
    figures.seconds = Math.round((Date.now() - started) / 1000);
  } finally {
    await stopFuzzApp({ env, app, health, figures, fail });
  }
  completeFigures(figures);
  return { figures, failures };
}
