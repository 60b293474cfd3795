import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { MetricsService } from './metrics.service';

/**
 * The route as a label: Express's matched pattern (`/api/exports/:target`), never the raw URL,
 * so ids and query strings add no series. GraphQL is one route; everything unmatched (static
 * files, the web app's shell, 404s) is "other".
 */
export function routeLabel(req: Request): string {
  const route: unknown = req.route;
  if (typeof route === 'object' && route !== null && 'path' in route && typeof route.path === 'string') {
    return `${req.baseUrl}${route.path}`;
  }
  if (req.originalUrl === '/graphql' || req.originalUrl.startsWith('/graphql?')) return '/graphql';
  return 'other';
}

/** Times every HTTP request from its arrival until the response is done (or the client left). */
export function httpMetricsMiddleware(metrics: MetricsService): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.writableFinished ? String(res.statusCode) : 'aborted';
      metrics.httpDuration.observe({ method: req.method, route: routeLabel(req), status_code: status }, seconds);
      const graphql = metrics.graphqlLabels(req);
      if (graphql) {
        metrics.graphqlDuration.observe(status === 'aborted' ? { ...graphql, outcome: 'error' } : graphql, seconds);
      }
    });
    next();
  };
}
