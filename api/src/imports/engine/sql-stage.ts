import { isUtf8 } from 'node:buffer';
import { IMPORT_SPECS, parseCell, type ImportColumnSpec, type ImportTarget } from '@schaltplan/domain';
import { readFile, type StoredFile } from '../import-files.store';
import { MAX_CELL_CHARS } from '../reading/csv-rows';
import { PlainCsvScanner } from '../reading/plain-csv-scanner';
import type { FileLayout } from '../reading/row-source';
import { blankSql, cellSql, checkableInSql, textSql } from './sql-cells';
import type { CopyIn, Query } from './stage';
import { stageColumns } from './target-plans';

export interface SqlStageJob {
  file: StoredFile;
  layout: FileLayout;
  headers: string[];
  target: ImportTarget;
  mapping: (string | null)[];
  defaults: Record<string, string>;
  maxRows: number;
}

export interface SqlStaged {
  dataRows: number;
  skipped: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

interface UsedColumn {
  spec: ImportColumnSpec;
  /** File column index, if mapped. */
  index: number | undefined;
  /** SQL parameter holding the value for empty cells, if any. */
  fallback: string | null;
}

/** The columns that take part, as the row mapper picks them; null when one needs JavaScript. */
function usedColumns(job: SqlStageJob, params: unknown[]): UsedColumn[] | null {
  const fieldColumn = new Map<string, number>();
  job.mapping.forEach((field, i) => {
    if (field) fieldColumn.set(field, i);
  });
  const used: UsedColumn[] = [];
  for (const spec of IMPORT_SPECS[job.target].columns) {
    const index = fieldColumn.get(spec.field);
    const fallback = job.defaults[spec.field];
    if (index === undefined && fallback === undefined) continue;
    if (!checkableInSql(spec) || (index !== undefined && index >= job.headers.length)) return null;
    // A default that is itself wrong fails every row: the JavaScript reader reports it.
    if (fallback !== undefined && !parseCell(spec, fallback).ok) return null;
    if (fallback !== undefined) params.push(fallback);
    used.push({ spec, index, fallback: fallback === undefined ? null : `$${params.length}::text` });
  }
  return used;
}

/**
 * The statement that checks and stages the copied cells: the values parseCell would give, the
 * PERSONS rules of the row mapper (derived display name, disabled accounts skipped), counts.
 */
function stageSql(job: SqlStageJob, used: UsedColumn[], clean: boolean): string {
  const width = job.headers.length;
  const cells = Array.from({ length: width }, (_, i) => `c${i}`);
  const normalised = used.map((u, i) => {
    const own = u.index === undefined ? null : textSql(`c${u.index}`, clean);
    const text =
      own && u.fallback
        ? `CASE WHEN ${blankSql(`c${u.index}`, clean)} THEN ${textSql(u.fallback)} ELSE ${own} END`
        : (own ?? textSql(u.fallback as string));
    return `${text} AS n${i}`;
  });
  const checked = used.map((u, i) => cellSql(u.spec, `x.n${i}`));
  const stage = new Map(stageColumns(job.target).map((c) => [c.field, c.stage]));
  const values = new Map(used.map((u, i) => [u.spec.field, checked[i].value]));
  const outputs = new Map(used.map((u, i) => [stage.get(u.spec.field) as string, checked[i].value]));
  let skip = 'false';
  if (job.target === 'PERSONS') {
    const given = values.get('givenName') ?? 'NULL';
    const surname = values.get('surname') ?? 'NULL';
    const derived = `coalesce(${values.get('displayName') ?? 'NULL'}, nullif(concat_ws(' ', ${given}, ${surname}), ''), ${values.get('accountName') ?? 'NULL'})`;
    outputs.set('f_display_name', derived);
    if (values.has('enabled')) skip = `coalesce(${values.get('enabled')} = false, false)`;
  }
  const columns = [...outputs.keys()];
  return `WITH y AS MATERIALIZED (
      SELECT x.row_no, x.blank, ${checked.map((c) => c.ok).join(' AND ') || 'true'} AS ok, ${skip} AS skip,
        ${[...outputs].map(([name, expr]) => `${expr} AS ${name}`).join(', ')}
      FROM (SELECT row_no, ${cells.map((c) => blankSql(c, clean)).join(' AND ')} AS blank${normalised.map((n) => `, ${n}`).join('')}
            FROM import_raw WHERE row_no > 1 OFFSET 0) x),
    ins AS (INSERT INTO import_rows (row_no, err, ${columns.join(', ')})
      SELECT row_no, false, ${columns.join(', ')} FROM y WHERE NOT blank AND ok AND NOT skip)
    SELECT count(*) FILTER (WHERE NOT blank)::int AS data_rows,
      count(*) FILTER (WHERE NOT blank AND NOT ok)::int AS bad,
      count(*) FILTER (WHERE NOT blank AND ok AND skip)::int AS skipped
    FROM y`;
}

/** Sends the file to COPY, one statement per stored chunk, each ending at a record boundary. */
async function copyFile(
  job: SqlStageJob,
  copyIn: CopyIn,
  sql: string,
  onBytes: (n: number) => void,
): Promise<{ plain: boolean; clean: boolean }> {
  const scanner = new PlainCsvScanner(job.layout.delimiter ?? ';', MAX_CELL_CHARS);
  let carry: Buffer = Buffer.alloc(0);
  let first = true;
  // The next chunk's read waits on the connection anyway: one COPY at a time, the last one awaited.
  let pending: Promise<void> = Promise.resolve();
  let refused = false;
  const send = async (data: Buffer): Promise<boolean> => {
    // A COPY must not fail while its data is being written (pg-copy-streams then writes to a closed
    // connection and the process dies): what PostgreSQL would refuse goes to the JavaScript reader.
    if (scanner.width !== job.headers.length || data.includes(0) || !isUtf8(data)) {
      refused = true;
      return false;
    }
    await pending;
    pending = data.length ? copyIn(sql, data) : Promise.resolve();
    // Reported by the next send or the final await; until then it must not count as unhandled.
    pending.catch(() => undefined);
    return true;
  };
  for await (let bytes of readFile(job.file.id, onBytes)) {
    if (first && UTF8_BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(3);
    first = false;
    scanner.push(bytes);
    if (scanner.failed || scanner.records > job.maxRows + 1) break;
    if (scanner.lastEnd < 0) carry = Buffer.concat([carry, bytes]);
    else {
      if (!(await send(Buffer.concat([carry, bytes.subarray(0, scanner.lastEnd)])))) break;
      carry = Buffer.from(bytes.subarray(scanner.lastEnd));
    }
  }
  scanner.finish();
  if (!scanner.failed && scanner.records <= job.maxRows + 1) await send(carry);
  await pending;
  const plain =
    !refused && !scanner.failed && scanner.records <= job.maxRows + 1 && scanner.width === job.headers.length;
  return { plain, clean: scanner.clean };
}

/**
 * Stages plain UTF-8 CSV without JavaScript touching a cell: PostgreSQL reads the file with
 * `COPY … (FORMAT csv)` into a text table and checks every cell in one statement. Returns null
 * (and leaves nothing behind) when the file is not plain CSV or any cell might be wrong: the
 * JavaScript reader then stages it and reports each problem by row and column.
 */
export async function stageCsvInSql(
  query: Query,
  copyIn: CopyIn,
  job: SqlStageJob,
  onBytes: (n: number) => void,
): Promise<SqlStaged | null> {
  const { layout, headers } = job;
  if (layout.format !== 'CSV' || layout.encoding !== 'UTF8' || layout.headerRow !== 1 || headers.length < 2)
    return null;
  const params: unknown[] = [];
  const used = usedColumns(job, params);
  if (!used) return null;
  const cells = headers.map((_, i) => `c${i}`);
  const delimiter = layout.delimiter === '\t' ? `E'\\t'` : `'${layout.delimiter ?? ';'}'`;
  await query(`SAVEPOINT import_sql_stage`);
  try {
    await query(`CREATE TEMP TABLE import_raw (row_no int GENERATED ALWAYS AS IDENTITY,
      ${cells.map((c) => `${c} text`).join(', ')}) ON COMMIT DROP`);
    const copy = `COPY import_raw (${cells.join(', ')}) FROM STDIN (FORMAT csv, DELIMITER ${delimiter}, ENCODING 'UTF8')`;
    const { plain, clean } = await copyFile(job, copyIn, copy, onBytes);
    const staged = plain
      ? (await query<{ data_rows: number; bad: number; skipped: number }>(stageSql(job, used, clean), params))[0]
      : null;
    if (staged && !staged.bad && staged.data_rows <= job.maxRows) {
      await query(`DROP TABLE import_raw`);
      await query(`RELEASE SAVEPOINT import_sql_stage`);
      return { dataRows: staged.data_rows, skipped: staged.skipped };
    }
  } catch {
    // PostgreSQL refused the bytes (e.g. invalid UTF-8): the JavaScript reader says where.
  }
  await query(`ROLLBACK TO SAVEPOINT import_sql_stage`);
  await query(`RELEASE SAVEPOINT import_sql_stage`);
  return null;
}
