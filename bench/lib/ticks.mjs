// The cutover night at load: 200 technicians tick their own workstations' checklists at once,
// through the GraphQL API and, as the baseline, as the same transaction straight on PostgreSQL.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pg, tickSql } from './api-modules.mjs';
import { median } from './list-workstations.mjs';

export const TECHNICIANS = 200;
/**
 * The raw clients' pool: by default as many connections as the API's pool (10), so both sides put
 * the same concurrency on PostgreSQL and the ratio is the API's own cost. More connections made
 * the raw side slower on 2 cores (lock and CPU contention); at most 180 fit beside the API (the
 * cluster allows 200).
 */
export const RAW_POOL = 10;
export const MAX_RAW_POOL = 180;

export const TICK_MUTATION = `mutation BenchTick($input: TickChecklistStepInput!) {
  tickChecklistStep(input: $input) { id cutoverStatus }
}`;

const OWNER_SCOPE = `SELECT set_config('app.all_tenants', 'on', true)`;
// BEGIN and the scope the API sets for a technician, in one simple-protocol query as
// request-context.ts sends them, so RLS does the same work on both sides in as many round trips.
const beginTechnician = (plan, technician) => {
  const [tenants, account, locations] = [`{${plan.tenantId}}`, technician.id, `{${plan.locations.join(',')}}`].map(
    pg.escapeLiteral,
  );
  return `BEGIN; SELECT set_config('role', 'schaltplan_app', true), set_config('app.all_tenants', 'off', true),
  set_config('app.tenant_ids', ${tenants}, true), set_config('app.account_id', ${account}, true),
  set_config('app.location_ids', ${locations}, true)`;
};

// cutover-locks.ts lockStep().
const LOCK_STEP_SQL = `SELECT s.id AS step_id, s.label AS step_label, s.needs_evidence AS step_needs_evidence, w.*
  FROM checklist_step s JOIN workstation w ON w.tenant_id = s.tenant_id AND w.id = s.workstation_id
  WHERE s.id = $1 FOR UPDATE OF w`;

/**
 * Untimed, as the owner: today's wave (Europe/Berlin, window 18:00–02:00) for enough locations of
 * <tenantId> — the triggers materialise their checklists — then `rounds` sets of 200 untouched
 * workstations (one per technician and round), and 200 technician accounts assigned to those
 * locations, each with a session inserted directly (200 sign-ins would only measure argon2).
 */
