import type { ImportTarget } from '@schaltplan/domain';
import type { MappedRow } from './row-mapper';
import { stageColumns, type PlanColumn } from './target-plans';

export type Query = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
/** Sends `data` (in the COPY statement's format) to a `COPY … FROM STDIN` statement on the import's connection. */
export type CopyIn = (sql: string, data: string | Buffer) => Promise<void>;

/** Rows per COPY into the staging table: small enough to keep the API's memory flat. */
export const STAGE_BATCH = 2000;

/**
 * The file's rows with typed values, in the import's transaction only (ON COMMIT DROP).
 * Validation builds `import_stage` from it in one statement (references, match, changes).
 */
export async function createStage(query: Query, target: ImportTarget): Promise<void> {
  const cols = stageColumns(target);
  await query(`CREATE TEMP TABLE import_rows (
    row_no int NOT NULL,
    err boolean NOT NULL,
    ${cols.map((c) => `${c.stage} ${c.type}`).join(',\n    ')}
  ) ON COMMIT DROP`);
}

// COPY's text format: backslash, tab and line breaks are escaped, NULL is \N.
const SPECIAL = /[\\\t\n\r]/;
const escapeText = (s: string): string =>
  SPECIAL.test(s)
    ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : s;
const arrayLiteral = (items: unknown[]): string =>
  `{${items.map((v) => `"${String(v).replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;

function copyValue(c: PlanColumn, v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (c.type === 'text[]') return escapeText(arrayLiteral(v as unknown[]));
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  return escapeText(typeof v === 'string' ? v : JSON.stringify(v));
}

/**
 * Collects mapped rows and streams them into `import_rows` with COPY, one batch at a time. The
 * next batch is parsed while the previous one is copied; at most one COPY runs at a time.
 */
export class StageWriter {
  private readonly cols: PlanColumn[];
  private readonly sql: string;
  private lines: string[] = [];
  private pending: Promise<void> | null = null;

  constructor(
    target: ImportTarget,
    private readonly copyIn: CopyIn,
  ) {
    this.cols = stageColumns(target);
    this.sql = `COPY import_rows (row_no, err, ${this.cols.map((c) => c.stage).join(', ')}) FROM STDIN`;
  }

  async add(row: MappedRow): Promise<void> {
    let line = `${row.row}\t${row.err ? 't' : 'f'}`;
    for (const c of this.cols) line += `\t${copyValue(c, row.values[c.field])}`;
    this.lines.push(`${line}\n`);
    if (this.lines.length >= STAGE_BATCH) await this.flush();
  }

  /** Copies what is left and waits for it; the connection is free for queries afterwards. */
  async finish(): Promise<void> {
    await this.flush();
    await this.settle();
  }

  /** After a failure: waits for a running COPY (its error, if any, is the lesser news). */
  async abandon(): Promise<void> {
    await this.pending?.catch(() => undefined);
    this.pending = null;
  }

  private async flush(): Promise<void> {
    await this.settle();
    if (!this.lines.length) return;
    const data = this.lines.join('');
    this.lines = [];
    this.pending = this.copyIn(this.sql, data);
    // Reported by the next settle(); until then it must not count as unhandled.
    this.pending.catch(() => undefined);
  }

  private async settle(): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    if (pending) await pending;
  }
}
