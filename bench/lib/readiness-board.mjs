// The readiness board at benchmark scale: the GraphQL `readinessBoard` query against one
// hand-written SQL aggregate that computes the same per-location numbers.
import { performance } from 'node:perf_hooks';
import { graphql } from './app-process.mjs';
import { median, SCOPE_SQL, sessionCookie } from './list-workstations.mjs';

/** All the fields the web board asks for (web/src/features/plan/readiness-board.graphql). */
export const BOARD_QUERY = `query BenchReadinessBoard($tenantId: ID) {
  readinessBoard(tenantId: $tenantId) {
    locationId locationName tenantId tenantName
    cutoverDate cutoverWindowStart cutoverWindowEnd
    technicianCount workstationCount
    confirmations { total confirmed changed rejected open }
    testRuns { used ready untested failed withDefects awaitingSignOff }
    openBlockers ready
    criteria { criterion met failingCount }
  }
}`;

/** The gate's criteria in the order the API lists them. */
const CRITERIA = [
  'PERSONS_CONFIRMED',
  'FACHVERFAHREN_TESTED',
  'PRINTERS_HAVE_QUEUE',
  'WORKSTATIONS_SCHEDULED',
  'NO_OPEN_BLOCKERS',
];

/*
 * What an engineer would write by hand for the same numbers of one tenant ($1): the state of each
 * person (confirmation) and each Fachverfahren (its latest test run, via LATERAL … LIMIT 1), counted
 * per location, plus the simple counts; the gate's failing counts computed in SQL.
 */