export async function seedTicks(owner, tenantId, rounds) {
  const needed = rounds * TECHNICIANS;
  await owner.query('BEGIN');
  try {
    await owner.query(OWNER_SCOPE);
    const { rows: locations } = await owner.query(
      `SELECT l.id, count(w.id)::int AS workstations FROM location l
       JOIN workstation w ON w.tenant_id = l.tenant_id AND w.location_id = l.id AND w.cutover_status = 'PLANNED'
       WHERE l.tenant_id = $1 GROUP BY l.id ORDER BY count(w.id) DESC, l.id`,
      [tenantId],
    );
    const chosen = [];
    for (let sum = 0, i = 0; sum < needed && i < locations.length; i++) {
      chosen.push(locations[i].id);
      sum += locations[i].workstations;
    }
    await owner.query(
      `UPDATE location SET cutover_date = (now() AT TIME ZONE 'Europe/Berlin')::date,
         cutover_window_start = '18:00', cutover_window_end = '02:00'
       WHERE id = ANY($1::uuid[])`,
      [chosen],
    );
    const { rows: workstations } = await owner.query(
      `SELECT w.id, json_agg(json_build_object('id', s.id, 'evidence', s.needs_evidence) ORDER BY s.position) AS steps
       FROM workstation w JOIN checklist_step s ON s.tenant_id = w.tenant_id AND s.workstation_id = w.id
       WHERE w.tenant_id = $1 AND w.location_id = ANY($2::uuid[]) AND w.cutover_status = 'PLANNED'
       GROUP BY w.id HAVING count(*) FILTER (WHERE s.done_at IS NOT NULL) = 0
       ORDER BY w.id LIMIT $3`,
      [tenantId, chosen, needed],
    );
    if (workstations.length < needed) throw new Error(`only ${workstations.length} of ${needed} workstations`);
    const technicians = [];
    const stamp = Date.now();
    for (let i = 0; i < TECHNICIANS; i++) {
      const name = `Bench Technik ${i + 1}`;
      const { rows } = await owner.query(
        `INSERT INTO account (email, display_name, role) VALUES ($1, $2, 'TECHNICIAN') RETURNING id`,
        [`bench-technik-${i + 1}-${stamp}@bench.example`, name],
      );
      const id = rows[0].id;
      await owner.query(
        `INSERT INTO account_location (account_id, tenant_id, location_id) SELECT $1, $2, unnest($3::uuid[])`,
        [id, tenantId, chosen],
      );
      const token = randomBytes(32).toString('base64url');
      await owner.query(
        `INSERT INTO session (id, account_id, expires_at) VALUES ($1, $2, now() + interval '12 hours')`,
        [createHash('sha256').update(token).digest(), id],
      );
      technicians.push({ id, name, cookie: `schaltplan_session=${token}` });
    }
    await owner.query('COMMIT');
    await owner.query('ANALYZE location, workstation, checklist_step, account_location');
    return {
      tenantId,
      locations: chosen,
      technicians,
      // rounds[r][i]: technician i's workstation in round r.
      rounds: Array.from({ length: rounds }, (_, r) => workstations.slice(r * TECHNICIANS, (r + 1) * TECHNICIANS)),
    };
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}

const evidenceOf = (step) => (step.evidence ? `NW-${step.id.slice(0, 8)}` : null);

async function apiTick(baseUrl, technician, op) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: technician.cookie },
    body: JSON.stringify({ query: TICK_MUTATION, variables: { input: op } }),
  });
  const body = await res.json();
  if (!res.ok || body.errors || !body.data?.tickChecklistStep)
    throw new Error(`tick ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
}

/*
 * The service's transaction (cutover-work.service.ts tick()) as plain statements: the step with
 * its workstation locked (one statement, `FOR UPDATE OF w`), then every write in one statement,
 * the very SQL the service sends (cutover-tick.sql.ts): the operation id (a replay changes
 * nothing), the step ticked, the audit entry, and on the first tick the move to PREPARED,
 * audited. The audit JSON is built here as the service builds it.
 */
async function rawTick(pool, plan, technician, op) {
  const client = await pool.connect();
  try {
    await client.query(beginTechnician(plan, technician));
    const { rows: locked } = await client.query(LOCK_STEP_SQL, [op.stepId]);
    const ws = locked[0];
    const evidence = op.evidence?.trim() || null;
    const changes = { step: { old: null, new: ws.step_label } };
    if (evidence) changes.evidence = { old: null, new: evidence };
    const status = { cutoverStatus: { old: ws.cutover_status, new: 'PREPARED' } };
    if (ws.cutover_status_reason !== null) status.cutoverStatusReason = { old: ws.cutover_status_reason, new: null };
    const allowed =
      ['PLANNED', 'PREPARED'].includes(ws.cutover_status) && (!ws.step_needs_evidence || evidence !== null);
    await client.query(tickSql().TICK_SQL, [
      ws.tenant_id,
      op.opId,
      technician.id,
      ws.id,
      technician.name,
      evidence,
      ws.step_id,
      allowed,
      ws.name,
      JSON.stringify(changes),
      JSON.stringify({ opId: op.opId, stepId: ws.step_id, locationId: ws.location_id }),
      JSON.stringify(status),
      JSON.stringify({ opId: op.opId, locationId: ws.location_id }),
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * One round: every technician ticks all steps of their workstation, one after another (as on the
 * tablet), all 200 at once. Returns wall time, per-tick latencies, failures and the operations.
 */
async function round(plan, r, tick) {
  const latencies = [];
  const failures = [];
  const ops = [];
  const started = performance.now();
  await Promise.all(
    plan.technicians.map(async (technician, i) => {
      for (const step of plan.rounds[r][i].steps) {
        const op = { opId: randomUUID(), stepId: step.id, evidence: evidenceOf(step) };
        const t0 = performance.now();
        try {
          await tick(technician, op);
          ops.push({ technician, op });
        } catch (error) {
          failures.push(String(error.message ?? error));
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const ms = performance.now() - started;
  return { ms, ticks: latencies.length, latencies, failures, ops };
}

/** Replays: one applied operation per technician, sent twice at once; none may count again. */
async function replay(ops, tick) {
  const failures = [];
  const picks = ops.filter((_, i) => i % 7 === 3);
  await Promise.all(
    picks.flatMap(({ technician, op }) =>
      [0, 1].map(() => tick(technician, op).catch((e) => failures.push(String(e)))),
    ),
  );
  return { replays: picks.length * 2, failures };
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Done steps, TICK audit entries and TICK operations of the given workstations (as owner). */
async function tickCounts(owner, workstationIds) {
  await owner.query('BEGIN');
  await owner.query(OWNER_SCOPE);
  const { rows } = await owner.query(
    `SELECT
       (SELECT count(*)::int FROM checklist_step WHERE workstation_id = ANY($1::uuid[]) AND done_at IS NOT NULL) AS done,
       (SELECT count(*)::int FROM audit_entry WHERE object_id = ANY($1::uuid[]) AND action = 'TICK') AS audited,
       (SELECT count(*)::int FROM cutover_operation WHERE workstation_id = ANY($1::uuid[]) AND kind = 'TICK') AS ops,
       (SELECT count(*)::int FROM checklist_step WHERE workstation_id = ANY($1::uuid[])) AS steps`,
    [workstationIds],
  );
  await owner.query('COMMIT');
  return rows[0];
}

/**
 * Warm-up round per side, then `pairs` alternating API/raw rounds; then the replays; then the
 * final count per side: every step of every ticked workstation done exactly once, audited once.
 */
export async function measureTicks({ baseUrl, url, owner, plan, pairs, rawPool, log }) {
  const pool = new pg.Pool({ connectionString: url, max: rawPool });
  const apiSide = { rounds: [], workstations: [], ops: [], failures: [] };
  const rawSide = { rounds: [], workstations: [], ops: [], failures: [] };
  const apiTickOf = (technician, op) => apiTick(baseUrl, technician, op);
  const rawTickOf = (technician, op) => rawTick(pool, plan, technician, op);
  let next = 0;
  const run = async (side, tick, timed) => {
    const r = next++;
    const result = await round(plan, r, tick);
    side.workstations.push(...plan.rounds[r].map((w) => w.id));
    side.ops.push(...result.ops);
    side.failures.push(...result.failures);
    if (timed) side.rounds.push(result);
    return result;
  };
  try {
    // Open the raw pool's connections before timing, as the API's pool is open already.
    await Promise.all(Array.from({ length: rawPool }, () => pool.connect())).then((cs) => cs.map((c) => c.release()));
    await run(apiSide, apiTickOf, false);
    await run(rawSide, rawTickOf, false);
    for (let i = 0; i < pairs; i++) {
      const order = i % 2 === 0 ? [apiSide, rawSide] : [rawSide, apiSide];
      for (const side of order) {
        const result = await run(side, side === apiSide ? apiTickOf : rawTickOf, true);
        log(
          `ticks ${side === apiSide ? 'API' : 'raw'}: ${result.ticks} in ${result.ms.toFixed(0)} ms (${((result.ticks / result.ms) * 1000).toFixed(0)}/s)`,
        );
      }
    }
    const apiReplay = await replay(apiSide.ops, apiTickOf);
    const rawReplay = await replay(rawSide.ops, rawTickOf);
    apiSide.failures.push(...apiReplay.failures);
    rawSide.failures.push(...rawReplay.failures);
    const summarise = async (side, replayed) => {
      const counts = await tickCounts(owner, side.workstations);
      const rates = side.rounds.map((x) => (x.ticks / x.ms) * 1000);
      return {
        rates,
        tps: median(rates),
        p95: percentile(
          side.rounds.flatMap((x) => x.latencies),
          95,
        ),
        ticks: side.ops.length,
        workstations: side.workstations.length,
        replays: replayed.replays,
        failures: side.failures,
        ...counts,
        // Every step of every ticked workstation done once, with one TICK entry and one operation.
        lost: counts.steps - counts.done,
        duplicated: Math.max(0, counts.audited - counts.done) + Math.max(0, counts.ops - counts.done),
      };
    };
    return { api: await summarise(apiSide, apiReplay), raw: await summarise(rawSide, rawReplay) };
  } finally {
    await pool.end();
  }
}
