import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Principal } from '../auth/principal';
import { sessionTokenFromCookies } from '../auth/session-cookie';
import { SessionStore } from '../auth/session.store';

/** How long a re-checked session is believed: a deactivated account stops within this time. */
export const SESSION_RECHECK_MS = 5_000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

type TrustFn = (address: string | undefined, hop: number) => boolean;

/**
 * Sessions of WebSocket connections: the cookie of the upgrade request, read the way Express
 * reads it for HTTP (same cookie name behind a trusted TLS proxy), and a short cache so events
 * re-check the session without one query each.
 */
@Injectable()
export class LiveSessions {
  private readonly cache = new Map<string, { principal: Promise<Principal | null>; at: number }>();

  constructor(
    private readonly sessions: SessionStore,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  tokenOf(request: IncomingMessage): string | null {
    return sessionTokenFromCookies(request.headers.cookie, this.protocolOf(request) === 'https');
  }

  /**
   * The principal of a token, at most SESSION_RECHECK_MS old; null once the session is gone
   * (logout, deactivation, idle or absolute expiry). Never extends the session.
   */
  principal(token: string | null): Promise<Principal | null> {
    if (!token) return Promise.resolve(null);
    const now = Date.now();
    const hit = this.cache.get(token);
    if (hit && now - hit.at < SESSION_RECHECK_MS) return hit.principal;
    if (this.cache.size > 1000) {
      for (const [key, entry] of this.cache) if (now - entry.at >= SESSION_RECHECK_MS) this.cache.delete(key);
    }
    // Read-only: an open socket is no user activity and must not restart the idle clock.
    const principal = this.sessions.check(token).catch(() => null);
    this.cache.set(token, { principal, at: now });
    return principal;
  }

  /**
   * CSRF for WebSockets: browsers send cookies on cross-site upgrades and the same-origin
   * policy does not apply, so a foreign Origin is refused. No Origin (non-browser clients) is
   * fine; ALLOWED_ORIGINS adds origins; outside production any loopback origin (Vite dev server).
   */
  originAllowed(request: IncomingMessage, production: boolean): boolean {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    const allowed = (process.env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    if (allowed.includes(url.origin)) return true;
    if (!production && LOOPBACK.has(url.hostname)) return true;
    return url.host === this.hostOf(request) && url.protocol === `${this.protocolOf(request)}:`;
  }

  private trust(): TrustFn {
    const app = this.adapterHost.httpAdapter.getInstance<{ get(name: string): unknown }>();
    const fn = app.get('trust proxy fn');
    return typeof fn === 'function' ? (fn as TrustFn) : () => false;
  }

  /** As Express's req.protocol: X-Forwarded-Proto only from a trusted proxy. */
  private protocolOf(request: IncomingMessage): 'http' | 'https' {
    const socket = request.socket as TLSSocket;
    if (socket.encrypted) return 'https';
    if (!this.trust()(socket.remoteAddress, 0)) return 'http';
    const header = firstValue(request.headers['x-forwarded-proto']);
    return header === 'https' ? 'https' : 'http';
  }

  private hostOf(request: IncomingMessage): string | undefined {
    const forwarded = firstValue(request.headers['x-forwarded-host']);
    if (forwarded && this.trust()(request.socket.remoteAddress, 0)) return forwarded;
    return request.headers.host;
  }
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0].trim() || undefined;
}
