import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../common/errors';
import { metricsAccess } from './metrics-access';

/** Refuses scrapes that metricsAccess() does not allow: 401 without the token, 403 off loopback. */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    // Read per request (cheap), so a test can set it around one app.
    const access = metricsAccess(
      { remoteAddress: req.socket.remoteAddress, headers: req.headers },
      process.env.METRICS_TOKEN,
    );
    if (access === 'allowed') return true;
    if (access === 'unauthenticated') {
      http.getResponse<Response>().set('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new AppError('Metrics need the bearer token (METRICS_TOKEN).', 'UNAUTHENTICATED');
    }
    throw new AppError('Metrics are served to loopback only; set METRICS_TOKEN to scrape from elsewhere.', 'FORBIDDEN');
  }
}
