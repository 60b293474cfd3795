import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface ProgressEvent {
  tenantId: string;
  locationId: string | null;
  at: string;
}

export interface LiveResult {
  data?: { cutoverProgress: ProgressEvent } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A graphql-ws client like the browser's: the session cookie (and Origin) on the upgrade. */
export interface LiveClient {
  client: Client;
  /** The close code of the first close (4403: refused on connect). */
  closed: Promise<number>;
  dispose(): Promise<void>;
}

export function liveClient(httpUrl: string, headers: Record<string, string> = {}): LiveClient {
  let closedWith: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: HeaderWebSocket,
    lazy: true,
    retryAttempts: 0,
    on: { closed: (event) => closedWith((event as { code: number }).code) },
  });
  return { client, closed, dispose: async () => await client.dispose() };
}

/** One running subscription: what arrived, and whether it ended. */
export class Feed {
  readonly results: LiveResult[] = [];
  ended = false;
  failure: unknown;
  private readonly waiters: (() => void)[] = [];
  readonly stop: () => void;

  constructor(live: LiveClient, variables: { tenantId: string; locationId?: string }, query = PROGRESS) {
    this.stop = live.client.subscribe<LiveResult['data']>(
      { query, variables },
      {
        next: (result) => this.push(result as LiveResult),
        error: (error) => {
          this.failure = error;
          this.end();
        },
        complete: () => this.end(),
      },
    );
  }

  get events(): ProgressEvent[] {
    return this.results.flatMap((r) => (r.data?.cutoverProgress ? [r.data.cutoverProgress] : []));
  }

  get errorCodes(): string[] {
    const fromResults = this.results.flatMap((r) => (r.errors ?? []).map((e) => String(e.extensions?.code)));
    const fromFailure = Array.isArray(this.failure)
      ? (this.failure as LiveResult['errors'] & object).map((e) => String(e.extensions?.code))
      : [];
    return [...fromResults, ...fromFailure];
  }

  /** Resolves once `done()` holds, or rejects after `ms`. */
  async until(done: (feed: Feed) => boolean, ms = 1000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!done(this)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${ms} ms; got ${JSON.stringify(this.results)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private push(result: LiveResult): void {
    this.results.push(result);
    this.wake();
  }

  private end(): void {
    this.ended = true;
    this.wake();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

export const PROGRESS = `subscription($tenantId: ID!, $locationId: ID) {
  cutoverProgress(tenantId: $tenantId, locationId: $locationId) { tenantId locationId at }
}`;

/** The server checks the target before it listens: give it a moment (no ack per subscription). */
export const settle = (ms = 300): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