export const RAW_SQL = `
WITH person_state AS (
  SELECT p.location_id,
    CASE WHEN c.person_id IS NULL THEN 'OPEN' WHEN c.changed_at IS NOT NULL THEN 'CHANGED' ELSE c.status END AS state
  FROM person p
  LEFT JOIN confirmation c ON c.tenant_id = p.tenant_id AND c.person_id = p.id
  WHERE p.tenant_id = $1
), conf AS (
  SELECT location_id, count(*) AS total,
    count(*) FILTER (WHERE state = 'CONFIRMED') AS confirmed,
    count(*) FILTER (WHERE state = 'CHANGED') AS changed,
    count(*) FILTER (WHERE state = 'REJECTED') AS rejected,
    count(*) FILTER (WHERE state = 'OPEN') AS open
  FROM person_state GROUP BY location_id
), verfahren_state AS (
  SELECT v.id,
    CASE WHEN lr.result IS NULL THEN 'UNTESTED'
      WHEN lr.result = 'PASSED' AND lr.signed_off_at IS NOT NULL THEN 'READY'
      WHEN lr.result = 'PASSED' THEN 'AWAITING_SIGN_OFF'
      ELSE lr.result END AS state
  FROM fachverfahren v
  LEFT JOIN LATERAL (
    SELECT r.result, r.signed_off_at FROM test_run r
    WHERE r.tenant_id = v.tenant_id AND r.fachverfahren_id = v.id
    ORDER BY r.tested_on DESC, r.created_at DESC LIMIT 1
  ) lr ON true
  WHERE v.tenant_id = $1
), used AS (
  SELECT DISTINCT p.location_id, pf.fachverfahren_id
  FROM person_fachverfahren pf
  JOIN person p ON p.tenant_id = pf.tenant_id AND p.id = pf.person_id
  WHERE pf.tenant_id = $1
), runs AS (
  SELECT u.location_id, count(*) AS used,
    count(*) FILTER (WHERE s.state = 'READY') AS ready,
    count(*) FILTER (WHERE s.state = 'UNTESTED') AS untested,
    count(*) FILTER (WHERE s.state = 'FAILED') AS failed,
    count(*) FILTER (WHERE s.state = 'PASSED_WITH_DEFECTS') AS with_defects,
    count(*) FILTER (WHERE s.state = 'AWAITING_SIGN_OFF') AS awaiting_sign_off
  FROM used u JOIN verfahren_state s ON s.id = u.fachverfahren_id
  GROUP BY u.location_id
), ws AS (
  SELECT location_id, count(*) AS n FROM workstation WHERE tenant_id = $1 GROUP BY location_id
), no_queue AS (
  SELECT location_id, count(*) AS n FROM printer
  WHERE tenant_id = $1 AND coalesce(btrim(target_queue), '') = '' GROUP BY location_id
), tech AS (
  SELECT location_id, count(*) AS n FROM wave_technician WHERE tenant_id = $1 GROUP BY location_id
), open_blockers AS (
  SELECT location_id, count(*) AS n FROM blocker WHERE tenant_id = $1 AND open GROUP BY location_id
), board AS (
  SELECT l.id AS location_id, l.name AS location_name, l.tenant_id, t.name AS tenant_name,
    l.cutover_date::text AS cutover_date,
    to_char(l.cutover_window_start, 'HH24:MI') AS cutover_window_start,
    to_char(l.cutover_window_end, 'HH24:MI') AS cutover_window_end,
    coalesce(tech.n, 0)::int AS technician_count, coalesce(ws.n, 0)::int AS workstation_count,
    coalesce(conf.total, 0)::int AS c_total, coalesce(conf.confirmed, 0)::int AS c_confirmed,
    coalesce(conf.changed, 0)::int AS c_changed, coalesce(conf.rejected, 0)::int AS c_rejected,
    coalesce(conf.open, 0)::int AS c_open,
    coalesce(runs.used, 0)::int AS r_used, coalesce(runs.ready, 0)::int AS r_ready,
    coalesce(runs.untested, 0)::int AS r_untested, coalesce(runs.failed, 0)::int AS r_failed,
    coalesce(runs.with_defects, 0)::int AS r_with_defects,
    coalesce(runs.awaiting_sign_off, 0)::int AS r_awaiting_sign_off,
    coalesce(no_queue.n, 0)::int AS printers_without_queue,
    coalesce(open_blockers.n, 0)::int AS open_blockers
  FROM location l
  JOIN tenant t ON t.id = l.tenant_id
  LEFT JOIN conf ON conf.location_id = l.id
  LEFT JOIN runs ON runs.location_id = l.id
  LEFT JOIN ws ON ws.location_id = l.id
  LEFT JOIN no_queue ON no_queue.location_id = l.id
  LEFT JOIN tech ON tech.location_id = l.id
  LEFT JOIN open_blockers ON open_blockers.location_id = l.id
  WHERE l.tenant_id = $1
)
SELECT b.*,
  b.c_total - b.c_confirmed AS f_persons_confirmed,
  b.r_used - b.r_ready AS f_fachverfahren_tested,
  b.printers_without_queue AS f_printers_have_queue,
  CASE WHEN b.cutover_date IS NOT NULL AND b.technician_count > 0 THEN 0
    ELSE greatest(b.workstation_count, 1) END AS f_workstations_scheduled,
  b.open_blockers AS f_no_open_blockers
FROM board b
ORDER BY b.cutover_date ASC NULLS LAST, lower(b.tenant_name), lower(b.location_name), b.location_id`;

/**
 * Untimed, as the DB owner: plan data for <tenantId> so that every criterion has work. About half
 * the persons confirmed (every 10th of those rejected, every 7th changed since), test runs for
 * two thirds of the Fachverfahren (two per run-tested one for some, mixed results, some signed
 * off), cutover date + window + technicians for half the locations, a few blockers (open and
 * closed). Returns what it inserted.
 */
