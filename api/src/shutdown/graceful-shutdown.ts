import type { Server } from 'node:http';
import { Injectable } from '@nestjs/common';
import type { RequestHandler } from 'express';
import { logger } from '../common/logger';
import { HttpDrain, type OpenRequest } from './http-drain';
import { SubscriptionSockets } from './subscription-sockets';

/** How long a subscriber gets to answer the close frame before its socket is cut. */
const SUBSCRIPTION_CLOSE_GRACE_MS = 2_000;

/** What was still open when shutdown ran out of time. */
export interface OpenWork {
  requests: OpenRequest[];
  subscriptions: number;
}

/**
 * The HTTP side of a graceful shutdown: stop accepting connections, tell subscribers to go
 * elsewhere (1001), and let requests in flight finish. main.ts runs it before app.close().
 */
@Injectable()
export class GracefulShutdown {
  readonly subscriptions = new SubscriptionSockets();
  private http?: HttpDrain;

  /** Watches the app's HTTP server; returns the middleware that refuses requests while draining. */
  attach(server: Server): RequestHandler {
    this.http = new HttpDrain(server);
    return this.http.refuseWhileDraining;
  }

  async drain(): Promise<void> {
    await Promise.all([this.http?.drain(), this.subscriptions.closeAll(SUBSCRIPTION_CLOSE_GRACE_MS)]);
    const cut = this.http?.closeRemaining() ?? 0;
    if (cut) logger.info({ connections: cut }, 'shutdown: idle connections closed');
  }

  openWork(): OpenWork {
    return { requests: this.http?.openRequests() ?? [], subscriptions: this.subscriptions.size };
  }
}
