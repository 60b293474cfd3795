import { performance } from 'node:perf_hooks';
import type { Principal } from './principal';

export interface PrincipalCacheLimits {
  /** An entry is believed at most this long after the read it came from. */
  maxAgeMs: number;
  maxEntries: number;
  idleMs: number;
  touchMs: number;
}

/** What one session read returned, with the session's deadlines on the local monotonic clock. */
export interface CachedSession {
  principal: Principal;
  readAt: number;
  expiresAt: number;
  lastSeenAt: number;
  touching: boolean;
}

/** Snapshot taken before a database read; the read may only be cached if nothing changed since. */
export type CacheTicket = number | null;

/**
 * Principals of recently seen sessions, per process. Hits are only allowed while the LISTEN
 * connection hears `session_changed` (see docs/decisions/0007-session-cache.md): every
 * invalidation bumps the generation, so a read that was in flight meanwhile (and may have seen
 * the old state) is not stored.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, CachedSession>();
  private generation = 0;
  private listening = false;

  constructor(
    private readonly limits: PrincipalCacheLimits,
    readonly now: () => number = () => performance.now(),
  ) {}

  get enabled(): boolean {
    return this.listening;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Called by the listener: hits only while listening; any change of state starts empty. */
  setListening(listening: boolean): void {
    this.listening = listening;
    this.clear();
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  forgetAccount(accountId: string): void {
    this.generation++;
    for (const [key, entry] of this.entries) if (entry.principal.accountId === accountId) this.entries.delete(key);
  }

  forgetSession(key: string): void {
    this.generation++;
    this.entries.delete(key);
  }

  ticket(): CacheTicket {
    return this.listening ? this.generation : null;
  }

  /** Stores a read begun at `readAt` (local clock), unless anything was invalidated since. */
  store(
    ticket: CacheTicket,
    key: string,
    principal: Principal,
    readAt: number,
    expiresInMs: number,
    seenAgoMs: number,
  ) {
    if (ticket === null || !this.listening || ticket !== this.generation) return;
    // Deadlines from the read's start: never later than the database's own (no clock skew).
    const entry = {
      principal,
      readAt,
      expiresAt: readAt + expiresInMs,
      lastSeenAt: readAt - seenAgoMs,
      touching: false,
    };
    this.entries.delete(key);
    this.entries.set(key, entry);
    // Oldest first (insertion order): a re-stored key moved to the end above.
    while (this.entries.size > this.limits.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** A still valid entry, or undefined (expired, idle, too old, not listening). */
  get(key: string): CachedSession | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = this.now();
    if (
      now >= entry.expiresAt ||
      now - entry.lastSeenAt >= this.limits.idleMs ||
      now - entry.readAt >= this.limits.maxAgeMs
    ) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** The entry's last_seen_at is due to be written (and no write is in flight). */
  touchDue(entry: CachedSession): boolean {
    return !entry.touching && this.now() - entry.lastSeenAt >= this.limits.touchMs;
  }

  /** The touch that started at `sentAt` is done: `alive` false if the session was gone. */
  touched(key: string, entry: CachedSession, sentAt: number, alive: boolean): void {
    entry.touching = false;
    if (this.entries.get(key) !== entry) return;
    if (alive) entry.lastSeenAt = Math.max(entry.lastSeenAt, sentAt);
    else this.forgetSession(key);
  }
}