export async function seedPlanData(client, tenantId) {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    const confirmations = await client.query(
      `INSERT INTO confirmation (tenant_id, person_id, status, snapshot, decided_by_name, changed_at)
       SELECT tenant_id, id, CASE WHEN n % 20 = 0 THEN 'REJECTED' ELSE 'CONFIRMED' END, '{}', 'Bench',
         CASE WHEN n % 14 = 0 THEN now() END
       FROM (SELECT p.tenant_id, p.id, row_number() OVER (ORDER BY p.id) AS n FROM person p WHERE p.tenant_id = $1) x
       WHERE n % 2 = 0`,
      [tenantId],
    );
    // Two older runs (overridden) for every 6th, then the latest run for two thirds of them.
    await client.query(
      `INSERT INTO test_run (tenant_id, fachverfahren_id, tested_on, tester, result)
       SELECT tenant_id, id, DATE '2026-01-10', 'Bench', 'FAILED'
       FROM (SELECT v.tenant_id, v.id, row_number() OVER (ORDER BY v.id) AS n FROM fachverfahren v WHERE v.tenant_id = $1) x
       WHERE n % 6 = 0`,
      [tenantId],
    );
    const runs = await client.query(
      `INSERT INTO test_run (tenant_id, fachverfahren_id, tested_on, tester, result, signed_off_by_name, signed_off_at)
       SELECT tenant_id, id, DATE '2026-02-01' + (n % 20)::int, 'Bench',
         (ARRAY['PASSED', 'PASSED', 'PASSED', 'PASSED_WITH_DEFECTS', 'FAILED'])[1 + n % 5],
         CASE WHEN n % 5 < 2 THEN 'Bench' END, CASE WHEN n % 5 < 2 THEN now() END
       FROM (SELECT v.tenant_id, v.id, row_number() OVER (ORDER BY v.id) AS n FROM fachverfahren v WHERE v.tenant_id = $1) x
       WHERE n % 3 <> 0`,
      [tenantId],
    );
    const waves = await client.query(
      `UPDATE location l SET cutover_date = DATE '2026-05-04' + (x.n % 30)::int,
         cutover_window_start = TIME '07:00', cutover_window_end = TIME '16:30'
       FROM (SELECT id, row_number() OVER (ORDER BY lower(name), id) AS n FROM location WHERE tenant_id = $1) x
       WHERE l.id = x.id AND x.n % 2 = 0`,
      [tenantId],
    );
    // Technicians for most dated locations (every 4th stays without, so it fails "scheduled").
    const technicians = await client.query(
      `INSERT INTO wave_technician (tenant_id, location_id, account_id, account_name)
       SELECT l.tenant_id, l.id, gen_random_uuid(), 'Bench Technician ' || k
       FROM (SELECT id, tenant_id, row_number() OVER (ORDER BY lower(name), id) AS n
             FROM location WHERE tenant_id = $1 AND cutover_date IS NOT NULL) l
       CROSS JOIN generate_series(1, 2) k
       WHERE l.n % 4 <> 0`,
      [tenantId],
    );
    const blockers = await client.query(
      `INSERT INTO blocker (tenant_id, title, location_id, open)
       SELECT l.tenant_id, 'Bench blocker ' || k, l.id, k <> 3
       FROM (SELECT id, tenant_id, row_number() OVER (ORDER BY lower(name), id) AS n FROM location WHERE tenant_id = $1) l
       CROSS JOIN generate_series(1, 3) k
       WHERE l.n % 5 = 1`,
      [tenantId],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE confirmation, test_run, location, wave_technician, blocker');
    return {
      confirmations: confirmations.rowCount,
      testRuns: runs.rowCount,
      datedLocations: waves.rowCount,
      technicians: technicians.rowCount,
      blockers: blockers.rowCount,
    };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** tenantId null: the provider-admin scope. Needs signInBenchAccounts for that scope first. */
export function apiBoard(baseUrl, tenantId, headers = {}) {
  return graphql(baseUrl, BOARD_QUERY, { tenantId }, { cookie: sessionCookie(tenantId), ...headers });
}

/** The raw aggregate in the kind of transaction the API uses: runtime role, tenant scope, RLS. */
export async function rawBoard(client, tenantId) {
  await client.query('BEGIN');
  try {
    await client.query(SCOPE_SQL, [`{${tenantId}}`]);
    const { rows } = await client.query(RAW_SQL, [tenantId]);
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

const fromApi = (r) => ({
  locationId: r.locationId,
  locationName: r.locationName,
  tenantId: r.tenantId,
  tenantName: r.tenantName,
  cutoverDate: r.cutoverDate,
  cutoverWindowStart: r.cutoverWindowStart,
  cutoverWindowEnd: r.cutoverWindowEnd,
  technicianCount: r.technicianCount,
  workstationCount: r.workstationCount,
  confirmations: r.confirmations,
  testRuns: r.testRuns,
  openBlockers: r.openBlockers,
  ready: r.ready,
  criteria: Object.fromEntries(r.criteria.map((c) => [c.criterion, c.failingCount])),
});

const fromRaw = (r) => {
  const failing = {
    PERSONS_CONFIRMED: r.f_persons_confirmed,
    FACHVERFAHREN_TESTED: r.f_fachverfahren_tested,
    PRINTERS_HAVE_QUEUE: r.f_printers_have_queue,
    WORKSTATIONS_SCHEDULED: r.f_workstations_scheduled,
    NO_OPEN_BLOCKERS: r.f_no_open_blockers,
  };
  return {
    locationId: r.location_id,
    locationName: r.location_name,
    tenantId: r.tenant_id,
    tenantName: r.tenant_name,
    cutoverDate: r.cutover_date,
    cutoverWindowStart: r.cutover_window_start,
    cutoverWindowEnd: r.cutover_window_end,
    technicianCount: r.technician_count,
    workstationCount: r.workstation_count,
    confirmations: {
      total: r.c_total,
      confirmed: r.c_confirmed,
      changed: r.c_changed,
      rejected: r.c_rejected,
      open: r.c_open,
    },
    testRuns: {
      used: r.r_used,
      ready: r.r_ready,
      untested: r.r_untested,
      failed: r.r_failed,
      withDefects: r.r_with_defects,
      awaitingSignOff: r.r_awaiting_sign_off,
    },
    openBlockers: r.open_blockers,
    ready: Object.values(failing).every((n) => n === 0),
    criteria: Object.fromEntries(CRITERIA.map((c) => [c, failing[c]])),
  };
};

/**
 * Throws unless the API and the raw SQL give the same numbers for every location, in the same
 * order (cutover date, tenant, name): otherwise the ratio means nothing. Returns what the board
 * covered, so the note can show the gate had work.
 */
export async function checkSameBoard(baseUrl, client, tenantId) {
  const api = (await apiBoard(baseUrl, tenantId)).data.readinessBoard.map(fromApi);
  const raw = (await rawBoard(client, tenantId)).map(fromRaw);
  if (api.length !== raw.length) throw new Error(`readinessBoard: API ${api.length} locations, raw SQL ${raw.length}`);
  for (let i = 0; i < api.length; i++) {
    const a = JSON.stringify(api[i]);
    const r = JSON.stringify(raw[i]);
    if (a !== r) throw new Error(`readinessBoard: API and raw SQL differ at location ${i}:\n  api: ${a}\n  raw: ${r}`);
  }
  const failingLocations = Object.fromEntries(CRITERIA.map((c) => [c, api.filter((r) => r.criteria[c] > 0).length]));
  return {
    locations: api.length,
    ready: api.filter((r) => r.ready).length,
    failingLocations,
    confirmed: api.reduce((n, r) => n + r.confirmations.confirmed, 0),
    changed: api.reduce((n, r) => n + r.confirmations.changed, 0),
    persons: api.reduce((n, r) => n + r.confirmations.total, 0),
  };
}

async function timed(fn) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Warm-up, then `pairs` API/raw pairs with alternating order; medians. */
export async function measureBoard(baseUrl, client, tenantId, { pairs = 7, warmup = 5 } = {}) {
  for (let i = 0; i < warmup; i++) {
    await apiBoard(baseUrl, tenantId);
    await rawBoard(client, tenantId);
  }
  const api = [];
  const raw = [];
  for (let i = 0; i < pairs; i++) {
    const runApi = async () => api.push(await timed(() => apiBoard(baseUrl, tenantId)));
    const runRaw = async () => raw.push(await timed(() => rawBoard(client, tenantId)));
    if (i % 2 === 0) {
      await runApi();
      await runRaw();
    } else {
      await runRaw();
      await runApi();
    }
  }
  return { api, raw, apiMedian: median(api), rawMedian: median(raw) };
}

/** Statements the API ran for one board request (BEGIN/COMMIT excluded), and how many locations it showed. */
export async function boardStatementCount(baseUrl, tenantId) {
  const body = await apiBoard(baseUrl, tenantId, { 'x-debug-sql-count': '1' });
  const count = body.extensions?.sqlStatements;
  if (typeof count !== 'number') throw new Error('no extensions.sqlStatements in the answer (is NODE_ENV production?)');
  return { count, locations: body.data.readinessBoard.length };
}
