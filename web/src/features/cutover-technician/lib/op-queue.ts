import type { WorkstationStatus } from '@schaltplan/domain';

/** The part of Web Storage the queue needs (localStorage in the browser, a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface OpBase {
  /** Client-generated; the server applies an op id once, however often it is replayed. */
  opId: string;
  createdAt: string;
  workstationId: string;
  /** What the technician sees in the conflict list (step or workstation name). */
  label: string;
}

export type QueuedOp =
  | (OpBase & { kind: 'TICK'; variables: { input: { opId: string; stepId: string; evidence?: string | null } } })
  | (OpBase & { kind: 'UNTICK'; variables: { input: { opId: string; stepId: string } } })
  | (OpBase & {
      kind: 'TRANSITION';
      variables: {
        input: {
          opId: string;
          workstationId: string;
          from: WorkstationStatus;
          to: WorkstationStatus;
          reason?: string | null;
        };
      };
    });

export type OpKind = QueuedOp['kind'];

/** An op the server refused for good: shown to the technician until dismissed. */
export interface RejectedOp {
  opId: string;
  kind: OpKind;
  label: string;
  workstationId: string;
  code: string;
  message: string;
  /** What the server said about the refusal, for a message in the UI language. */
  details?: RejectionDetails;
  at: string;
}

/** The parts of a refusal's extensions the UI words itself (see docs/decisions/0006). */
export interface RejectionDetails {
  reason?: string;
  refusal?: string;
  currentStatus?: string;
  statusByName?: string | null;
  statusReason?: string | null;
  missingSteps?: string[];
}

type Listener = () => void;

/**
 * A list kept in storage: every change is written through before listeners hear of it, so a
 * reload (or a crash right after the tap) finds exactly what the screen showed.
 */
export class PersistentList<T extends { opId: string }> {
  private items: T[];
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly storage: KeyValueStorage,
    readonly key: string,
  ) {
    this.items = readList<T>(storage, key);
  }

  list(): readonly T[] {
    return this.items;
  }

  get size(): number {
    return this.items.length;
  }

  first(): T | undefined {
    return this.items[0];
  }

  append(item: T): void {
    if (this.items.some((existing) => existing.opId === item.opId)) return;
    this.write([...this.items, item]);
  }

  remove(opId: string): void {
    if (!this.items.some((item) => item.opId === opId)) return;
    this.write(this.items.filter((item) => item.opId !== opId));
  }

  /** Picks up changes another tab wrote to the same key. */
  reload(): void {
    this.items = readList<T>(this.storage, this.key);
    this.emit();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private write(next: T[]): void {
    // Storage first: if it throws (quota), the op is not shown as queued either.
    if (next.length === 0) this.storage.removeItem(this.key);
    else this.storage.setItem(this.key, JSON.stringify(next));
    this.items = next;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function readList<T>(storage: KeyValueStorage, key: string): T[] {
  const raw = storage.getItem(key);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

/** Storage keys per account: ops queued under one account are never sent under another. */
export const queueKey = (accountId: string) => `schaltplan.cutover.queue.${accountId}`;
export const rejectedKey = (accountId: string) => `schaltplan.cutover.rejected.${accountId}`;
