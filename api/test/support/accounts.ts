import { randomBytes } from 'node:crypto';
import type { Role } from '@schaltplan/domain';
import { hashPassword } from '../../src/auth/passwords';
import type { Session, TestApp } from './test-app';

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  role: Role;
}

export interface AccountLinks {
  role: Role;
  /** COORDINATOR/VIEWER: one tenant; PROJECT_MANAGER: the assigned tenants. */
  tenantIds?: string[];
  /** TECHNICIAN: the assigned locations. */
  locationIds?: string[];
  active?: boolean;
}

let seq = 0;
// Hashing costs ~50 ms each: one shared password hash is enough for test accounts.
const PASSWORD = 'test-password-1234';
let passwordHash: Promise<string> | undefined;

/** Inserts an account straight into the database (as the owner), bypassing the admin API. */
export async function createAccount(api: TestApp, links: AccountLinks): Promise<TestAccount> {
  passwordHash ??= hashPassword(PASSWORD);
  const email = `${links.role.toLowerCase()}-${++seq}-${randomBytes(3).toString('hex')}@test.example`;
  const tenantIds = links.tenantIds ?? [];
  const single = links.role === 'COORDINATOR' || links.role === 'VIEWER' ? tenantIds[0] : null;
  const [{ id }] = await api.dataSource.query<{ id: string }[]>(
    `INSERT INTO account (email, display_name, role, tenant_id, password_hash, active)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [email, `Test ${links.role}`, links.role, single, await passwordHash, links.active ?? true],
  );
  if (links.role === 'PROJECT_MANAGER' && tenantIds.length) {
    await api.dataSource.query(`INSERT INTO account_tenant (account_id, tenant_id) SELECT $1, unnest($2::uuid[])`, [
      id,
      tenantIds,
    ]);
  }
  if (links.locationIds?.length) {
    await api.dataSource.query(
      `INSERT INTO account_location (account_id, tenant_id, location_id)
       SELECT $1, tenant_id, id FROM location WHERE id = ANY($2::uuid[])`,
      [id, links.locationIds],
    );
  }
  return { id, email, password: PASSWORD, role: links.role };
}

/** Signs in through the API's login mutation and returns the session cookie. */
export async function login(api: TestApp, account: { id: string; email: string; password: string }): Promise<Session> {
  const res = await api.post(
    {
      query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
      variables: { email: account.email, password: account.password },
    },
    { 'x-forwarded-for': `10.9.${++seq % 250}.${seq % 250}` },
  );
  const body = (await res.json()) as { errors?: unknown[] };
  const setCookie = res.headers.get('set-cookie');
  if (body.errors || !setCookie) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return { cookie: setCookie.split(';')[0], accountId: account.id, email: account.email, password: account.password };
}

/** A new account of the role, signed in: `await loginAs(api, 'COORDINATOR', { tenantIds: [t.id] })`. */
export async function loginAs(api: TestApp, role: Role, links: Omit<AccountLinks, 'role'> = {}): Promise<Session> {
  return login(api, await createAccount(api, { role, ...links }));
}
