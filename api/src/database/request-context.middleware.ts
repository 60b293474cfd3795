import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { readSessionToken } from '../auth/session-cookie';
import type { SessionStore } from '../auth/session.store';
import { RequestContext } from './request-context';
import { scopeForPrincipal } from './tenant-scope';

/**
 * Runs the rest of the request inside its own RequestContext: the session cookie decides the
 * principal, the principal the tenant scope (SET LOCAL role + tenant ids → RLS). Whoever handles
 * the request ends the context (GraphQL: requestTransactionPlugin; REST: the controller).
 */
export function requestContextMiddleware(dataSource: DataSource, sessions: SessionStore): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const token = readSessionToken(req);
    (token ? sessions.resolveCached(token) : Promise.resolve(null)).then((principal) => {
      const ctx = new RequestContext(dataSource, scopeForPrincipal(principal), principal?.accountId ?? null, principal);
      RequestContext.run(ctx, next);
    }, next);
  };
}
