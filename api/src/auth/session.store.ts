import { Injectable } from '@nestjs/common';
import type { Role } from '@schaltplan/domain';
import { DataSource } from 'typeorm';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES, SESSION_TOUCH_SECONDS } from './auth.constants';
import { logger } from '../common/logger';
import type { OwnerQuery } from './owner-db';
import { type CachedSession, PrincipalCache } from './principal-cache';
import type { Principal } from './principal';
import { hashToken, newToken } from './session-cookie';

interface SessionRow {
  account_id: string;
  role: Role;
  email: string;
  display_name: string;
  tenant_ids: string[];
  location_ids: string[];
  expires_in_ms: number;
  seen_ago_ms: number;
}

/** Cached principals are believed at most this long, even without any invalidation. */
export const SESSION_CACHE_MAX_AGE_MS = 30_000;
const SESSION_CACHE_MAX_ENTRIES = 10_000;

// One statement: validate (active account, idle and absolute expiry), touch last_seen_at at
// most every SESSION_TOUCH_SECONDS, derive the tenant/location set, and say how long the
// session has left (relative to the database clock, for the cache).
const RESOLVE_SQL = `
  WITH s AS (
    SELECT s.id, s.account_id, s.expires_at, s.last_seen_at, a.role, a.email, a.display_name, a.tenant_id
    FROM session s JOIN account a ON a.id = s.account_id
    WHERE s.id = $1 AND a.active AND s.expires_at > now()
      AND s.last_seen_at > now() - make_interval(mins => $2)
  ), touched AS (
    UPDATE session SET last_seen_at = now()
    WHERE id = (SELECT id FROM s) AND last_seen_at < now() - make_interval(secs => $3)
    RETURNING last_seen_at
  )
  SELECT s.account_id, s.role, s.email, s.display_name,
    CASE s.role
      WHEN 'ADMIN' THEN '{}'::uuid[]
      WHEN 'PROJECT_MANAGER' THEN ARRAY(SELECT tenant_id FROM account_tenant WHERE account_id = s.account_id)
      WHEN 'TECHNICIAN' THEN ARRAY(SELECT DISTINCT tenant_id FROM account_location WHERE account_id = s.account_id)
      ELSE ARRAY[s.tenant_id] END AS tenant_ids,
    CASE WHEN s.role = 'TECHNICIAN'
      THEN ARRAY(SELECT location_id FROM account_location WHERE account_id = s.account_id)
      ELSE '{}'::uuid[] END AS location_ids,
    (extract(epoch FROM s.expires_at - now()) * 1000)::float8 AS expires_in_ms,
    (extract(epoch FROM now() - coalesce((SELECT last_seen_at FROM touched), s.last_seen_at)) * 1000)::float8
      AS seen_ago_ms
  FROM s`;

