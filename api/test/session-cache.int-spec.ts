import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAccount, login, loginAs } from './support/accounts';
import { aLocation, aTenant } from './support/factories';
import { startTestApp, type Session, type TestApp } from './support/test-app';

// The per-process principal cache (docs/decisions/0007-session-cache.md): whatever ends a
// session or changes an account must show on the very next request, here (in-process
// invalidation) and from "another process" (the owner changing rows directly → NOTIFY).
let api: TestApp;
let tenantId: string;
let locationId: string;
beforeAll(async () => {
  api = await startTestApp('session_cache');
  tenantId = (await aTenant().create(api)).id;
  locationId = (await aLocation().of({ id: tenantId }).create(api)).id;
});
afterAll(() => api.close());

const ME = '{ me { id } }';
const ADMIN_ONLY = '{ accounts(limit: 1) { totalCount } }';
const LOCATIONS = '{ locations(limit: 100) { items { id } } }';
const UPDATE = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id version } }`;

const codeOf = async (query: string, session: Session): Promise<string | undefined> =>
  (await api.request(query, {}, { session })).errors?.[0]?.extensions?.code;
const locationsOf = async (session: Session): Promise<string[]> =>
  (await api.gql<{ locations: { items: { id: string }[] } }>(LOCATIONS, {}, { session })).locations.items.map(
    (l) => l.id,
  );

/** Polls until `check` holds (NOTIFY arrives asynchronously), at most `ms`. */
async function within<T>(ms: number, read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const until = Date.now() + ms;
  let value = await read();
  while (!check(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 25));
    value = await read();
  }
  return value;
}

const versionOf = async (accountId: string): Promise<number> =>
  (await api.dataSource.query<{ version: number }[]>(`SELECT version FROM account WHERE id = $1`, [accountId]))[0]
    .version;

describe('same process', () => {
  it('logout: the next request with the old cookie is refused', async () => {
    const session = await loginAs(api, 'ADMIN');
    expect(await codeOf(ME, session)).toBeUndefined();
    expect(await codeOf(ME, session)).toBeUndefined();
    expect((await api.gql<{ logout: boolean }>('mutation { logout }', {}, { session })).logout).toBe(true);
    expect(await codeOf(ME, session)).toBe('UNAUTHENTICATED');
  });

  it('deactivation and demotion by an admin show on the next request', async () => {
    const victim = await loginAs(api, 'ADMIN');
    expect(await codeOf(ADMIN_ONLY, victim)).toBeUndefined();
    await api.gql(UPDATE, {
      input: {
        id: victim.accountId,
        version: await versionOf(victim.accountId),
        role: 'VIEWER',
        tenantIds: [tenantId],
      },
    });
    expect(await codeOf(ADMIN_ONLY, victim)).toBe('FORBIDDEN');
    await api.gql(UPDATE, {
      input: { id: victim.accountId, version: await versionOf(victim.accountId), active: false },
    });
    expect(await codeOf(ME, victim)).toBe('UNAUTHENTICATED');
  });

  it('a technician whose location is withdrawn stops seeing it on the next request', async () => {
    const tech = await loginAs(api, 'TECHNICIAN', { locationIds: [locationId] });
    expect(await locationsOf(tech)).toEqual([locationId]);
    await api.gql(UPDATE, { input: { id: tech.accountId, version: await versionOf(tech.accountId), locationIds: [] } });
    expect(await locationsOf(tech)).toEqual([]);
  });

  it('a password change ends the other sessions of the account', async () => {
    const account = await createAccount(api, { role: 'ADMIN' });
    const [first, second] = [await login(api, account), await login(api, account)];
    expect(await codeOf(ME, first)).toBeUndefined();
    const res = await api.request(
      `mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }`,
      { c: account.password, n: 'another-password-5678' },
      { session: second },
    );
    expect(res.errors).toBeUndefined();
    expect(await codeOf(ME, first)).toBe('UNAUTHENTICATED');
    expect(await codeOf(ME, second)).toBeUndefined();
  });
});

describe('changes made elsewhere (owner SQL → NOTIFY)', () => {
  it('deactivation, demotion and withdrawn locations arrive within a second', async () => {
    const admin = await loginAs(api, 'ADMIN');
    const tech = await loginAs(api, 'TECHNICIAN', { locationIds: [locationId] });
    expect(await codeOf(ADMIN_ONLY, admin)).toBeUndefined();
    expect(await locationsOf(tech)).toEqual([locationId]);

    await api.dataSource.query(`UPDATE account SET role = 'VIEWER', tenant_id = $2 WHERE id = $1`, [
      admin.accountId,
      tenantId,
    ]);
    expect(
      await within(
        1000,
        () => codeOf(ADMIN_ONLY, admin),
        (c) => c === 'FORBIDDEN',
      ),
    ).toBe('FORBIDDEN');
    await api.dataSource.query(`DELETE FROM account_location WHERE account_id = $1`, [tech.accountId]);
    expect(
      await within(
        1000,
        () => locationsOf(tech),
        (ids) => ids.length === 0,
      ),
    ).toEqual([]);
    await api.dataSource.query(`UPDATE account SET active = false WHERE id = $1`, [tech.accountId]);
    expect(
      await within(
        1000,
        () => codeOf(ME, tech),
        (c) => c === 'UNAUTHENTICATED',
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('serves from the cache: without the NOTIFY a direct change is not seen (what the tests above rely on)', async () => {
    const admin = await loginAs(api, 'ADMIN');
    expect(await codeOf(ADMIN_ONLY, admin)).toBeUndefined();
    await api.dataSource.query(`ALTER TABLE account DISABLE TRIGGER session_notify_update`);
    try {
      await api.dataSource.query(`UPDATE account SET role = 'VIEWER', tenant_id = $2 WHERE id = $1`, [
        admin.accountId,
        tenantId,
      ]);
      expect(await codeOf(ADMIN_ONLY, admin)).toBeUndefined();
    } finally {
      await api.dataSource.query(`ALTER TABLE account ENABLE TRIGGER session_notify_update`);
    }
    await api.dataSource.query(`UPDATE account SET role = role WHERE id = $1`, [admin.accountId]);
    expect(
      await within(
        1000,
        () => codeOf(ADMIN_ONLY, admin),
        (c) => c === 'FORBIDDEN',
      ),
    ).toBe('FORBIDDEN');
  });

  it('a session deleted elsewhere is refused within a second', async () => {
    const session = await loginAs(api, 'ADMIN');
    expect(await codeOf(ME, session)).toBeUndefined();
    await api.dataSource.query(`DELETE FROM session WHERE account_id = $1`, [session.accountId]);
    expect(
      await within(
        1000,
        () => codeOf(ME, session),
        (c) => c === 'UNAUTHENTICATED',
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('the idle timeout still holds when last_seen_at is set back', async () => {
    const session = await loginAs(api, 'ADMIN');
    expect(await codeOf(ME, session)).toBeUndefined();
    await api.dataSource.query(
      `UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE account_id = $1`,
      [session.accountId],
    );
    expect(
      await within(
        1000,
        () => codeOf(ME, session),
        (c) => c === 'UNAUTHENTICATED',
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('last_seen_at is still touched while requests are served from the cache', async () => {
    const session = await loginAs(api, 'ADMIN');
    const seenAgo = async (): Promise<number> =>
      (
        await api.dataSource.query<{ ago: number }[]>(
          `SELECT extract(epoch FROM now() - last_seen_at)::float8 AS ago FROM session WHERE account_id = $1`,
          [session.accountId],
        )
      )[0].ago;
    // 28 s ago: the next read is not due to touch; 2.5 s later a cached hit is.
    await api.dataSource.query(
      `UPDATE session SET last_seen_at = now() - interval '28 seconds' WHERE account_id = $1`,
      [session.accountId],
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(await codeOf(ME, session)).toBeUndefined();
    expect(await seenAgo()).toBeGreaterThan(27);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await codeOf(ME, session)).toBeUndefined();
    expect(await within(1000, seenAgo, (ago) => ago < 2)).toBeLessThan(2);
  });

  it('a change the listener missed (connection killed) is not served from the cache', async () => {
    const session = await loginAs(api, 'ADMIN');
    expect(await codeOf(ME, session)).toBeUndefined();
    const listener = `SELECT pid FROM pg_stat_activity WHERE application_name = 'schaltplan-listen' AND datname = current_database()`;
    const [{ pid }] = await api.dataSource.query<{ pid: number }[]>(listener);
    // Deactivated in the transaction that kills the listener: its NOTIFY reaches nobody here.
    const runner = api.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`UPDATE account SET active = false WHERE id = $1`, [session.accountId]);
      await runner.query(`SELECT pg_terminate_backend($1)`, [pid]);
      await within(
        2000,
        () => runner.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1`, [pid]),
        (rows: { n: number }[]) => rows[0].n === 0,
      );
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    // The process notices the lost connection (socket closed) before this request arrives.
    await new Promise((r) => setTimeout(r, 100));
    expect(await codeOf(ME, session)).toBe('UNAUTHENTICATED');
    // And listens again afterwards.
    const back = await within(
      5000,
      () => api.dataSource.query<{ pid: number }[]>(listener),
      (rows) => rows.length === 1 && rows[0].pid !== pid,
    );
    expect(back).toHaveLength(1);
  });
});
