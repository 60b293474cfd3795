import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import { reportLiveStatus } from '../lib/live-status';

const PING_MS = 10_000;
const PONG_TIMEOUT_MS = 5_000;

/** Same host as the page; wss behind HTTPS. The session cookie goes along with the upgrade. */
function liveUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/** 1 s, 2 s, 4 s … up to 30 s, with jitter so many tablets do not reconnect in step. */
async function backoff(retries: number): Promise<void> {
  const ms = Math.min(30_000, 1000 * 2 ** retries) * (0.75 + Math.random() / 2);
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Subscriptions over graphql-ws: connects only while a subscription runs (lazy), retries with
 * backoff for as long as it takes, and notices a dead link (tablet in a basement) by a missed
 * pong or the browser going back online, then reconnects and re-subscribes.
 */
export function createLiveLink(): GraphQLWsLink {
  let socket: WebSocket | undefined;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const client: Client = createClient({
    url: liveUrl,
    lazy: true,
    lazyCloseTimeout: 3_000,
    keepAlive: PING_MS,
    retryAttempts: Infinity,
    retryWait: backoff,
    // Network trouble is worth retrying; a refused session (4403) is not: the page asks to sign in.
    shouldRetry: (event) => !(event instanceof CloseEvent && event.code === 4403),
    on: {
      connecting: (isRetry) => reportLiveStatus(isRetry ? 'reconnecting' : 'connecting'),
      connected: (s) => {
        socket = s as WebSocket;
        reportLiveStatus('live');
      },
      closed: () => {
        socket = undefined;
        reportLiveStatus('reconnecting');
      },
      ping: (received) => {
        if (received) return;
        pongTimer = setTimeout(() => {
          // 4408: graphql-ws' own "timeout" close; the client then retries.
          if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'Request Timeout');
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
    },
  });
  window.addEventListener('online', () => {
    // The old socket may be half-open after a network change: start over at once.
    if (socket?.readyState === WebSocket.OPEN) socket.close(4499, 'Terminated');
  });
  return new GraphQLWsLink(client);
}
