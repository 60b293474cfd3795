import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { JsonNestLogger, logger } from './common/logger';
import { SessionStore } from './auth/session.store';
import { requestContextMiddleware } from './database/request-context.middleware';
import { hardeningConfigFromEnv, type HardeningConfig } from './hardening/hardening.config';
import { applyRateLimit, securityHeaders } from './hardening/http-hardening';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { MetricsService } from './metrics/metrics.service';
import { GracefulShutdown } from './shutdown/graceful-shutdown';
import { assetCacheHeaders, precompressedAssets } from './web-app/static-assets.middleware';

export interface CreateAppOptions {
  dataSource: DataSource;
  /** Folder of the built web app, served at / with SPA fallback. */
  webDist?: string;
  production?: boolean;
  /**
   * Express "trust proxy": which proxies' X-Forwarded-For/-Proto to believe (client IP for the
   * login throttle, HTTPS for the Secure cookie). Default: env TRUST_PROXY, else none.
   */
  trustProxy?: string | number | boolean;
  /** Query limits and the /graphql rate limit. Default: from the environment (GRAPHQL_*). */
  hardening?: HardeningConfig;
}

/** Builds the HTTP app: GraphQL at /graphql, downloads under /api, /health, /metrics and the web app at /. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const hardening = options.hardening ?? hardeningConfigFromEnv();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.create({ dataSource: options.dataSource, production, queryLimits: hardening.queryLimits }),
    { logger: new JsonNestLogger(), bodyParser: true },
  );
  // Outermost: refusal while shutting down, then timing of the whole request.
  app.use(app.get(GracefulShutdown).attach(app.getHttpServer()));
  app.use(httpMetricsMiddleware(app.get(MetricsService)));
  app.use(securityHeaders());
  // Before body parsing, so a refused request costs nothing; req.ip honours "trust proxy" below.
  applyRateLimit(app, hardening.rateLimit);
  app.useBodyParser('json', { limit: '1mb' });
  const trustProxy = options.trustProxy ?? process.env.TRUST_PROXY;
  if (trustProxy !== undefined && trustProxy !== '') {
    app.set('trust proxy', /^\d+$/.test(String(trustProxy)) ? Number(trustProxy) : trustProxy);
  }

  // Every GraphQL (and REST /api) request gets its own context (session → scope, one transaction, loaders).
  const sessions = app.get(SessionStore);
  app.use('/graphql', requestContextMiddleware(options.dataSource, sessions));
  // REST downloads (exports) run in the same kind of context; the controller ends it.
  app.use('/api', requestContextMiddleware(options.dataSource, sessions));

  const webDist = options.webDist;
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    app.use(precompressedAssets(webDist));
    app.useStaticAssets(webDist, {
      index: false,
      maxAge: production ? '1h' : 0,
      setHeaders: assetCacheHeaders(webDist),
    });
    // Client-side routes (/verwaltungen/…) all load the SPA shell.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || /^\/(graphql|health|metrics|api)(\/|$)/.test(req.path)) return next();
      if (!req.accepts('html')) return next();
      res.sendFile(join(webDist, 'index.html'));
    });
  } else if (webDist) {
    logger.warn({ webDist }, 'web app not built: only the API is served');
  }
  await app.init();
  return app;
}
