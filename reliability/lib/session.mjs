// Accounts inserted as the database owner, signed in through the API; GraphQL calls that return
// errors instead of throwing (a conflict is an expected answer here, not a failure of the call).
import { hash } from '@node-rs/argon2';
import { signInCookie } from '../../bench/lib/app-process.mjs';

const PASSWORD = 'reliability-password-1234';
let hashed;

/**
 * Inserts an account with `role` for `tenantId` (null: an admin of all tenants) and signs it in;
 * returns its session cookie. Coordinators and viewers belong to their tenant directly as well.
 */
export async function signIn(baseUrl, owner, { role, tenantId = null, label = role }) {
  hashed ??= await hash(PASSWORD, { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const email = `${label.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@reliability.example`;
  const single = role === 'COORDINATOR' || role === 'VIEWER' ? tenantId : null;
  const { rows } = await owner.query(
    `INSERT INTO account (email, display_name, role, tenant_id, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [email, `Reliability ${label}`, role, single, hashed],
  );
  if (tenantId) {
    await owner.query(`INSERT INTO account_tenant (account_id, tenant_id) VALUES ($1, $2)`, [rows[0].id, tenantId]);
  }
  const cookie = await signInCookie(baseUrl, email, PASSWORD, label);
  return { cookie, accountId: rows[0].id, name: `Reliability ${label}` };
}

/** POST /graphql; { status, data, errors, code } with code = the first error's extensions.code. */
export async function gql(baseUrl, query, variables = {}, cookie) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return { status: res.status, data: null, errors: [{ message: text.slice(0, 200) }], code: 'NOT_JSON' };
  }
  const errors = body.errors ?? null;
  return { status: res.status, data: body.data ?? null, errors, code: errors?.[0]?.extensions?.code ?? null };
}

/** The data of a call that must succeed. */
export async function gqlOk(baseUrl, query, variables, cookie) {
  const r = await gql(baseUrl, query, variables, cookie);
  if (r.errors || r.status !== 200) throw new Error(`GraphQL ${r.status}: ${JSON.stringify(r.errors).slice(0, 400)}`);
  return r.data;
}

/** Runs fn as the owner with the all-tenants scope (RLS is forced for the owner too). */
export async function asOwner(client, fn) {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
