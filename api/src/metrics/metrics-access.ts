import { createHash, timingSafeEqual } from 'node:crypto';

export type MetricsAccess = 'allowed' | 'unauthenticated' | 'forbidden';

/** What the access decision needs of a request. */
export interface ScrapeRequest {
  remoteAddress: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
/** A request relayed by a proxy on the same host comes from loopback but not from this host. */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * Who may scrape /metrics: with METRICS_TOKEN set, whoever sends `Authorization: Bearer <token>`
 * (from anywhere); without it, only direct requests from loopback (same host or container).
 */
export function metricsAccess(req: ScrapeRequest, token: string | undefined): MetricsAccess {
  if (token) {
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    // Digests have equal length, so the comparison leaks neither the token nor its length.
    return match && timingSafeEqual(digest(match[1]), digest(token)) ? 'allowed' : 'unauthenticated';
  }
  const local = LOOPBACK.test(req.remoteAddress ?? '') && !PROXY_HEADERS.some((h) => req.headers[h] !== undefined);
  return local ? 'allowed' : 'forbidden';
}
