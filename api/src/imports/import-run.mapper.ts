import type { ImportTarget } from '@schaltplan/domain';
import type { ImportCounts, RowDiff } from './engine/report';
import type { RowError } from './engine/row-mapper';
import type { ImportMode, ImportRowError, ImportRun } from './import.models';
import { importMessage, type ImportErrorCode, type ImportParams } from '@schaltplan/domain';

export interface RunRow {
  id: string;
  tenant_id: string;
  target: ImportTarget;
  mode: ImportMode;
  status: string;
  phase: string;
  progress_done: string;
  progress_total: string;
  file_name: string;
  file_sha256: string | null;
  file_size: string;
  account_name: string | null;
  options: { markMissing?: boolean };
  counts: Partial<ImportCounts>;
  report: { errors?: RowError[]; diffs?: RowDiff[] };
  failure: { code: string; params?: Record<string, string | number>; message?: string } | null;
  started_at: Date;
  finished_at: Date | null;
}

export function rowError(code: string, params: ImportParams = {}, extra: Partial<ImportRowError> = {}): ImportRowError {
  return {
    row: null,
    column: null,
    field: null,
    code,
    message: importMessage(code as ImportErrorCode, params, 'de'),
    messageEn: importMessage(code as ImportErrorCode, params, 'en'),
    ...extra,
  };
}

const text = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'string'
      ? v
      : Array.isArray(v)
        ? v.join(', ')
        : JSON.stringify(v);

/** A stored run as the API shows it; `details` false leaves the (large) report out of lists. */
export function toRun(r: RunRow, details = true): ImportRun {
  const failure: ImportRowError | null = r.failure
    ? r.failure.code === 'HAS_ERRORS' || r.failure.code === 'INTERNAL'
      ? {
          row: null,
          column: null,
          field: null,
          code: r.failure.code,
          message: r.failure.message ?? '',
          messageEn:
            r.failure.code === 'INTERNAL'
              ? 'The import was stopped; nothing was written. Please try again.'
              : 'The file has errors; nothing was written.',
        }
      : rowError(r.failure.code, r.failure.params ?? {})
    : null;
  return {
    id: r.id,
    tenantId: r.tenant_id,
    target: r.target,
    mode: r.mode,
    status: r.status,
    phase: r.phase,
    progressDone: Number(r.progress_done),
    progressTotal: Number(r.progress_total),
    fileName: r.file_name,
    fileSha256: r.file_sha256,
    fileSize: Number(r.file_size),
    accountName: r.account_name,
    markMissing: r.options.markMissing ?? false,
    counts:
      r.status === 'RUNNING'
        ? null
        : {
            created: r.counts.created ?? 0,
            changed: r.counts.changed ?? 0,
            unchanged: r.counts.unchanged ?? 0,
            errors: r.counts.errors ?? 0,
            skipped: r.counts.skipped ?? 0,
            missing: r.counts.missing ?? 0,
            marked: r.counts.marked ?? 0,
          },
    errors: details
      ? (r.report.errors ?? []).map((e) => rowError(e.code, e.params, { row: e.row, column: e.column, field: e.field }))
      : [],
    diffs: details
      ? (r.report.diffs ?? []).map((d) => ({
          row: d.row,
          key: d.key,
          action: d.action,
          changes: d.changes.map((c) => ({ field: c.field, old: text(c.old), next: text(c.new) })),
        }))
      : [],
    failure,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}
