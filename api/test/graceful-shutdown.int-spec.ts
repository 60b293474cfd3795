import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from '../src/database/data-source';
import { createTestDatabase, type TestDatabase } from './test-database';
import { createAccount, login } from './support/accounts';
import { type ApiProcess, ensureBuiltApi, processApp, startApiProcess } from './support/api-process';
import { csvRows } from './support/export-download';
import { aPerson, aTenant } from './support/factories';
import { Feed, liveClient, type LiveClient, settle } from './support/live';
import type { Session, TestApp } from './support/test-app';

// A real API process (node api/dist/api/src/main.js) gets SIGTERM while requests are in flight.
// The requests are held by a table lock the test owns, so they are in flight for as long as the
// test wants, with no sleep endpoint in the API.
let database: TestDatabase;
/** The test's own connection (the API's connections are told apart by application_name). */
let db: pg.Client;
const clients: LiveClient[] = [];
const processes: ApiProcess[] = [];

/** The app at `url`, inserting rows through the test's own connection. */
const appAt = (url: string): TestApp =>
  processApp(url, async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows);

interface World {
  api: ApiProcess;
  app: TestApp;
  admin: Session;
  tenantId: string;
  base: string;
}

async function startWorld(env: Record<string, string> = {}): Promise<World> {
  const api = await startApiProcess(database.url, env);
  processes.push(api);
  const app = appAt(api.url);
  const admin = await login(app, await createAccount(app, { role: 'ADMIN' }));
  app.admin = admin;
  const tenant = await aTenant().create(app);
  for (let i = 0; i < 3; i++) await aPerson().of(tenant).create(app);
  return { api, app, admin, tenantId: tenant.id, base: api.url.replace(/\/graphql$/, '') };
}

/** Holds ACCESS EXCLUSIVE on the person table: every read of it waits until release(). */
async function lockPersons(): Promise<{ release: () => Promise<void> }> {
  const holder = new pg.Client({ connectionString: database.url });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('LOCK TABLE person IN ACCESS EXCLUSIVE MODE');
  return {
    release: async () => {
      await holder.query('ROLLBACK');
      await holder.end();
    },
  };
}

/** Waits until `n` of the API's connections wait for a lock: the requests are in flight. */
async function waitingOnLock(n: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { rows } = await db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'schaltplan' AND wait_event_type = 'Lock'`,
    );
    const { count } = rows[0];
    if (count >= n) return;
    if (Date.now() > deadline) throw new Error(`only ${count} of ${n} requests reached the lock`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Resolves with the error code once a new connection to the process is refused. */
async function refusedConnection(base: string): Promise<string> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      await fetch(`${base}/health`);
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code) return code;
    }
    if (Date.now() > deadline) throw new Error('the process still accepts connections');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const apiConnections = async (): Promise<number> => {
  const { rows } = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM pg_stat_activity
      WHERE datname = current_database() AND application_name IN ('schaltplan', 'schaltplan-listen')`,
  );
  return rows[0].count;
};

const PERSONS = `query Persons($tenantId: ID!) { persons(tenantId: $tenantId) { totalCount items { displayName } } }`;

beforeAll(async () => {
  ensureBuiltApi();
  database = await createTestDatabase('graceful_shutdown');
  const owner: DataSource = createDataSource({ url: database.url, poolSize: 1 });
  await owner.initialize();
  await migrate(owner);
  await owner.destroy();
  db = new pg.Client({ connectionString: database.url, application_name: 'graceful-shutdown-test' });
  await db.connect();
}, 120_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await Promise.all(processes.map((p) => p.stop()));
  await db?.end();
  await database?.drop();
});

describe('graceful shutdown of the API process', () => {
  it('on SIGTERM: finishes requests in flight, refuses new connections, closes subscriptions with 1001, exits 0', async () => {
    const { api, app, admin, tenantId, base } = await startWorld();
    const live = liveClient(api.url, { cookie: admin.cookie });
    clients.push(live);
    const feed = new Feed(live, { tenantId });
    await settle();

    const lock = await lockPersons();
    let settled = 0;
    const exported = fetch(`${base}/api/exports/PERSONS?tenantId=${tenantId}&format=csv`, {
      headers: { cookie: admin.cookie },
    }).finally(() => settled++);
    const queried = app
      .post({ query: PERSONS, variables: { tenantId } }, { cookie: admin.cookie })
      .finally(() => settled++);
    await waitingOnLock(2);

    const started = Date.now();
    const exitCode = api.stop();
    // Subscribers are told to go elsewhere at once, not after the requests have drained.
    expect(await live.closed).toBe(1001);
    await feed.until((f) => f.ended);
    expect(await refusedConnection(base)).toBe('ECONNREFUSED');
    expect(settled).toBe(0);

    await lock.release();
    const download = await exported;
    expect(download.status).toBe(200);
    const rows = csvRows(Buffer.from(await download.arrayBuffer()), ';');
    expect(rows).toHaveLength(1 + 3);
    const answer = await queried;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ data: { persons: { totalCount: 3 } } });
    expect(answer.headers.get('connection')).toBe('close');

    expect(await exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    // The pool and the LISTEN connection are closed (PostgreSQL may take a moment to notice).
    const deadline = Date.now() + 2_000;
    while ((await apiConnections()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(await apiConnections()).toBe(0);
    expect(api.output()).not.toMatch(/"level":(50|60)/);
  });

  it('gives up after SHUTDOWN_TIMEOUT_MS, logs the requests still open and exits 1', async () => {
    const { api, app, admin, tenantId } = await startWorld({ SHUTDOWN_TIMEOUT_MS: '1500' });
    const lock = await lockPersons();
    try {
      const queried = app.post({ query: PERSONS, variables: { tenantId } }, { cookie: admin.cookie }).then(
        (res) => res.status,
        (error: Error) => error.message,
      );
      await waitingOnLock(1);
      const started = Date.now();
      expect(await api.stop()).toBe(1);
      const took = Date.now() - started;
      expect(took).toBeGreaterThanOrEqual(1_400);
      expect(took).toBeLessThan(6_000);
      const log = api
        .output()
        .split('\n')
        .find((line) => line.includes('shutdown timed out'));
      expect(log).toBeDefined();
      expect(JSON.parse(log ?? '{}')).toMatchObject({
        step: 'http',
        timeoutMs: 1500,
        open: { requests: [{ method: 'POST', path: '/graphql' }], subscriptions: 0 },
      });
      // The process is gone: the request it could not finish fails instead of hanging.
      expect(await queried).not.toBe(200);
    } finally {
      await lock.release();
    }
  });
});
