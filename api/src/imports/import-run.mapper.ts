import type { ImportTarget } from '@schaltplan/domain';
import type { ImportCounts, RowDiff } from './engine/report';
import type { RowError } from './engine/row-mapper';
import type {
  ImportMode,
  ImportPhase,
  ImportRowAction,
  ImportRowError,
  ImportRun,
  ImportRunStatus,
} from './import.models';
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
  abandoned?: boolean;
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

/** Why a whole run ended without writing, beyond the file problems importMessage() knows. */
const RUN_FAILURES: Record<string, { de: string; en: string }> = {
  HAS_ERRORS: {
    de: 'Die Datei enthält Fehler; nichts wurde übernommen.',
    en: 'The file has errors; nothing was written.',
  },
  INTERNAL: {
    de: 'Der Import wurde abgebrochen; es wurde nichts übernommen. Bitte erneut versuchen.',
    en: 'The import was stopped; nothing was written. Please try again.',
  },
  ABANDONED: {
    de: 'Der Import wurde unterbrochen (der Server wurde neu gestartet); es wurde nichts übernommen. Bitte erneut starten.',
    en: 'The import was interrupted (the server restarted); nothing was written. Please start it again.',
  },
};

const text = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'string'
      ? v
      : Array.isArray(v)
        ? v.join(', ')
        : JSON.stringify(v);

/** A stored run as the API shows it; `details` false leaves the (large) report out of lists. */
export function toRun(row: RunRow, details = true): ImportRun {
  const r: RunRow = row.abandoned ? { ...row, status: 'FAILED', phase: 'DONE', failure: { code: 'ABANDONED' } } : row;
  const f = r.failure;
  const own = f ? RUN_FAILURES[f.code] : undefined;
  const failure: ImportRowError | null = !f
    ? null
    : own
      ? { row: null, column: null, field: null, code: f.code, message: own.de, messageEn: own.en }
      : rowError(f.code, f.params ?? {});
  return {
    id: r.id,
    tenantId: r.tenant_id,
    target: r.target,
    mode: r.mode,
    status: r.status as ImportRunStatus,
    phase: r.phase as ImportPhase,
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
          action: d.action as ImportRowAction,
          changes: d.changes.map((c) => ({ field: c.field, old: text(c.old), next: text(c.new) })),
        }))
      : [],
    failure,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}
