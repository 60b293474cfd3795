import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { LIMITS, type ImportTarget } from '@schaltplan/domain';
import { DataSource } from 'typeorm';
import { currentActor } from '../audit/audit-writer';
import { logger } from '../common/logger';
import { importRunTimer } from '../metrics/import-metrics';
import { RequestContext } from '../database/request-context';
import type { StoredFile } from './import-files.store';
import { ImportFileError } from './reading/import-file-error';
import type { FileRow } from './reading/csv-rows';
import { openRows, type ReadOptions } from './reading/row-source';
import { commitStage } from './engine/commit';
import { checkMapping } from './engine/mapping-check';
import { countStage, sampleDiffs, type ImportCounts } from './engine/report';
import { createRowMapper, type RowError } from './engine/row-mapper';
import { copyInOf } from './engine/copy-streams';
import { stageCsvInSql } from './engine/sql-stage';
import { createStage, StageWriter, type Query } from './engine/stage';
import { validateStage } from './engine/validate';
import { ProgressWriter, runLockKey, type RunFinish } from './import-progress';

export type ImportMode = 'DRY_RUN' | 'COMMIT';

export interface ImportJob {
  file: StoredFile;
  target: ImportTarget;
  mode: ImportMode;
  read: ReadOptions;
  /** Field per file column (null: ignored). */
  mapping: (string | null)[];
  defaults: Record<string, string>;
  markMissing: boolean;
}

/** Errors kept in a run's report; the counts cover all of them. */
export const MAX_REPORTED_ERRORS = 1000;
export const MAX_ROWS = LIMITS.importMaxRows;

/**
 * Runs imports in the background, each in ONE transaction of its own with the scope of the
 * account that started it: parse (streamed) → stage → validate in SQL → dry-run report, or
 * commit everything at once. Progress and failures are written in separate short transactions.
 */
