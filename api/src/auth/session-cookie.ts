import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { SESSION_ABSOLUTE_HOURS } from './auth.constants';

export const SESSION_COOKIE = 'schaltplan_session';
/** Over HTTPS: Secure, Path=/, no Domain, so no sibling host can set or overwrite it. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A fresh random 256-bit token (base64url) and the sha256 the database keeps instead. */
export function newToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function isTokenShaped(token: string): boolean {
  return TOKEN.test(token);
}

/** req.secure honours X-Forwarded-Proto only behind a configured `trust proxy`. */
const cookieName = (req: Request): string => (req.secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

export function readSessionToken(req: Request): string | null {
  return sessionTokenFromCookies(req.headers.cookie, req.secure);
}

/** The token from a Cookie header; `secure` picks the __Host- name (also for WebSocket upgrades). */
export function sessionTokenFromCookies(cookieHeader: string | undefined, secure: boolean): string | null {
  const name = secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return isTokenShaped(value) ? value : null;
    }
  }
  return null;
}

export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(cookieName(req), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    maxAge: SESSION_ABSOLUTE_HOURS * 3600_000,
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(cookieName(req), { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}
