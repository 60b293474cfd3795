import { Injectable } from '@nestjs/common';
import { suggestMapping } from '@schaltplan/domain';
import { notFound } from '../common/errors';
import type { Page } from '../common/page';
import { RequestContext } from '../database/request-context';
import type { ReadOptionsArgs, StartImportInput } from './dto/import.inputs';
import { findFile, type StoredFile } from './import-files.store';
import { ImportRunner } from './import-runner';
import {
  DELIMITER_CHARS,
  type CsvDelimiter,
  type FileEncoding,
  type ImportFileAnalysis,
  type ImportFileFormat,
  type ImportRun,
} from './import.models';
import { ImportFileError } from './reading/import-file-error';
import { analyzeFile, type ReadOptions } from './reading/row-source';
import { rowError, toRun, type RunRow } from './import-run.mapper';
import { ABANDONED_SQL } from './import-progress';

const CHAR_DELIMITERS = Object.fromEntries(Object.entries(DELIMITER_CHARS).map(([k, v]) => [v, k])) as Record<
  string,
  CsvDelimiter
>;

/**
 * A run whose process died shows as failed: nothing of it was committed, because its
 * transaction ended with its connection.
 */
const RUN_COLUMNS = `r.*, ${ABANDONED_SQL} AS abandoned`;

/** Uploaded files, their analysis, import runs and the history. */
@Injectable()
export class ImportsService {
  constructor(private readonly runner: ImportRunner) {}

  private async file(id: string): Promise<StoredFile> {
    const file = await findFile(id);
    if (!file) throw notFound('Import file', id);
    return file;
  }

  private readOptions(args: Pick<ReadOptionsArgs, 'sheet' | 'encoding' | 'delimiter' | 'headerRow'>): ReadOptions {
    return {
      sheet: args.sheet ?? null,
      encoding: args.encoding ?? null,
      delimiter: args.delimiter ? DELIMITER_CHARS[args.delimiter] : null,
      headerRow: args.headerRow ?? null,
    };
  }

  async analyze(args: ReadOptionsArgs): Promise<ImportFileAnalysis> {
    const file = await this.file(args.fileId);
    const base = {
      fileId: file.id,
      fileName: file.fileName,
      sizeBytes: file.sizeBytes,
    };
    try {
      const a = await analyzeFile(file, this.readOptions(args));
      const target = args.target ?? a.suggestedTarget;
      return {
        ...base,
        format: a.format as ImportFileFormat,
        sheets: a.sheets,
        sheet: a.sheet,
        encoding: a.encoding as FileEncoding | null,
        bom: a.bom,
        delimiter: a.delimiter ? CHAR_DELIMITERS[a.delimiter] : null,
        headerRow: a.headerRow,
        headers: a.headers,
        sampleRows: a.sampleRows,
        sampleRowNumbers: a.sampleRowNumbers,
        suggestedMapping: target ? suggestMapping(target, a.headers) : a.headers.map(() => null),
        suggestedTarget: a.suggestedTarget,
        problem: a.problem?.message ?? null,
        problemEn: a.problem ? rowError(a.problem.code, a.problem.params).messageEn : null,
      };
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      const e = rowError(error.code, error.params);
      return {
        ...base,
        format: null,
        sheets: [],
        sheet: null,
        encoding: null,
        bom: false,
        delimiter: null,
        headerRow: 1,
        headers: [],
        sampleRows: [],
        sampleRowNumbers: [],
        suggestedMapping: [],
        suggestedTarget: null,
        problem: e.message,
        problemEn: e.messageEn,
      };
    }
  }

  async start(input: StartImportInput): Promise<ImportRun> {
    const file = await this.file(input.fileId);
    const runId = await this.runner.start({
      file,
      target: input.target,
      mode: input.mode,
      read: this.readOptions(input),
      mapping: input.mapping.map((f) => f || null),
      defaults: Object.fromEntries(input.defaults.map((d) => [d.field, d.value])),
      markMissing: input.markMissing,
    });
    return this.run(runId);
  }

  async run(id: string): Promise<ImportRun> {
    const rows = await RequestContext.current().query<RunRow>(`SELECT ${RUN_COLUMNS} FROM import_run r WHERE id = $1`, [
      id,
    ]);
    if (!rows.length) throw notFound('Import run', id);
    return toRun(rows[0]);
  }

  async runs(tenantId: string, mode: string | undefined, offset: number, limit: number): Promise<Page<ImportRun>> {
    const rows = await RequestContext.current().query<RunRow & { total: string }>(
      `SELECT ${RUN_COLUMNS}, count(*) OVER () AS total FROM import_run r
       WHERE r.tenant_id = $1 AND ($2::text IS NULL OR r.mode = $2)
       ORDER BY r.started_at DESC, r.id LIMIT $3 OFFSET $4`,
      [tenantId, mode ?? null, limit, offset],
    );
    return { items: rows.map((r) => toRun(r, false)), totalCount: rows.length ? Number(rows[0].total) : 0 };
  }
}
