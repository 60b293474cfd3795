import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { download } from './support/export-download';
import { aTenant } from './support/factories';
import { fixture, importFile } from './support/imports';
import { parseMetrics, type Sample, samples, value } from './support/prometheus';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let base: string;

beforeAll(async () => {
  delete process.env.METRICS_TOKEN;
  api = await startTestApp('metrics');
  base = api.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  delete process.env.METRICS_TOKEN;
  await api.close();
});

async function scrape(headers: Record<string, string> = {}): Promise<Sample[]> {
  const res = await fetch(`${base}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseMetrics(await res.text());
}

/** Scrapes until `ready` holds: an import run is observed just after its status is written. */
async function scrapeUntil(ready: (all: Sample[]) => boolean): Promise<Sample[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const all = await scrape();
    if (ready(all) || Date.now() > deadline) return all;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const GQL = 'schaltplan_graphql_operation_duration_seconds_count';
const HTTP = 'schaltplan_http_request_duration_seconds_count';
const IMPORT = 'schaltplan_import_run_duration_seconds_count';

describe('GET /metrics', () => {
  it('counts GraphQL operations, REST routes and import runs under bounded labels, with pool and process metrics', async () => {
    const tenant = await aTenant().create(api);
    for (let i = 0; i < 3; i++) {
      await api.gql(`query TenantList { tenants { totalCount } }`);
    }
    await api.gql(`{ me { id } }`);
    await api.gql(`mutation RenameTenant($input: UpdateTenantInput!) { updateTenant(input: $input) { id } }`, {
      input: { id: tenant.id, name: 'Amt Umbenannt', version: tenant.version },
    });
    const failed = await api.request(
      `query MissingTenant { tenant(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(failed.errors?.length).toBeGreaterThan(0);
    const invalid = await api.request(`query Broken { noSuchField }`);
    expect(invalid.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const exported = await download(api, `PERSONS?tenantId=${tenant.id}&format=csv`);
    expect(exported.status).toBe(200);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const run = await importFile(api, {
      tenantId: tenant.id,
      target: 'PERSONS',
      fileName: 'personen.csv',
      body: fixture('personen-excel-de.csv'),
      mode: 'DRY_RUN',
    });
    const outcome = run.status.toLowerCase();

    const all = await scrapeUntil((m) => value(m, IMPORT, { mode: 'DRY_RUN', target: 'PERSONS', outcome }) === 1);

    // GraphQL: by operation name and type; no name → "anonymous"; a document that does not validate → "invalid".
    expect(value(all, GQL, { operation_name: 'TenantList', operation_type: 'query', outcome: 'success' })).toBe(3);
    expect(
      value(all, GQL, { operation_name: 'anonymous', operation_type: 'query', outcome: 'success' }),
    ).toBeGreaterThanOrEqual(1);
    expect(value(all, GQL, { operation_name: 'RenameTenant', operation_type: 'mutation', outcome: 'success' })).toBe(1);
    expect(value(all, GQL, { operation_name: 'MissingTenant', operation_type: 'query', outcome: 'error' })).toBe(1);
    expect(value(all, GQL, { operation_name: 'invalid', operation_type: 'unknown', outcome: 'error' })).toBe(1);
    // A histogram: buckets and sum next to the count.
    expect(
      samples(all, 'schaltplan_graphql_operation_duration_seconds_bucket', { operation_name: 'TenantList' }).length,
    ).toBeGreaterThan(5);

    // REST: the route pattern, not the URL (no tenant id, no query string in any label).
    expect(value(all, HTTP, { method: 'GET', route: '/api/exports/:target', status_code: '200' })).toBe(1);
    expect(value(all, HTTP, { method: 'GET', route: '/health', status_code: '200' })).toBe(1);
    expect(value(all, HTTP, { method: 'POST', route: '/api/imports/files', status_code: '201' })).toBe(1);
    expect(value(all, HTTP, { method: 'POST', route: '/graphql', status_code: '200' })).toBeGreaterThanOrEqual(8);
    const labelValues = all.flatMap((s) => Object.values(s.labels));
    expect(labelValues.filter((v) => v.includes(tenant.id) || v.includes('?'))).toEqual([]);

    // Import runs: by mode, target and outcome.
    expect(value(all, IMPORT, { mode: 'DRY_RUN', target: 'PERSONS', outcome })).toBe(1);

    // The pool behind TypeORM (startTestApp: 5 connections) and the LISTEN connection.
    expect(value(all, 'schaltplan_db_pool_max_connections')).toBe(5);
    expect(value(all, 'schaltplan_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(value(all, 'schaltplan_db_pool_idle_connections')).toBeGreaterThanOrEqual(0);
    expect(value(all, 'schaltplan_db_pool_waiting_clients')).toBe(0);
    expect(value(all, 'schaltplan_db_listen_connected')).toBe(1);

    // Node's default process metrics.
    expect(value(all, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(samples(all, 'nodejs_eventloop_lag_seconds').length).toBe(1);
    expect(value(all, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});

describe('access to /metrics', () => {
  it('without METRICS_TOKEN: loopback only, and not when relayed by a proxy', async () => {
    const relayed = await fetch(`${base}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(relayed.status).toBe(403);
    expect(await relayed.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await fetch(`${base}/metrics`)).status).toBe(200);
  });

  it('with METRICS_TOKEN: only with the bearer token (401 otherwise, even from loopback)', async () => {
    process.env.METRICS_TOKEN = 'scrape-secret-42';
    try {
      const none = await fetch(`${base}/metrics`);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await none.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      const wrong = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer scrape-secret-43' } });
      expect(wrong.status).toBe(401);
      // A session is no substitute for the token.
      expect((await fetch(`${base}/metrics`, { headers: { cookie: api.admin.cookie } })).status).toBe(401);
      const all = await scrape({ authorization: 'Bearer scrape-secret-42', 'x-forwarded-for': '203.0.113.7' });
      expect(samples(all, HTTP).length).toBeGreaterThan(0);
    } finally {
      delete process.env.METRICS_TOKEN;
    }
  });
});
