import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { logger } from '../common/logger';
import type { RateLimit } from './hardening.config';

/**
 * Security headers for everything served (API and web app). The CSP allows only this origin;
 * styles may be inline because Mantine writes its CSS variables into <style> elements and style
 * attributes. The built web app has no inline scripts and loads nothing from elsewhere.
 */
export function securityHeaders(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        // Off: the docker-compose setup serves plain HTTP, where it would break every asset. Behind
        // HTTPS, HSTS already keeps browsers on https.
        'upgrade-insecure-requests': null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * Requests to /graphql per client address (req.ip: set TRUST_PROXY behind a reverse proxy, or
 * every user shares the proxy's budget). Refusals are GraphQL-shaped with code RATE_LIMITED.
 */
export function applyRateLimit(app: NestExpressApplication, limit: RateLimit): void {
  if (limit.max === 0) return;
  const windowSeconds = Math.round(limit.windowMs / 1000);
  app.use(
    '/graphql',
    rateLimit({
      windowMs: limit.windowMs,
      limit: limit.max,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      skip: (req: Request) => req.method === 'OPTIONS',
      handler: (req: Request, res: Response) => {
        logger.warn({ ip: req.ip, limit: limit.max, windowSeconds }, 'rate limit reached');
        res.status(429).json({
          errors: [
            {
              message: `Too many requests: at most ${limit.max} per ${windowSeconds} s from one address. Please wait and try again.`,
              extensions: { code: 'RATE_LIMITED' },
            },
          ],
        });
      },
    }),
  );
}
