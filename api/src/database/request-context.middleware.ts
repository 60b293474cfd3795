import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { readSessionToken } from '../auth/session-cookie';
import type { SessionStore } from '../auth/session.store';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './database-unavailable';
import { RequestContext } from './request-context';
import { scopeForPrincipal } from './tenant-scope';

/**
 * Runs the rest of the request inside its own RequestContext: the session cookie decides the
 * principal, the principal the tenant scope (SET LOCAL role + tenant ids → RLS). Whoever handles
 * the request ends the context (GraphQL: requestTransactionPlugin; REST: the controller).
 */
export function requestContextMiddleware(dataSource: DataSource, sessions: SessionStore): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const token = readSessionToken(req);
    (token ? sessions.resolveCached(token) : Promise.resolve(null)).then(
      (principal) => {
        const ctx = new RequestContext(
          dataSource,
          scopeForPrincipal(principal),
          principal?.accountId ?? null,
          principal,
        );
        RequestContext.run(ctx, next);
      },
      (error: unknown) => {
        if (!isDatabaseUnavailable(error)) return next(error);
        // The session cannot be checked while PostgreSQL is away: 503, in the shape the caller reads.
        const code = 'SERVICE_UNAVAILABLE';
        res.status(503).set('Retry-After', '5');
        if (req.baseUrl === '/graphql')
          res.json({ errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code } }] });
        else res.json({ code, message: DATABASE_UNAVAILABLE_MESSAGE });
      },
    );
  };
}
