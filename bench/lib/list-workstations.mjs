// One page of 1000 workstations with location, persons and printers: through the API, and as the
// single hand-written SQL statement an engineer would use for the same rows.
import { performance } from 'node:perf_hooks';
import { hash } from '@node-rs/argon2';
import { graphql, signInCookie } from './app-process.mjs';

export const LIST_QUERY = `query BenchWorkstations($tenantId: ID, $limit: Int!, $sortBy: WorkstationSortField! = NAME) {
  workstations(tenantId: $tenantId, limit: $limit, sortBy: $sortBy) {
    items { name room location { name } persons { displayName accountName } printers { name } }
  }
}`;

/*
 * Same rows, same order as the API: workstations by lower(name), id; persons by
 * lower(display_name), id; printers (distinct, via the workstation's persons) by lower(name), id.
 * name is NOT NULL, so the API's NULLS FIRST changes nothing. No total count: the query does not
 * ask for one.
 */
export const RAW_SQL = `
WITH page AS (
  SELECT w.id, w.tenant_id, w.location_id, w.name, w.room
  FROM workstation w
  WHERE ($1::uuid IS NULL OR w.tenant_id = $1)
  ORDER BY lower(w.name), w.id
  LIMIT $2
)
SELECT p.name, p.room, l.name AS location,
  coalesce((
    SELECT json_agg(json_build_object('displayName', pe.display_name, 'accountName', pe.account_name)
                    ORDER BY lower(pe.display_name), pe.id)
    FROM workstation_person wp
    JOIN person pe ON pe.tenant_id = wp.tenant_id AND pe.id = wp.person_id
    WHERE wp.tenant_id = p.tenant_id AND wp.workstation_id = p.id), '[]') AS persons,
  coalesce((
    SELECT json_agg(json_build_object('name', pr.name) ORDER BY lower(pr.name), pr.id)
    FROM printer pr
    WHERE pr.tenant_id = p.tenant_id AND pr.id IN (
      SELECT pp.printer_id FROM workstation_person wp
      JOIN person_printer pp ON pp.tenant_id = wp.tenant_id AND pp.person_id = wp.person_id
      WHERE wp.tenant_id = p.tenant_id AND wp.workstation_id = p.id)), '[]') AS printers
FROM page p
JOIN location l ON l.tenant_id = p.tenant_id AND l.id = p.location_id
ORDER BY lower(p.name), p.id`;

/** The request scope the API sets for an account assigned to just <tenantId>, so both sides see the same rows under RLS. */
export const SCOPE_SQL = `SELECT set_config('role', 'schaltplan_app', true), set_config('app.all_tenants', 'off', true),
  set_config('app.tenant_ids', $1, true)`;

const sessions = new Map();

/**
 * Signs in one bench account per scope: a project manager assigned to exactly that tenant (the
 * same scope the raw SQL sets), or an admin for tenantId null (all tenants). The accounts are
 * inserted by the owner connection; the login goes through the API.
 */
export async function signInBenchAccounts(baseUrl, client, tenantIds) {
  const password = 'bench-password-1234';
  const hashed = await hash(password, {
    algorithm: 2 /* Argon2id */,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  for (const tenantId of tenantIds) {
    const email = `bench-${tenantId ?? 'admin'}-${Date.now()}@bench.example`;
    const { rows } = await client.query(
      `INSERT INTO account (email, display_name, role, password_hash) VALUES ($1, 'Bench', $2, $3) RETURNING id`,
      [email, tenantId ? 'PROJECT_MANAGER' : 'ADMIN', hashed],
    );
    if (tenantId) {
      await client.query(`INSERT INTO account_tenant (account_id, tenant_id) VALUES ($1, $2)`, [rows[0].id, tenantId]);
    }
    sessions.set(tenantId, await signInCookie(baseUrl, email, password, 'the bench account'));
  }
}

/** The session cookie (`name=value`) of the bench account signed in for tenantId. */
export function sessionCookie(tenantId) {
  const cookie = sessions.get(tenantId);
  if (!cookie) throw new Error(`no bench session for scope ${tenantId}: call signInBenchAccounts first`);
  return cookie;
}

/** tenantId null: the provider-admin scope, all tenants. Needs signInBenchAccounts first. */
export function apiList(baseUrl, tenantId, { limit = 1000, sortBy = 'NAME', headers = {} } = {}) {
  const cookie = sessions.get(tenantId);
  if (!cookie) throw new Error(`no bench session for scope ${tenantId}: call signInBenchAccounts first`);
  return graphql(baseUrl, LIST_QUERY, { tenantId, limit, sortBy }, { cookie, ...headers });
}

export async function rawList(client, tenantId, limit = 1000) {
  await client.query('BEGIN');
  try {
    await client.query(SCOPE_SQL, [`{${tenantId}}`]);
    const { rows } = await client.query(RAW_SQL, [tenantId, limit]);
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

const normaliseApi = (body) =>
  body.data.workstations.items.map((w) => ({
    name: w.name,
    room: w.room,
    location: w.location.name,
    persons: w.persons,
    printers: w.printers,
  }));

/** Throws unless the API and the raw SQL return the same rows: otherwise the ratio means nothing. */
export async function checkSameRows(baseUrl, client, tenantId) {
  const api = normaliseApi(await apiList(baseUrl, tenantId));
  const raw = await rawList(client, tenantId);
  const stats = {
    rows: api.length,
    locations: new Set(api.map((r) => r.location)).size,
    persons: api.reduce((n, r) => n + r.persons.length, 0),
    printers: api.reduce((n, r) => n + r.printers.length, 0),
  };
  if (api.length !== raw.length) throw new Error(`API returned ${api.length} rows, raw SQL ${raw.length}`);
  for (let i = 0; i < api.length; i++) {
    const a = JSON.stringify(api[i]);
    const r = JSON.stringify(raw[i]);
    if (a !== r) throw new Error(`API and raw SQL differ at row ${i}:\n  api: ${a}\n  raw: ${r}`);
  }
  return stats;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function timed(fn) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/**
 * Warm-up (the API's JIT needs a few requests), then `pairs` API/raw pairs; the order inside a
 * pair alternates so neither side always runs first.
 */
export async function measureList(baseUrl, client, tenantId, { pairs = 7, warmup = 5 } = {}) {
  for (let i = 0; i < warmup; i++) {
    await apiList(baseUrl, tenantId);
    await rawList(client, tenantId);
  }
  const api = [];
  const raw = [];
  for (let i = 0; i < pairs; i++) {
    const runApi = async () => api.push(await timed(() => apiList(baseUrl, tenantId)));
    const runRaw = async () => raw.push(await timed(() => rawList(client, tenantId)));
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

/** Statements the API ran for one list request (BEGIN/COMMIT excluded), and what the page covered. */
export async function statementCount(baseUrl, tenantId, sortBy) {
  const body = await apiList(baseUrl, tenantId, {
    sortBy,
    headers: { 'x-debug-sql-count': '1' },
  });
  const count = body.extensions?.sqlStatements;
  if (typeof count !== 'number') throw new Error('no extensions.sqlStatements in the answer (is NODE_ENV production?)');
  return {
    count,
    items: body.data.workstations.items.length,
    locations: new Set(body.data.workstations.items.map((w) => w.location.name)).size,
  };
}

export { median };
