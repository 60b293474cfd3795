import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from '../src/database/data-source';
import { createTestDatabase, type TestDatabase } from './test-database';
import { createAccount, login } from './support/accounts';
import { aLocation, aTenant } from './support/factories';
import { type ApiProcess, ensureBuiltApi, processApp, startApiProcess } from './support/api-process';
import { Feed, liveClient, type LiveClient, settle } from './support/live';
import type { TestApp } from './support/test-app';

// Two API processes on one database, as behind a load balancer: a change made through one
// reaches a subscriber of the other (LISTEN/NOTIFY, no broker), and SIGTERM closes cleanly.
let database: TestDatabase;
let dataSource: DataSource;
let a: ApiProcess;
let b: ApiProcess;
const clients: LiveClient[] = [];

/** The app at `url`, inserting rows through the test's own data source. */
const appAt = (url: string): TestApp => processApp(url, (sql, params) => dataSource.query(sql, params));

async function gql<T>(url: string, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await appAt(url).post({ query, variables }, { cookie });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const listeners = async (): Promise<number> =>
  Number(
    (
      await dataSource.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'schaltplan-listen' AND datname = current_database()`,
      )
    )[0].n,
  );

beforeAll(async () => {
  ensureBuiltApi();
  database = await createTestDatabase('live_processes');
  dataSource = createDataSource({ url: database.url, poolSize: 2 });
  await dataSource.initialize();
  // Migrated once here, so the two processes do not race to migrate.
  await migrate(dataSource);
  [a, b] = await Promise.all([startApiProcess(database.url), startApiProcess(database.url)]);
}, 90_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await Promise.all([a?.stop(), b?.stop()]);
  await dataSource?.destroy();
  await database?.drop();
});

describe('live updates across API processes', () => {
  it('delivers a change made on process A to a subscriber on process B within a second', async () => {
    expect(await listeners()).toBe(2);
    const admin = await login(appAt(a.url), await createAccount(appAt(a.url), { role: 'ADMIN' }));
    const { createTenant: tenant } = await gql<{ createTenant: { id: string } }>(
      a.url,
      admin.cookie,
      `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`,
      { input: aTenant().build() },
    );
    const { createLocation: location } = await gql<{ createLocation: { id: string } }>(
      a.url,
      admin.cookie,
      `mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }`,
      { input: aLocation().of(tenant).build() },
    );
    // Signed in on B; the session lives in PostgreSQL, so A knows it as well.
    const coordinator = await login(
      appAt(b.url),
      await createAccount(appAt(b.url), { role: 'COORDINATOR', tenantIds: [tenant.id] }),
    );
    expect(await gql(a.url, coordinator.cookie, `{ me { id } }`)).toEqual({ me: { id: coordinator.accountId } });

    const live = liveClient(b.url, { cookie: coordinator.cookie });
    clients.push(live);
    const feed = new Feed(live, { tenantId: tenant.id });
    await settle();
    const started = Date.now();
    await gql(a.url, admin.cookie, `mutation($i: CreateBlockerInput!) { createBlocker(input: $i) { id } }`, {
      i: { tenantId: tenant.id, locationId: location.id, title: 'Netzwerk fehlt' },
    });
    await feed.until((f) => f.events.length > 0);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(feed.events[0]).toMatchObject({ tenantId: tenant.id, locationId: location.id });

    // SIGTERM on B: subscribers get "going away" (1001), B's LISTEN connection ends, exit 0.
    expect(await b.stop()).toBe(0);
    expect(await live.closed).toBe(1001);
    await feed.until((f) => f.ended);
    expect(await listeners()).toBe(1);
  });
});
