import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { loginAs } from './support/accounts';
import { aLocation, aTenant, type Created } from './support/factories';
import { Feed, liveClient, type LiveClient, settle } from './support/live';
import { startTestApp, type Session, type TestApp } from './support/test-app';

// Live board updates over graphql-ws: a change committed through the API reaches subscribers
// within a second, and only those whose scope (same rules as queries) includes it.
let api: TestApp;
let tenantA: Created;
let tenantB: Created;
let a1: Created;
let a2: Created;
let b1: Created;
const s = {} as Record<'coordA' | 'coordB' | 'techA1', Session>;
const clients: LiveClient[] = [];
let n = 0;

function connect(session: Session | null, headers: Record<string, string> = {}): LiveClient {
  const live = liveClient(api.url, session ? { cookie: session.cookie, ...headers } : headers);
  clients.push(live);
  return live;
}

/** A blocker created through GraphQL (admin): its commit NOTIFYs its tenant and location. */
async function change(location: Created): Promise<number> {
  const started = Date.now();
  await api.gql(`mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { id } }`, {
    input: { tenantId: location.tenantId, locationId: location.id, title: `Live ${++n}` },
  });
  return started;
}

beforeAll(async () => {
  api = await startTestApp('live');
  tenantA = await aTenant().create(api);
  tenantB = await aTenant().create(api);
  a1 = await aLocation().of(tenantA).create(api);
  a2 = await aLocation().of(tenantA).create(api);
  b1 = await aLocation().of(tenantB).create(api);
  s.coordA = await loginAs(api, 'COORDINATOR', { tenantIds: [tenantA.id] });
  s.coordB = await loginAs(api, 'COORDINATOR', { tenantIds: [tenantB.id] });
  s.techA1 = await loginAs(api, 'TECHNICIAN', { locationIds: [a1.id] });
}, 60_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await api.close();
});

