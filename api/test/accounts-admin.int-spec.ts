import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAccount, login, loginAs } from './support/accounts';
import { aLocation, aTenant, type Created } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let tenant: Created;
let location: Created;
beforeAll(async () => {
  api = await startTestApp('accounts');
  tenant = await aTenant().create(api);
  location = await aLocation().of(tenant).create(api);
});
afterAll(() => api.close());

const CREATE = `mutation($input: CreateAccountInput!) {
  createAccount(input: $input) { account { id role active hasPassword tenantIds locationIds version tenants { id } }
    setPassword { token expiresAt } } }`;
const SET = 'mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) }';

interface Created2 {
  createAccount: {
    account: {
      id: string;
      role: string;
      hasPassword: boolean;
      tenantIds: string[];
      locationIds: string[];
      version: number;
    };
    setPassword: { token: string; expiresAt: string };
  };
}

describe('account administration', () => {
  it('creates a coordinator who sets a password through the one-time token and signs in', async () => {
    const email = 'neu.koordination@test.example';
    const created = await api.gql<Created2>(CREATE, {
      input: { email, displayName: 'Neue Koordination', role: 'COORDINATOR', tenantIds: [tenant.id] },
    });
    const { account, setPassword } = created.createAccount;
    expect(account).toMatchObject({ role: 'COORDINATOR', hasPassword: false, tenantIds: [tenant.id], locationIds: [] });
    const hours = (Date.parse(setPassword.expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(71);

    const short = await api.request(SET, { token: setPassword.token, password: 'kurz' }, { session: null });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'password' }] });
    expect(
      await api.request(SET, { token: setPassword.token, password: 'lang-genug-1234' }, { session: null }),
    ).toEqual({
      data: { setPassword: true },
    });
    const reused = await api.request(
      SET,
      { token: setPassword.token, password: 'noch-ein-passwort' },
      { session: null },
    );
    expect(reused.errors?.[0].extensions?.code).toBe('INVALID_TOKEN');

    const session = await login(api, { id: account.id, email, password: 'lang-genug-1234' });
    const me = await api.gql<{ me: { tenants: { id: string }[]; hasPassword: boolean } }>(
      '{ me { hasPassword tenants { id } } }',
      {},
      { session },
    );
    expect(me.me).toEqual({ hasPassword: true, tenants: [{ id: tenant.id }] });
  });

  it('refuses links that do not fit the role, and duplicate e-mails', async () => {
    const noTenant = await api.request(CREATE, {
      input: { email: 'x1@test.example', displayName: 'X', role: 'VIEWER' },
    });
    expect(noTenant.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'tenantIds' }] });
    const adminWithLocation = await api.request(CREATE, {
      input: { email: 'x2@test.example', displayName: 'X', role: 'ADMIN', locationIds: [location.id] },
    });
    expect(adminWithLocation.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const dup = await api.request(CREATE, {
      input: { email: api.admin.email.toUpperCase(), displayName: 'X', role: 'ADMIN' },
    });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'UNIQUE_VIOLATION', field: 'email' });
  });

  it('assigns a technician locations and derives the tenants from them', async () => {
    const created = await api.gql<Created2>(CREATE, {
      input: { email: 'technik.neu@test.example', displayName: 'T', role: 'TECHNICIAN', locationIds: [location.id] },
    });
    expect(created.createAccount.account).toMatchObject({ tenantIds: [tenant.id], locationIds: [location.id] });
    const other = await aLocation().of(tenant).create(api);
    const updated = await api.gql<{ updateAccount: { locationIds: string[]; version: number } }>(
      `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { locationIds version } }`,
      { input: { id: created.createAccount.account.id, version: 1, locationIds: [other.id] } },
    );
    expect(updated.updateAccount).toEqual({ locationIds: [other.id], version: 2 });
    const stale = await api.request(`mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }`, {
      input: { id: created.createAccount.account.id, version: 1, displayName: 'Y' },
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('resetPassword clears the password, ends the sessions and issues a new token', async () => {
    const account = await createAccount(api, { role: 'VIEWER', tenantIds: [tenant.id] });
    const session = await login(api, account);
    const reset = await api.gql<{ resetPassword: { token: string } }>(
      `mutation { resetPassword(id: "${account.id}") { token } }`,
    );
    expect((await api.request('{ me { id } }', {}, { session })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await expect(login(api, account)).rejects.toThrow(/LOGIN_FAILED/);
    await api.gql(SET, { token: reset.resetPassword.token, password: 'wieder-da-12345' }, { session: null });
    await login(api, { ...account, password: 'wieder-da-12345' });
  });

  it('an admin cannot deactivate or demote their own account', async () => {
    const me = await api.gql<{ me: { version: number } }>('{ me { version } }');
    const res = await api.request(`mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }`, {
      input: { id: api.admin.accountId, version: me.me.version, active: false },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('own password (Mein Konto)', () => {
  it('checks the current password, keeps this session and ends the others', async () => {
    const account = await createAccount(api, { role: 'TECHNICIAN', locationIds: [location.id] });
    const here = await login(api, account);
    const elsewhere = await login(api, account);
    const CHANGE = `mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }`;
    const wrong = await api.request(CHANGE, { c: 'falsch-falsch-1', n: 'neues-passwort-1' }, { session: here });
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'currentPassword' }],
    });
    const short = await api.request(CHANGE, { c: account.password, n: 'kurz' }, { session: here });
    expect(short.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'newPassword' }] });
    expect(await api.request(CHANGE, { c: account.password, n: 'neues-passwort-1' }, { session: here })).toEqual({
      data: { changeOwnPassword: true },
    });
    expect((await api.request('{ me { id } }', {}, { session: here })).data).toBeTruthy();
    expect((await api.request('{ me { id } }', {}, { session: elsewhere })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await login(api, { ...account, password: 'neues-passwort-1' });
  });

  it('is available to every role but account administration is not', async () => {
    const viewer = await loginAs(api, 'VIEWER', { tenantIds: [tenant.id] });
    expect(
      (await api.request('{ accounts { totalCount } }', {}, { session: viewer })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