@Injectable()
export class ImportRunner implements OnModuleDestroy {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly dataSource: DataSource) {}

  /** Creates the run (committed at once, so its progress is visible) and starts the job. */
  async start(job: ImportJob): Promise<string> {
    const parent = RequestContext.current();
    const actor = currentActor();
    const progress = new ProgressWriter(() => this.sibling(parent));
    const runId = await progress.create({
      tenantId: job.file.tenantId,
      fileId: job.file.id,
      accountId: actor.accountId,
      accountName: actor.accountName,
      target: job.target,
      mode: job.mode,
      fileName: job.file.fileName,
      sha256: job.file.sha256,
      size: job.file.sizeBytes,
      options: { read: job.read, mapping: job.mapping, defaults: job.defaults, markMissing: job.markMissing },
    });
    const task = this.execute(parent, runId, job, progress).finally(() => this.running.delete(task));
    this.running.add(task);
    return runId;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  /** A fresh context with the same account and scope (its own connection and transaction). */
  private sibling(parent: RequestContext): RequestContext {
    return new RequestContext(this.dataSource, parent.scope, parent.accountId, parent.principal);
  }

  private async execute(
    parent: RequestContext,
    runId: string,
    job: ImportJob,
    progress: ProgressWriter,
  ): Promise<void> {
    const ctx = this.sibling(parent);
    const timer = importRunTimer(job);
    progress.attach(runId, job.file.sizeBytes);
    let finish: RunFinish | null;
    try {
      finish = await RequestContext.run(ctx, () => this.work(ctx, runId, job, progress));
      await ctx.finish();
    } catch (error) {
      ctx.failed = true;
      await ctx.finish().catch(() => undefined);
      finish = { status: 'FAILED', failure: describe(error) };
      if (!(error instanceof ImportFileError)) logger.error({ err: error, runId }, 'import failed');
    }
    await progress.stop();
    // A successful commit wrote its run record inside its own transaction.
    if (finish)
      await progress.finish(finish).catch((err: unknown) => logger.error({ err, runId }, 'run update failed'));
    timer(finish?.status ?? 'SUCCEEDED');
  }

  /** Returns how the run ended, or null when the commit already recorded it. */
  private async work(
    ctx: RequestContext,
    runId: string,
    job: ImportJob,
    progress: ProgressWriter,
  ): Promise<RunFinish | null> {
    const query: Query = <T>(sql: string, params?: unknown[]) => ctx.query<T>(sql, params);
    const tenantId = job.file.tenantId;
    // Tells readers this run is alive (ABANDONED_SQL) until the transaction ends.
    await query(`SELECT pg_advisory_xact_lock(${runLockKey('$1')})`, [runId]);
    // Staging 200k rows: sorts, hashes and the temp table stay in memory instead of spilling to
    // disk. temp_buffers is refused once a (pooled) session has used a temp table: then it stays.
    await query(`SELECT set_config('work_mem', '64MB', true)`);
    await query(`DO $$ BEGIN PERFORM set_config('temp_buffers', '256MB', true);
      EXCEPTION WHEN invalid_parameter_value OR cant_change_runtime_param THEN NULL; END $$`);
    // Two commits into one tenant must not interleave their matching.
    if (job.mode === 'COMMIT')
      await query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`import:${tenantId}`]);
    const { layout, headers, rows } = await openRows(job.file, job.read, (n) => progress.bytes(n));
    let mapped: Set<string>;
    let mapper: ReturnType<typeof createRowMapper>;
    try {
      mapped = checkMapping(job.target, headers, job.mapping, job.defaults);
      await createStage(query, job.target);
      mapper = createRowMapper({
        target: job.target,
        headers,
        mapping: job.mapping,
        defaults: job.defaults,
        strictWidth: layout.format === 'CSV',
      });
    } catch (error) {
      // The loop below closes the file however it ends; a run that stops before it (e.g. a bad mapping) must too.
      await rows.return(undefined);
      throw error;
    }
    const errors: RowError[] = [];
    const copyIn = await copyInOf(ctx);
    const onBytes = (n: number): void => progress.bytes(n);
    const sqlJob = { ...job, layout, headers, maxRows: MAX_ROWS };
    let staged = await stageCsvInSql(query, copyIn, sqlJob, onBytes);
    const reader = staged ? 'SQL' : 'JAVASCRIPT';
    if (staged) await rows.return(undefined);
    else {
      progress.phase('PARSE', job.file.sizeBytes);
      staged = await stageInJavaScript(rows, mapper, new StageWriter(job.target, copyIn), errors);
    }
    const { dataRows, skipped } = staged;
    if (dataRows === 0) throw new ImportFileError(headers.some((h) => h.trim()) ? 'FILE_ONLY_HEADER' : 'FILE_EMPTY');

    progress.phase('VALIDATE', 2);
    errors.push(...(await validateStage(query, { target: job.target, tenantId, mapped })));
    progress.step();
    const counts: ImportCounts = {
      ...(await countStage(query, job.target, tenantId)),
      errors: new Set(errors.map((e) => e.row)).size,
      skipped,
      marked: 0,
    };
    const report = {
      layout,
      reader,
      headers,
      errors: errors.sort((a, b) => a.row - b.row).slice(0, MAX_REPORTED_ERRORS),
      diffs: await sampleDiffs(query, job.target, mapped),
    };
    progress.step();
    if (job.mode === 'DRY_RUN' || errors.length) {
      // Nothing of a dry run or of a file with errors is kept.
      ctx.failed = true;
      return {
        status: job.mode === 'DRY_RUN' ? 'SUCCEEDED' : 'FAILED',
        counts,
        report,
        failure:
          errors.length && job.mode === 'COMMIT'
            ? { code: 'HAS_ERRORS', message: 'Die Datei enthält Fehler; nichts wurde übernommen.' }
            : null,
      };
    }
    progress.phase('COMMIT', 1);
    const actor = currentActor();
    const { marked } = await commitStage(query, {
      target: job.target,
      tenantId,
      mapped,
      markMissing: job.markMissing,
      accountId: actor.accountId,
      accountName: actor.accountName,
      context: { importRunId: runId, fileName: job.file.fileName },
    });
    await ProgressWriter.complete(query, runId, { status: 'SUCCEEDED', counts: { ...counts, marked }, report });
    return null;
  }
}

/** The JavaScript reader: every row mapped and checked here, errors named by row and column. */
async function stageInJavaScript(
  rows: AsyncGenerator<FileRow>,
  mapper: ReturnType<typeof createRowMapper>,
  stage: StageWriter,
  errors: RowError[],
): Promise<{ dataRows: number; skipped: number }> {
  let dataRows = 0;
  let skipped = 0;
  try {
    for await (const fileRow of rows) {
      const out = mapper(fileRow);
      if (out.kind === 'empty') continue;
      if (++dataRows > MAX_ROWS) throw new ImportFileError('FILE_TOO_MANY_ROWS', { max: MAX_ROWS });
      if (out.kind === 'skipped') skipped++;
      else if (out.kind === 'errors') {
        errors.push(...out.errors);
        if (out.row) await stage.add(out.row);
      } else await stage.add(out.row);
    }
    await stage.finish();
  } catch (error) {
    // The connection must be out of COPY before the transaction can be rolled back.
    await stage.abandon();
    throw error;
  }
  return { dataRows, skipped };
}

function describe(error: unknown): { code: string; message: string; params?: Record<string, unknown> } {
  if (error instanceof ImportFileError) return { code: error.code, message: error.message, params: error.params };
  return {
    code: 'INTERNAL',
    message: 'Der Import wurde abgebrochen; es wurde nichts übernommen. Bitte erneut versuchen.',
  };
}
