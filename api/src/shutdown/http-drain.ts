import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** A request still being answered (the path only: query strings may carry search terms). */
export interface OpenRequest {
  method: string;
  path: string;
  seconds: number;
}

/**
 * Lets an HTTP server finish what it has started: once draining it accepts no connections,
 * answers requests arriving on kept-alive connections with 503, closes every connection as soon
 * as its last response is sent, and reports when no request is left.
 */
export class HttpDrain {
  private readonly open = new Map<ServerResponse, { method: string; path: string; since: number }>();
  private readonly sockets = new Set<Socket>();
  private draining = false;
  private settled?: () => void;

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    // First in line, before Express rewrites req.url for mounted middleware.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      this.open.set(res, { method: req.method ?? '?', path: (req.url ?? '').split('?')[0], since: Date.now() });
      res.once('close', () => {
        this.open.delete(res);
        if (this.draining) this.afterResponse();
      });
    });
  }

  /** Express middleware, first in line: refuses requests that arrive while draining. */
  readonly refuseWhileDraining: RequestHandler = (_req: Request, res: Response, next: NextFunction) => {
    if (!this.draining) return next();
    res
      .status(503)
      .set({ Connection: 'close', 'Retry-After': '1', 'Cache-Control': 'no-store' })
      .json({ code: 'SHUTTING_DOWN', message: 'Der Server wird neu gestartet; bitte gleich noch einmal versuchen.' });
  };

  /** Stops accepting connections and resolves once every open request has been answered. */
  drain(): Promise<void> {
    this.draining = true;
    // Stops listening (new connections are refused) and closes the idle kept-alive connections.
    this.server.close();
    this.server.closeIdleConnections();
    // Responses not yet started close their connection when done instead of keeping it alive.
    for (const res of this.open.keys()) if (!res.headersSent) res.setHeader('Connection', 'close');
    return new Promise<void>((resolve) => {
      this.settled = resolve;
      this.afterResponse();
    });
  }

  /**
   * After the drain: cuts the connections still open (ones that never sent a request, such as a
   * browser's preconnect, and upgrades not yet closed), which would otherwise hold server.close()
   * until their timeouts. Returns how many there were.
   */
  closeRemaining(): number {
    const remaining = [...this.sockets];
    for (const socket of remaining) socket.destroy();
    return remaining.length;
  }

  openRequests(): OpenRequest[] {
    const now = Date.now();
    return [...this.open.values()].map((r) => ({ method: r.method, path: r.path, seconds: (now - r.since) / 1000 }));
  }

  private afterResponse(): void {
    // A connection whose response had already started stays open after it: close it once idle.
    setImmediate(() => this.server.closeIdleConnections());
    if (this.open.size === 0) this.settled?.();
  }
}
