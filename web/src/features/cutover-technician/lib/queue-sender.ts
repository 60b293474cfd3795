import type { PersistentList, QueuedOp, RejectedOp, RejectionDetails } from './op-queue';

/** What became of one attempt to send an op. */
export type SendOutcome =
  /** The server applied it (or had applied it before: same op id). */
  | { kind: 'applied' }
  /** The server refused it for good (conflict, invalid, forbidden): never retried, shown to the technician. */
  | { kind: 'rejected'; code: string; message: string; details?: RejectionDetails }
  /** No answer (offline, server down, session to renew): stays first in the queue. */
  | { kind: 'retry'; reason: string };

export interface QueueSenderOptions {
  queue: PersistentList<QueuedOp>;
  rejected: PersistentList<RejectedOp>;
  send: (op: QueuedOp) => Promise<SendOutcome>;
  isOnline: () => boolean;
  /** setTimeout in the browser; tests pass a fake clock. Returns a cancel function. */
  schedule: (run: () => void, ms: number) => () => void;
  now?: () => Date;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Sends queued ops strictly in order, one at a time. A retry keeps the op first (later ops wait,
 * so the server sees them in the order they were made) and tries again with growing delays.
 */
export class QueueSender {
  private running = false;
  private again = false;
  private failures = 0;
  private cancelRetry: (() => void) | null = null;
  private stopped = false;

  constructor(private readonly options: QueueSenderOptions) {}

  /** Delay before the next attempt after `failures` failed ones: 1 s, 2 s, 4 s … up to the maximum. */
  delayAfter(failures: number): number {
    const base = this.options.baseDelayMs ?? 1000;
    const max = this.options.maxDelayMs ?? 30_000;
    return Math.min(max, base * 2 ** Math.max(0, failures - 1));
  }

  get retryPending(): boolean {
    return this.cancelRetry !== null;
  }

  /** Sends until the queue is empty, the device is offline, or an attempt needs a retry. */
  async drain(): Promise<void> {
    if (this.stopped) return;
    if (this.running) {
      // A tap while a request is in flight: look at the queue again when it returns.
      this.again = true;
      return;
    }
    this.running = true;
    this.clearRetry();
    try {
      do {
        this.again = false;
        await this.sendAll();
      } while (this.again && !this.stopped && !this.retryPending);
    } finally {
      this.running = false;
    }
  }

  stop(): void {
    this.stopped = true;
    this.clearRetry();
  }

  private async sendAll(): Promise<void> {
    const { queue, rejected, send, isOnline } = this.options;
    for (let op = queue.first(); op && isOnline() && !this.stopped; op = queue.first()) {
      let outcome: SendOutcome;
      try {
        outcome = await send(op);
      } catch (error) {
        outcome = { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
      }
      if (outcome.kind === 'retry') {
        this.failures += 1;
        this.scheduleRetry();
        return;
      }
      this.failures = 0;
      if (outcome.kind === 'rejected') {
        rejected.append({
          opId: op.opId,
          kind: op.kind,
          label: op.label,
          workstationId: op.workstationId,
          code: outcome.code,
          message: outcome.message,
          details: outcome.details,
          at: (this.options.now?.() ?? new Date()).toISOString(),
        });
      }
      queue.remove(op.opId);
    }
  }

  private scheduleRetry(): void {
    this.clearRetry();
    this.cancelRetry = this.options.schedule(() => {
      this.cancelRetry = null;
      void this.drain();
    }, this.delayAfter(this.failures));
  }

  private clearRetry(): void {
    this.cancelRetry?.();
    this.cancelRetry = null;
  }
}
