import type { RequestContext } from '../database/request-context';
import type { Query } from './engine/stage';

export type RunPhase = 'PARSE' | 'VALIDATE' | 'COMMIT' | 'DONE';

export interface RunFinish {
  status: 'SUCCEEDED' | 'FAILED';
  counts?: object;
  report?: object;
  failure?: object | null;
}

interface NewRun {
  tenantId: string;
  fileId: string;
  accountId: string | null;
  accountName: string | null;
  target: string;
  mode: string;
  fileName: string;
  sha256: string;
  size: number;
  options: object;
}

/** How often progress is written (each write is one short transaction of its own). */
const INTERVAL_MS = 300;
/** Heartbeat of a working run; a run silent for much longer is shown as abandoned. */
const HEARTBEAT_MS = 5_000;

/**
 * The advisory lock a run's import transaction holds for its whole life (`idSql` is the run id's
 * SQL). PostgreSQL frees it when that transaction ends, also when its process was killed.
 */
export const runLockKey = (idSql: string): string => `hashtextextended('import-run:' || ${idSql}::text, 0)`;

/**
 * A RUNNING run whose process died shows as failed. Its lock being free says so at once; the
 * stale heartbeat covers the moments before the lock is taken and after the transaction ended
 * (the final write follows). Silent for a minute counts as dead in any case.
 */
export const ABANDONED_SQL = `(r.status = 'RUNNING' AND (r.heartbeat_at < now() - interval '1 minute'
  OR (r.heartbeat_at < now() - interval '${(3 * HEARTBEAT_MS) / 1000} seconds' AND NOT EXISTS (
    SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND l.classid = ((${runLockKey('r.id')} >> 32) & 4294967295)::oid
      AND l.objid = (${runLockKey('r.id')} & 4294967295)::oid))))`;

/**
 * Keeps the import_run row up to date from outside the import's transaction, so a client polling
 * the run sees real progress (bytes read, then steps) while the import itself is not committed.
 */
export class ProgressWriter {
  private runId = '';
  private phaseName: RunPhase = 'PARSE';
  private done = 0;
  private total = 0;
  private lastWrite = 0;
  private inFlight: Promise<void> = Promise.resolve();
  private heartbeat?: NodeJS.Timeout;

  constructor(private readonly context: () => RequestContext) {}

  private async run<T>(fn: (q: Query) => Promise<T>): Promise<T> {
    const ctx = this.context();
    try {
      return await fn(<R>(sql: string, params?: unknown[]) => ctx.query<R>(sql, params));
    } catch (error) {
      ctx.failed = true;
      throw error;
    } finally {
      await ctx.finish();
    }
  }

  async create(r: NewRun): Promise<string> {
    const [row] = await this.run((q) =>
      q<{ id: string }>(
        `INSERT INTO import_run (tenant_id, file_id, account_id, account_name, target, mode, file_name, file_sha256,
           file_size, options, progress_total) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9) RETURNING id`,
        [
          r.tenantId,
          r.fileId,
          r.accountId,
          r.accountName,
          r.target,
          r.mode,
          r.fileName,
          r.sha256,
          r.size,
          JSON.stringify(r.options),
        ],
      ),
    );
    return row.id;
  }

  attach(runId: string, totalBytes: number): void {
    this.runId = runId;
    this.total = totalBytes;
    // Long SQL steps write no progress; the heartbeat still says the run is alive.
    this.heartbeat = setInterval(() => this.maybeWrite(true), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  bytes(n: number): void {
    this.done += n;
    this.maybeWrite();
  }

  phase(name: RunPhase, steps: number): void {
    this.phaseName = name;
    this.done = 0;
    this.total = steps;
    this.maybeWrite(true);
  }

  step(): void {
    this.done++;
    this.maybeWrite(true);
  }

  /** Waits for the last progress write. */
  async stop(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.inFlight;
  }

  async finish(f: RunFinish): Promise<void> {
    await this.run((q) => ProgressWriter.complete(q, this.runId, f));
  }

  /** The final state; a successful commit writes it inside the import's own transaction. */
  static async complete(q: Query, runId: string, f: RunFinish): Promise<void> {
    await q(
      `UPDATE import_run SET status = $2, phase = 'DONE', counts = $3, report = $4, failure = $5,
         progress_done = progress_total, finished_at = clock_timestamp() WHERE id = $1`,
      [
        runId,
        f.status,
        JSON.stringify(f.counts ?? {}),
        JSON.stringify(f.report ?? {}),
        f.failure ? JSON.stringify(f.failure) : null,
      ],
    );
  }

  private maybeWrite(force = false): void {
    const now = Date.now();
    if (!force && now - this.lastWrite < INTERVAL_MS) return;
    this.lastWrite = now;
    const [phase, done, total] = [this.phaseName, this.done, this.total];
    // One write at a time; a failed progress write only costs the bar an update.
    this.inFlight = this.inFlight
      .then(() =>
        this.run((q) =>
          q(
            `UPDATE import_run SET phase = $2, progress_done = $3, progress_total = $4, heartbeat_at = now()
             WHERE id = $1 AND status = 'RUNNING'`,
            [this.runId, phase, done, total],
          ),
        ),
      )
      .then(
        () => undefined,
        () => undefined,
      );
  }
}
