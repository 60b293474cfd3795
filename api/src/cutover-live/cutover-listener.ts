import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { Observable, Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import { CUTOVER_CHANNEL, SESSION_CHANGED_ALL, SESSION_CHANNEL } from '../../../migrations';
import { SessionStore } from '../auth/session.store';
import { logger } from '../common/logger';
import { Coalescer, type CutoverProgress, parseNotification } from './coalescer';

export const COALESCE_MS = 100;
// Capped low: until it is back, live updates are silent and the session cache is off.
const BACKOFF_MS = { first: 250, max: 2_000 };

/**
 * The one LISTEN connection of this process: the triggers NOTIFY at commit, every API process
 * hears it and fans it out to its own subscribers. Reconnects with backoff when the connection
 * drops; after a reconnect `resync` fires, since changes during the gap were not heard.
 * It also hears `session_changed` for SessionStore's principal cache, which it enables only
 * while listening (a missed invalidation must not keep a revoked session alive).
 */
@Injectable()
export class CutoverListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly changes = new Subject<CutoverProgress>();
  private readonly resyncs = new Subject<Date>();
  private readonly coalescer = new Coalescer(COALESCE_MS, (event) => this.changes.next(event));
  private client: pg.Client | undefined;
  private stopping = false;
  private attempt = 0;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
  ) {}

  /** Coalesced changes of every tenant; subscribers filter by their scope. */
  get events(): Observable<CutoverProgress> {
    return this.changes.asObservable();
  }

  /** After a lost connection: subscribers should tell their clients to re-read. */
  get resync(): Observable<Date> {
    return this.resyncs.asObservable();
  }

  get listening(): boolean {
    return this.client !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    // Without a database (schema emission) there is nothing to hear.
    if (!this.dataSource.isInitialized) return;
    // The first attempt is awaited so the process is ready to deliver once it serves requests.
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.sessions.cache.setListening(false);
    if (this.retry) clearTimeout(this.retry);
    this.coalescer.stop();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
    this.changes.complete();
    this.resyncs.complete();
  }

  private url(): string {
    // A transaction-mode pooler (PgBouncer) would drop LISTEN: this one may point elsewhere.
    const listenUrl = process.env.DATABASE_LISTEN_URL;
    if (listenUrl) return listenUrl;
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) throw new Error('No database URL to LISTEN on (set DATABASE_LISTEN_URL)');
    return url;
  }

  private async connect(): Promise<void> {
    if (this.stopping) return;
    const client = new pg.Client({
      connectionString: this.url(),
      application_name: 'schaltplan-listen',
      // A silently dead connection would hear nothing while the session cache still trusts it.
      keepAlive: true,
    });
    let lost = false;
    const onLost = (err?: Error): void => {
      if (lost) return;
      lost = true;
      this.sessions.cache.setListening(false);
      if (this.client === client) this.client = undefined;
      if (this.stopping) return;
      logger.warn({ err, channel: CUTOVER_CHANNEL }, 'live updates: LISTEN connection lost, reconnecting');
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (msg) => {
      if (msg.channel === SESSION_CHANNEL) {
        if (!msg.payload || msg.payload === SESSION_CHANGED_ALL) this.sessions.cache.clear();
        else this.sessions.forgetAccount(msg.payload);
        return;
      }
      if (msg.channel !== CUTOVER_CHANNEL) return;
      const event = parseNotification(msg.payload, new Date());
      if (event) this.coalescer.push(event);
    });
    try {
      await client.connect();
      await client.query(
        `LISTEN ${client.escapeIdentifier(CUTOVER_CHANNEL)}; LISTEN ${client.escapeIdentifier(SESSION_CHANNEL)}`,
      );
    } catch (err) {
      onLost(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    if (this.stopping || lost) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    // From here every change is heard: the cache starts empty and may hit.
    this.sessions.cache.setListening(true);
    if (this.attempt > 0) {
      logger.info({ attempts: this.attempt }, 'live updates: LISTEN connection restored');
      this.resyncs.next(new Date());
    }
    this.attempt = 0;
  }

  private scheduleReconnect(): void {
    if (this.retry) return;
    const delay = Math.min(BACKOFF_MS.max, BACKOFF_MS.first * 2 ** this.attempt);
    this.attempt++;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, delay);
  }
}
