import { Injectable } from '@nestjs/common';
import type { Role } from '@schaltplan/domain';
import { DataSource } from 'typeorm';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES, SESSION_TOUCH_SECONDS } from './auth.constants';
import type { OwnerQuery } from './owner-db';
import type { Principal } from './principal';
import { hashToken, newToken } from './session-cookie';

interface SessionRow {
  account_id: string;
  role: Role;
  email: string;
  display_name: string;
  tenant_ids: string[];
  location_ids: string[];
}

// A valid session: active account, within idle and absolute expiry.
const VALID_SESSION = `
    SELECT s.id, s.account_id, a.role, a.email, a.display_name, a.tenant_id
    FROM session s JOIN account a ON a.id = s.account_id
    WHERE s.id = $1 AND a.active AND s.expires_at > now()
      AND s.last_seen_at > now() - make_interval(mins => $2)`;

// Its principal with the tenant/location set derived from the assignments.
const PRINCIPAL_OF_S = `
  SELECT s.account_id, s.role, s.email, s.display_name,
    CASE s.role
      WHEN 'ADMIN' THEN '{}'::uuid[]
      WHEN 'PROJECT_MANAGER' THEN ARRAY(SELECT tenant_id FROM account_tenant WHERE account_id = s.account_id)
      WHEN 'TECHNICIAN' THEN ARRAY(SELECT DISTINCT tenant_id FROM account_location WHERE account_id = s.account_id)
      ELSE ARRAY[s.tenant_id] END AS tenant_ids,
    CASE WHEN s.role = 'TECHNICIAN'
      THEN ARRAY(SELECT location_id FROM account_location WHERE account_id = s.account_id)
      ELSE '{}'::uuid[] END AS location_ids
  FROM s`;

// One statement per request: validate, touch last_seen_at at most every SESSION_TOUCH_SECONDS
// (a request is activity and restarts the idle clock), and derive the principal.
const RESOLVE_SQL = `
  WITH s AS (${VALID_SESSION}), touched AS (
    UPDATE session SET last_seen_at = now()
    WHERE id = (SELECT id FROM s) AND last_seen_at < now() - make_interval(secs => $3)
  ) ${PRINCIPAL_OF_S}`;

// The same check without the touch, for background re-checks that are no user activity.
const CHECK_SQL = `WITH s AS (${VALID_SESSION}) ${PRINCIPAL_OF_S}`;

/** Server-side sessions in PostgreSQL, read and written as the owner (see owner-db.ts). */
@Injectable()
export class SessionStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The principal of a valid session token, or null (unknown, expired, account inactive). */
  async resolve(token: string): Promise<Principal | null> {
    const sessionId = hashToken(token);
    const rows = await this.dataSource.query<SessionRow[]>(RESOLVE_SQL, [
      sessionId,
      SESSION_IDLE_MINUTES,
      SESSION_TOUCH_SECONDS,
    ]);
    return toPrincipal(sessionId, rows[0]);
  }

  /**
   * As resolve(), but read-only: last_seen_at stays, so checks on the user's behalf without user
   * activity (an open live board) cannot keep a session alive past its idle timeout.
   */
  async check(token: string): Promise<Principal | null> {
    const sessionId = hashToken(token);
    const rows = await this.dataSource.query<SessionRow[]>(CHECK_SQL, [sessionId, SESSION_IDLE_MINUTES]);
    return toPrincipal(sessionId, rows[0]);
  }

  /** Opens a session; returns the cookie token (only its hash is stored). */
  async create(query: OwnerQuery, accountId: string, ip: string, userAgent: string | undefined): Promise<string> {
    const { token, hash } = newToken();
    await query(
      `INSERT INTO session (id, account_id, expires_at, ip, user_agent)
       VALUES ($1, $2, now() + make_interval(hours => $3), $4, $5)`,
      [hash, accountId, SESSION_ABSOLUTE_HOURS, ip, userAgent?.slice(0, 500) ?? null],
    );
    // Housekeeping on sign-in keeps the table small without a scheduler.
    await query(`DELETE FROM session WHERE expires_at < now() OR last_seen_at < now() - make_interval(mins => $1)`, [
      SESSION_IDLE_MINUTES,
    ]);
    return token;
  }

  async end(sessionId: Buffer): Promise<void> {
    await this.dataSource.query(`DELETE FROM session WHERE id = $1`, [sessionId]);
  }

  /** Ends every session of an account (deactivation, password set), optionally but one. */
  async endAllOf(query: OwnerQuery, accountId: string, except?: Buffer): Promise<void> {
    await query(`DELETE FROM session WHERE account_id = $1 AND ($2::bytea IS NULL OR id <> $2)`, [
      accountId,
      except ?? null,
    ]);
  }
}

function toPrincipal(sessionId: Buffer, row: SessionRow | undefined): Principal | null {
  if (!row) return null;
  return {
    accountId: row.account_id,
    sessionId,
    role: row.role,
    email: row.email,
    displayName: row.display_name,
    tenantIds: row.tenant_ids,
    locationIds: row.location_ids,
  };
}