// The same check without the touch and the cache, for background re-checks that are no user
// activity (an open live board must not keep a session alive past its idle timeout).
const CHECK_SQL = `
  WITH s AS (
    SELECT s.id, s.account_id, a.role, a.email, a.display_name, a.tenant_id
    FROM session s JOIN account a ON a.id = s.account_id
    WHERE s.id = $1 AND a.active AND s.expires_at > now()
      AND s.last_seen_at > now() - make_interval(mins => $2)
  )
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

// The touch of a cached session, off the request path; not if the session ended meanwhile.
const TOUCH_SQL = `WITH t AS (
    UPDATE session SET last_seen_at = now()
    WHERE id = $1 AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $2)
    RETURNING 1
  ) SELECT count(*)::int AS n FROM t`;

/** Server-side sessions in PostgreSQL, read and written as the owner (see owner-db.ts). */
@Injectable()
export class SessionStore {
  /** Enabled by the LISTEN connection (CutoverListener) only while it hears `session_changed`. */
  readonly cache = new PrincipalCache({
    maxAgeMs: SESSION_CACHE_MAX_AGE_MS,
    maxEntries: SESSION_CACHE_MAX_ENTRIES,
    idleMs: SESSION_IDLE_MINUTES * 60_000,
    touchMs: SESSION_TOUCH_SECONDS * 1000,
  });

  constructor(private readonly dataSource: DataSource) {}

  /** The principal of a valid session token, or null (unknown, expired, account inactive). Always a fresh read. */
  async resolve(token: string): Promise<Principal | null> {
    return (await this.read(hashToken(token)))?.principal ?? null;
  }

  /**
   * As resolve, but from the per-process cache when possible (the request path). Revocation on
   * another process arrives by NOTIFY; see docs/decisions/0007-session-cache.md.
   */
  async resolveCached(token: string): Promise<Principal | null> {
    const sessionId = hashToken(token);
    const key = sessionId.toString('hex');
    const hit = this.cache.get(key);
    if (hit) {
      if (this.cache.touchDue(hit)) this.touch(key, sessionId, hit);
      return copy(hit.principal);
    }
    const ticket = this.cache.ticket();
    const readAt = this.cache.now();
    const read = await this.read(sessionId);
    if (!read) return null;
    this.cache.store(ticket, key, read.principal, readAt, read.expiresInMs, read.seenAgoMs);
    return copy(read.principal);
  }

  /** As resolve, but read-only and uncached: last_seen_at stays as it is. */
  async check(token: string): Promise<Principal | null> {
    const sessionId = hashToken(token);
    const rows = await this.dataSource.query<SessionRow[]>(CHECK_SQL, [sessionId, SESSION_IDLE_MINUTES]);
    const row = rows[0];
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

  /** Drops the cached principals of an account: call after the change has committed. */
  forgetAccount(accountId: string): void {
    this.cache.forgetAccount(accountId);
  }

  private async read(
    sessionId: Buffer,
  ): Promise<{ principal: Principal; expiresInMs: number; seenAgoMs: number } | null> {
    const rows = await this.dataSource.query<SessionRow[]>(RESOLVE_SQL, [
      sessionId,
      SESSION_IDLE_MINUTES,
      SESSION_TOUCH_SECONDS,
    ]);
    const row = rows[0];
    if (!row) return null;
    const principal: Principal = {
      accountId: row.account_id,
      sessionId,
      role: row.role,
      email: row.email,
      displayName: row.display_name,
      tenantIds: row.tenant_ids,
      locationIds: row.location_ids,
    };
    return { principal, expiresInMs: row.expires_in_ms, seenAgoMs: row.seen_ago_ms };
  }

  /** Background touch of last_seen_at for a cache hit: at most one in flight per session. */
  private touch(key: string, sessionId: Buffer, entry: CachedSession): void {
    entry.touching = true;
    const sentAt = this.cache.now();
    void this.dataSource.query<{ n: number }[]>(TOUCH_SQL, [sessionId, SESSION_IDLE_MINUTES]).then(
      (rows) => this.cache.touched(key, entry, sentAt, (rows[0]?.n ?? 0) > 0),
      (err: unknown) => {
        entry.touching = false;
        logger.warn({ err }, 'session touch failed');
      },
    );
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
    this.cache.forgetSession(sessionId.toString('hex'));
  }

  /**
   * Ends every session of an account (deactivation, password set), optionally but one. Inside
   * the caller's transaction: the caller calls forgetAccount after the commit.
   */
  async endAllOf(query: OwnerQuery, accountId: string, except?: Buffer): Promise<void> {
    await query(`DELETE FROM session WHERE account_id = $1 AND ($2::bytea IS NULL OR id <> $2)`, [
      accountId,
      except ?? null,
    ]);
  }
}

/** Callers get their own arrays: a cached principal is shared by later requests. */
function copy(principal: Principal): Principal {
  return { ...principal, tenantIds: [...principal.tenantIds], locationIds: [...principal.locationIds] };
}