describe('cutoverProgress subscription', () => {
  it('delivers a change committed through GraphQL within a second', async () => {
    const feed = new Feed(connect(s.coordA), { tenantId: tenantA.id });
    await settle();
    const started = await change(a1);
    await feed.until((f) => f.events.some((e) => e.locationId === a1.id));
    expect(Date.now() - started).toBeLessThan(1000);
    const event = feed.events.find((e) => e.locationId === a1.id);
    expect(event).toMatchObject({ tenantId: tenantA.id, locationId: a1.id });
    expect(Number.isNaN(Date.parse(String(event?.at)))).toBe(false);
  });

  it('refuses a connection without a session (4403)', async () => {
    const live = connect(null);
    const feed = new Feed(live, { tenantId: tenantA.id });
    expect(await live.closed).toBe(4403);
    await feed.until((f) => f.ended);
    expect(feed.events).toEqual([]);
  });

  it('refuses a foreign Origin, accepts the own one', async () => {
    const foreign = connect(s.coordA, { origin: 'https://evil.example' });
    const refused = new Feed(foreign, { tenantId: tenantA.id });
    expect(await foreign.closed).toBe(4403);
    await refused.until((f) => f.ended);

    const own = new Feed(connect(s.coordA, { origin: new URL(api.url).origin }), { tenantId: tenantA.id });
    await settle();
    await change(a2);
    await own.until((f) => f.events.some((e) => e.locationId === a2.id));
    expect(own.ended).toBe(false);
  });

  it('refuses another tenant with the same code a query for it gets', async () => {
    const query = await api.request(
      `query($id: ID!) { tenant(id: $id) { id } }`,
      { id: tenantA.id },
      { session: s.coordB },
    );
    const queryCode = query.errors?.[0].extensions?.code;
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(queryCode);
    const feed = new Feed(connect(s.coordB), { tenantId: tenantA.id });
    await feed.until((f) => f.ended);
    expect(feed.errorCodes).toEqual([queryCode]);
    expect(JSON.stringify(feed.results)).not.toContain(a1.id);
  });

  it("tells a subscriber nothing of another tenant's changes", async () => {
    const feed = new Feed(connect(s.coordB), { tenantId: tenantB.id });
    await settle();
    await change(a1);
    await change(b1);
    await feed.until((f) => f.events.some((e) => e.locationId === b1.id));
    await settle();
    expect(feed.events.every((e) => e.tenantId === tenantB.id)).toBe(true);
  });

  it("gives a technician only the assigned locations' events", async () => {
    const feed = new Feed(connect(s.techA1), { tenantId: tenantA.id });
    await settle();
    await change(a2);
    await change(a1);
    await feed.until((f) => f.events.some((e) => e.locationId === a1.id));
    await settle();
    expect(feed.events.map((e) => e.locationId)).toEqual([a1.id]);

    const other = new Feed(connect(s.techA1), { tenantId: tenantA.id, locationId: a2.id });
    await other.until((f) => f.ended);
    expect(other.errorCodes).toEqual(['NOT_FOUND']);
    const foreign = new Feed(connect(s.techA1), { tenantId: tenantB.id });
    await foreign.until((f) => f.ended);
    expect(foreign.errorCodes).toEqual(['NOT_FOUND']);
  });

  it('filters by location when one is given', async () => {
    const feed = new Feed(connect(s.coordA), { tenantId: tenantA.id, locationId: a2.id });
    await settle();
    await change(a1);
    await change(a2);
    await feed.until((f) => f.events.some((e) => e.locationId === a2.id));
    await settle();
    expect(feed.events.map((e) => e.locationId)).toEqual([a2.id]);
  });

  it('folds a burst of 100 commits into a few events', async () => {
    const { id: blockerId } = (
      await api.gql<{ createBlocker: { id: string } }>(
        `mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { id } }`,
        { input: { tenantId: tenantA.id, locationId: a2.id, title: 'Burst' } },
      )
    ).createBlocker;
    const feed = new Feed(connect(s.coordA), { tenantId: tenantA.id, locationId: a2.id });
    await settle();
    const owner = new pg.Client({ connectionString: api.databaseUrl });
    await owner.connect();
    try {
      await owner.query(`SELECT set_config('app.all_tenants', 'on', false)`);
      // Each statement its own transaction, so each one NOTIFYs.
      for (let i = 0; i < 100; i++)
        await owner.query(`UPDATE blocker SET owner = $1 WHERE id = $2`, [`o${i}`, blockerId]);
    } finally {
      await owner.end();
    }
    await feed.until((f) => f.events.length > 0);
    await settle(400);
    expect(feed.events.length).toBeGreaterThan(0);
    expect(feed.events.length).toBeLessThanOrEqual(20);
  });

  it('runs only subscriptions over the socket', async () => {
    const feed = new Feed(connect(s.coordA), { tenantId: tenantA.id }, '{ me { id } }');
    await feed.until((f) => f.ended);
    expect(feed.errorCodes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(feed.results).toEqual([]);
  });

  it('runs no subscription over HTTP', async () => {
    const res = await api.request(`subscription($t: ID!) { cutoverProgress(tenantId: $t) { at } }`, {
      t: tenantA.id,
    });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(res.data ?? null).toBeNull();
  });

  it('ends the subscription once the session is gone', async () => {
    const session = await loginAs(api, 'COORDINATOR', { tenantIds: [tenantA.id] });
    const feed = new Feed(connect(session), { tenantId: tenantA.id, locationId: a1.id });
    await settle();
    expect(await api.gql(`mutation { logout }`, {}, { session })).toEqual({ logout: true });
    // The session check is cached for a few seconds (live-sessions.ts).
    await settle(5_200);
    await change(a1);
    await feed.until((f) => f.ended, 2000);
    expect(feed.errorCodes).toEqual(['UNAUTHENTICATED']);
    expect(feed.events).toEqual([]);
  });

  it('re-checks without extending the session: an idle session ends even while subscribed', async () => {
    const session = await loginAs(api, 'COORDINATOR', { tenantIds: [tenantA.id] });
    const idleMinutes = async (): Promise<number> =>
      (
        await api.dataSource.query<{ idle: number }[]>(
          `SELECT extract(epoch FROM now() - last_seen_at)::float / 60 AS idle FROM session WHERE account_id = $1`,
          [session.accountId],
        )
      )[0].idle;
    const setIdle = (minutes: number) =>
      api.dataSource.query(
        `UPDATE session SET last_seen_at = now() - make_interval(mins => $2) WHERE account_id = $1`,
        [session.accountId, minutes],
      );
    const feed = new Feed(connect(session), { tenantId: tenantA.id, locationId: a1.id });
    await settle();
    await setIdle(29);
    // Past the cache (live-sessions.ts) the next event re-reads the session: still valid, not touched.
    await settle(5_200);
    await change(a1);
    await feed.until((f) => f.events.length > 0);
    expect(await idleMinutes()).toBeGreaterThanOrEqual(29);
    const delivered = feed.events.length;

    // The board stays open without other activity until the idle timeout has passed.
    await setIdle(31);
    await settle(5_200);
    await change(a1);
    await feed.until((f) => f.ended, 2000);
    expect(feed.errorCodes).toEqual(['UNAUTHENTICATED']);
    expect(feed.events).toHaveLength(delivered);
  }, 30_000);
});
