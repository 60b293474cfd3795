import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sessionTokenFromCookies } from '../src/auth/session-cookie';
import { SessionStore } from '../src/auth/session.store';
import { createAccount, login, loginAs } from './support/accounts';
import { aTenant } from './support/factories';
import { startTestApp, type Session, type TestApp } from './support/test-app';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp('sessions');
});
afterAll(() => api.close());

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id role } }';
let ipSeq = 0;
const freshIp = (): string => `192.0.2.${++ipSeq}`;

function attempt(email: string, password: string, ip = freshIp(), headers: Record<string, string> = {}) {
  return api.post({ query: LOGIN, variables: { email, password } }, { 'x-forwarded-for': ip, ...headers });
}

async function codeOf(res: Response): Promise<string | undefined> {
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code;
}

const ME = '{ me { id email role } }';
const meCode = async (session: Session): Promise<string | undefined> =>
  (await api.request(ME, {}, { session })).errors?.[0]?.extensions?.code;

/**
 * A session changed behind the app's back (SQL here) reaches its principal cache by NOTIFY, a
 * moment after the commit (ADR 0007): ask until the answer is `code`, for at most two seconds.
 */
async function meCodeSettles(session: Session, code: string): Promise<string | undefined> {
  const deadline = Date.now() + 2000;
  for (;;) {
    const answer = await meCode(session);
    if (answer === code || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('login', () => {
  it('signs in, sets an HttpOnly SameSite=Lax cookie and the session works', async () => {
    const account = await createAccount(api, { role: 'ADMIN' });
    const res = await attempt(account.email.toUpperCase(), account.password);
    expect(await res.json()).toEqual({ data: { login: { id: account.id, role: 'ADMIN' } } });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^schaltplan_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const session = { cookie: cookie.split(';')[0], accountId: account.id, email: account.email, password: '' };
    expect((await api.request(ME, {}, { session })).data).toEqual({
      me: { id: account.id, email: account.email, role: 'ADMIN' },
    });
  });

  it('uses a Secure __Host- cookie over HTTPS (behind a trusted proxy) and ignores the plain one there', async () => {
    const account = await createAccount(api, { role: 'VIEWER', tenantIds: [(await aTenant().create(api)).id] });
    const res = await attempt(account.email, account.password, freshIp(), { 'x-forwarded-proto': 'https' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-schaltplan_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).not.toMatch(/Domain=/);
    const token = cookie.split(';')[0].split('=')[1];
    const https = { 'x-forwarded-proto': 'https' };
    const ok = await api.request(
      ME,
      {},
      { session: null, headers: { ...https, cookie: `__Host-schaltplan_session=${token}` } },
    );
    expect(ok.data).toBeTruthy();
    const plain = await api.request(
      ME,
      {},
      { session: null, headers: { ...https, cookie: `schaltplan_session=${token}` } },
    );
    expect(plain.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('fails with one generic message for a wrong password, an unknown e-mail and an inactive account', async () => {
    const account = await createAccount(api, { role: 'ADMIN' });
    const inactive = await createAccount(api, { role: 'ADMIN', active: false });
    const bodies = [];
    for (const [email, password] of [
      [account.email, 'wrong-password-123'],
      ['nobody@test.example', account.password],
      [inactive.email, inactive.password],
    ]) {
      const res = await attempt(email, password);
      expect(res.headers.get('set-cookie')).toBeNull();
      bodies.push(await res.json());
    }
    const expected = {
      data: null,
      errors: [{ message: 'Wrong e-mail or password.', path: ['login'], extensions: { code: 'LOGIN_FAILED' } }],
    };
    expect(bodies).toEqual([expected, expected, expected]);
  });

  it('allows only login, setPassword and __typename without a session', async () => {
    expect(await api.request('{ __typename }', {}, { session: null })).toEqual({ data: { __typename: 'Query' } });
    for (const op of [
      '{ tenants { totalCount } }',
      '{ me { id } }',
      'mutation { logout }',
      '{ accounts { totalCount } }',
    ]) {
      const res = await api.request(op, {}, { session: null });
      expect({ op, code: res.errors?.[0].extensions?.code }).toEqual({ op, code: 'UNAUTHENTICATED' });
    }
  });

  it('stores argon2id hashes at OWASP parameters', async () => {
    const created = await api.gql<{ createAccount: { account: { id: string }; setPassword: { token: string } } }>(
      `mutation { createAccount(input: { email: "hash@test.example", displayName: "H", role: ADMIN }) {
         account { id } setPassword { token } } }`,
    );
    await api.gql(`mutation($t: String!) { setPassword(token: $t, password: "correct horse battery") }`, {
      t: created.createAccount.setPassword.token,
    });
    const [{ password_hash }] = await api.dataSource.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM account WHERE id = $1`,
      [created.createAccount.account.id],
    );
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('login throttling', () => {
  it('blocks an e-mail address after 5 failures, even with the right password and from new IPs', async () => {
    const account = await createAccount(api, { role: 'ADMIN' });
    for (let i = 0; i < 5; i++)
      expect(await codeOf(await attempt(account.email, `wrong-password-${i}x`))).toBe('LOGIN_FAILED');
    const blocked = await attempt(account.email, account.password);
    expect(await codeOf(blocked)).toBe('LOGIN_THROTTLED');
    expect(blocked.headers.get('set-cookie')).toBeNull();
    // Unknown addresses are throttled the same way (no account enumeration).
    for (let i = 0; i < 5; i++) await attempt('ghost@test.example', `wrong-password-${i}x`);
    expect(await codeOf(await attempt('ghost@test.example', 'anything-at-all'))).toBe('LOGIN_THROTTLED');
    // Once the window has passed, the account can sign in again.
    await api.dataSource.query(`UPDATE login_attempt SET at = at - interval '16 minutes' WHERE lower(email) = $1`, [
      account.email,
    ]);
    expect(await codeOf(await attempt(account.email, account.password))).toBeUndefined();
  });

  it('blocks a client IP after 20 failures, whatever the e-mail; other IPs are unaffected', async () => {
    const account = await createAccount(api, { role: 'ADMIN' });
    const ip = '198.51.100.7';
    for (let i = 0; i < 20; i++) await attempt(`spray-${i}@test.example`, 'wrong-password-xx', ip);
    expect(await codeOf(await attempt(account.email, account.password, ip))).toBe('LOGIN_THROTTLED');
    expect(await codeOf(await attempt(account.email, account.password, '198.51.100.8'))).toBeUndefined();
  });
});

describe('session expiry and ending', () => {
  it('ends a session after 30 idle minutes', async () => {
    const session = await loginAs(api, 'ADMIN');
    await api.dataSource.query(
      `UPDATE session SET last_seen_at = now() - interval '29 minutes' WHERE account_id = $1`,
      [session.accountId],
    );
    expect(await meCode(session)).toBeUndefined();
    // That request counted as activity: the idle clock restarted.
    const [{ idle }] = await api.dataSource.query<{ idle: number }[]>(
      `SELECT extract(epoch FROM now() - last_seen_at)::int AS idle FROM session WHERE account_id = $1`,
      [session.accountId],
    );
    expect(idle).toBeLessThan(5);
    await api.dataSource.query(
      `UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE account_id = $1`,
      [session.accountId],
    );
    expect(await meCodeSettles(session, 'UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
  });

  it('ends a session at its absolute expiry even when it is in use', async () => {
    const session = await loginAs(api, 'ADMIN');
    const [{ hours }] = await api.dataSource.query<{ hours: number }[]>(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM session WHERE account_id = $1`,
      [session.accountId],
    );
    expect(hours).toBe(12);
    await api.dataSource.query(
      `UPDATE session SET created_at = now() - interval '12 hours 1 minute', expires_at = now() - interval '1 minute'
       WHERE account_id = $1`,
      [session.accountId],
    );
    expect(await meCodeSettles(session, 'UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
  });

  it('ends all sessions of an account the moment an admin deactivates it', async () => {
    const tenant = await aTenant().create(api);
    const account = await createAccount(api, { role: 'COORDINATOR', tenantIds: [tenant.id] });
    const first = await login(api, account);
    const second = await login(api, account);
    expect(await meCode(first)).toBeUndefined();
    const version = (await api.gql<{ account: { version: number } }>(`{ account(id: "${account.id}") { version } }`))
      .account.version;
    const res = await api.gql<{ updateAccount: { active: boolean } }>(
      `mutation($id: ID!, $v: Int!) { updateAccount(input: { id: $id, version: $v, active: false }) { active } }`,
      { id: account.id, v: version },
    );
    expect(res.updateAccount.active).toBe(false);
    expect(await meCode(first)).toBe('UNAUTHENTICATED');
    expect(await meCode(second)).toBe('UNAUTHENTICATED');
    const [{ n }] = await api.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM session WHERE account_id = $1`,
      [account.id],
    );
    expect(n).toBe(0);
    expect(await codeOf(await attempt(account.email, account.password))).toBe('LOGIN_FAILED');
  });

  it('logout ends the session and clears the cookie', async () => {
    const session = await loginAs(api, 'ADMIN');
    const res = await api.post({ query: 'mutation { logout }' }, { cookie: session.cookie });
    expect(await res.json()).toEqual({ data: { logout: true } });
    expect(res.headers.get('set-cookie')).toMatch(/^schaltplan_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await meCode(session)).toBe('UNAUTHENTICATED');
  });
});

describe('read-only session check (live re-checks)', () => {
  const tokenOf = (session: Session): string => {
    const token = sessionTokenFromCookies(session.cookie, false);
    if (!token) throw new Error('no session token in the cookie');
    return token;
  };
  const setIdle = (session: Session, minutes: number) =>
    api.dataSource.query(`UPDATE session SET last_seen_at = now() - make_interval(mins => $2) WHERE account_id = $1`, [
      session.accountId,
      minutes,
    ]);
  const idleSeconds = async (session: Session): Promise<number> =>
    (
      await api.dataSource.query<{ idle: number }[]>(
        `SELECT extract(epoch FROM now() - last_seen_at)::int AS idle FROM session WHERE account_id = $1`,
        [session.accountId],
      )
    )[0].idle;

  it('answers like resolve() but leaves last_seen_at where it was', async () => {
    const store = new SessionStore(api.dataSource);
    const session = await loginAs(api, 'ADMIN');
    await setIdle(session, 29);
    const principal = await store.check(tokenOf(session));
    expect(principal).toMatchObject({ accountId: session.accountId, role: 'ADMIN', email: session.email });
    expect(await idleSeconds(session)).toBeGreaterThanOrEqual(29 * 60);
    // resolve() (an HTTP request) still counts as activity.
    expect(await store.resolve(tokenOf(session))).toMatchObject({ accountId: session.accountId });
    expect(await idleSeconds(session)).toBeLessThan(5);
  });

  it('honours idle and absolute expiry, deactivation and logout', async () => {
    const store = new SessionStore(api.dataSource);
    const idle = await loginAs(api, 'ADMIN');
    await setIdle(idle, 31);
    expect(await store.check(tokenOf(idle))).toBeNull();

    const old = await loginAs(api, 'ADMIN');
    await api.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 minute' WHERE account_id = $1`, [
      old.accountId,
    ]);
    expect(await store.check(tokenOf(old))).toBeNull();

    const inactive = await loginAs(api, 'ADMIN');
    expect(await store.check(tokenOf(inactive))).not.toBeNull();
    await api.dataSource.query(`UPDATE account SET active = false WHERE id = $1`, [inactive.accountId]);
    expect(await store.check(tokenOf(inactive))).toBeNull();

    const gone = await loginAs(api, 'ADMIN');
    expect(await api.gql(`mutation { logout }`, {}, { session: gone })).toEqual({ logout: true });
    expect(await store.check(tokenOf(gone))).toBeNull();
  });
});
