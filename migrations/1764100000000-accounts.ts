import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './1764000000000-inventory';

/**
 * Account tables. Sessions are looked up before any tenant scope exists, and password hashes
 * must never be reachable from a tenant request: the runtime role gets NO privilege on these
 * tables. Only the API's auth store touches them, as the connecting (owner) user in its own
 * short transactions (see docs/decisions/0004-accounts-and-sessions.md).
 */
export const ACCOUNT_TABLES = [
  'account',
  'account_tenant',
  'account_location',
  'session',
  'password_token',
  'login_attempt',
] as const;

// Frozen copy of the role list at this migration (packages/domain holds the live one).
const ROLES = ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN', 'VIEWER'] as const;

/** Location-bound inventory tables: a technician sees only rows of assigned locations. */
const LOCATION_TABLES = ['person', 'workstation', 'printer', 'file_share'] as const;

const TENANT_POLICY = `tenant_id = ANY ((SELECT app_tenant_ids())::uuid[])`;
const locationPolicy = (column: string): string =>
  `${TENANT_POLICY} AND ((SELECT app_location_ids()) IS NULL OR ${column} = ANY ((SELECT app_location_ids())::uuid[]))`;

export class Accounts1764100000000 implements MigrationInterface {
  name = 'Accounts1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE account (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL CHECK (email ~ '^[^@\\s]+@[^@\\s]+$' AND length(email) <= 254),
      display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
      role text NOT NULL CHECK (role IN (${ROLES.map((r) => `'${r}'`).join(', ')})),
      active boolean NOT NULL DEFAULT true,
      password_hash text,
      tenant_id uuid REFERENCES tenant (id) ON DELETE CASCADE,
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      -- Coordinators and read-only accounts belong to exactly one tenant; the others to none directly.
      CONSTRAINT account_tenant_by_role CHECK (
        (role IN ('COORDINATOR', 'VIEWER')) = (tenant_id IS NOT NULL))
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_account_email ON account (lower(email))`);
    await q.query(`CREATE TRIGGER touch BEFORE UPDATE ON account FOR EACH ROW EXECUTE FUNCTION app_touch()`);

    await q.query(`CREATE TABLE account_tenant (
      account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
      tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
      PRIMARY KEY (account_id, tenant_id)
    )`);
    await q.query(`CREATE TABLE account_location (
      account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
      tenant_id uuid NOT NULL,
      location_id uuid NOT NULL,
      PRIMARY KEY (account_id, location_id),
      FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id) ON DELETE CASCADE
    )`);

    // id = sha256 of the cookie token: a leaked table does not yield usable cookies.
    await q.query(`CREATE TABLE session (
      id bytea PRIMARY KEY CHECK (length(id) = 32),
      account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      ip text,
      user_agent text
    )`);
    await q.query(`CREATE INDEX ix_session_account ON session (account_id)`);
    await q.query(`CREATE INDEX ix_session_expires ON session (expires_at)`);

    await q.query(`CREATE TABLE password_token (
      id bytea PRIMARY KEY CHECK (length(id) = 32),
      account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX ix_password_token_account ON password_token (account_id)`);

    // Failed (and successful) sign-ins, keyed by the typed e-mail so unknown addresses are
    // throttled exactly like known ones (no account enumeration).
    await q.query(`CREATE TABLE login_attempt (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      email text NOT NULL,
      ip text NOT NULL,
      succeeded boolean NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX ix_login_attempt_email ON login_attempt (lower(email), at)`);
    await q.query(`CREATE INDEX ix_login_attempt_ip ON login_attempt (ip, at)`);

    // Technicians: the request also carries its location set; NULL means "no location limit".
    await q.query(`CREATE FUNCTION app_location_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$
      SELECT nullif(current_setting('app.location_ids', true), '')::uuid[] $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_location_ids() TO ${RUNTIME_ROLE}`);
    await q.query(`DROP POLICY tenant_scope ON location`);
    await q.query(`CREATE POLICY tenant_scope ON location USING (${locationPolicy('id')})
      WITH CHECK (${locationPolicy('id')})`);
    for (const t of LOCATION_TABLES) {
      await q.query(`DROP POLICY tenant_scope ON ${t}`);
      await q.query(`CREATE POLICY tenant_scope ON ${t} USING (${locationPolicy('location_id')})
        WITH CHECK (${locationPolicy('location_id')})`);
    }
    await q.query(`REVOKE ALL ON ${ACCOUNT_TABLES.join(', ')} FROM ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['location', ...LOCATION_TABLES]) {
      await q.query(`DROP POLICY tenant_scope ON ${t}`);
      await q.query(`CREATE POLICY tenant_scope ON ${t} USING (${TENANT_POLICY}) WITH CHECK (${TENANT_POLICY})`);
    }
    await q.query(`DROP FUNCTION app_location_ids()`);
    for (const t of [...ACCOUNT_TABLES].reverse()) await q.query(`DROP TABLE ${t}`);
  }
}
