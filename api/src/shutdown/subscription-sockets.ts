import type { WebSocket } from 'ws';

/** "Going away": the server shuts down, the client should reconnect (to another process). */
export const GOING_AWAY = 1001;

/** What graphql-ws's ws adapter hands to onConnect. */
interface ConnectContext {
  extra: unknown;
}

const socketOf = (ctx: ConnectContext): WebSocket | undefined => (ctx.extra as { socket?: WebSocket }).socket;

/**
 * The open graphql-ws sockets of this process, so shutdown can close them with 1001 right away
 * (Apollo's own stop, which also says 1001, comes only after the HTTP requests have drained).
 */
export class SubscriptionSockets {
  private readonly sockets = new Set<WebSocket>();

  get size(): number {
    return this.sockets.size;
  }

  /** graphql-ws options with every connecting socket tracked until it closes. */
  track<T extends { onConnect?: (ctx: never) => unknown }>(options: T): T {
    const onConnect = options.onConnect as ((ctx: ConnectContext) => unknown) | undefined;
    const wrapped = (ctx: ConnectContext): unknown => {
      const socket = socketOf(ctx);
      if (socket) {
        this.sockets.add(socket);
        socket.once('close', () => this.sockets.delete(socket));
      }
      return onConnect?.(ctx);
    };
    return { ...options, onConnect: wrapped };
  }

  /** Closes every socket with 1001; a client that does not finish the handshake in `graceMs` is cut off. */
  async closeAll(graceMs: number): Promise<void> {
    const closing = [...this.sockets].map(
      (socket) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            socket.terminate();
            resolve();
          }, graceMs);
          socket.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
          socket.close(GOING_AWAY, 'Server shutting down');
        }),
    );
    await Promise.all(closing);
  }
}
