import { QueryFailedError } from 'typeorm';
import { RequestContext } from '../database/request-context';
import { archiveError, type ArchiveTable, type ParsedArchive } from './exit-archive-reader';
import { ident, type LiveTable } from './exit-archive-schema';
import { CHUNK_TABLE, type ChunkReference } from './exit-archive.format';

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> =>
  RequestContext.current().query<T>(sql, params);

/**
 * INSERT … SELECT from the archive's own JSON text: PostgreSQL converts every value itself, so
 * numbers, timestamps and jsonb keep exactly the form they were exported in. Audit entries that
 * are already here (the trail of this very Verwaltung, deleted and now restored: entries outlive
 * what they describe) are kept, not duplicated.
 */
function insertSql(table: ArchiveTable, live: LiveTable, source: string): string {
  const name = ident(table.spec.table);
  const columns = live.columns.map(ident).join(', ');
  const values = live.columns.map((c) => `r.${ident(c)}`).join(', ');
  const existing =
    table.spec.table === 'audit_entry'
      ? ` WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.id = r.id AND a.tenant_id = r.tenant_id)`
      : '';
  return `INSERT INTO ${name} (${columns}) SELECT ${values} FROM ${source}(NULL::${name}, $1::json) r${existing}`;
}

const pgMessage = (error: unknown): string =>
  error instanceof QueryFailedError ? error.message : error instanceof Error ? error.message : String(error);

/**
 * The set-based insert failed: find the first row that fails on its own, so the error names the
 * file and row. Only runs on the way to a rollback, so its speed does not matter.
 */
async function locateFailure(table: ArchiveTable, live: LiveTable, cause: unknown): Promise<never> {
  const rows = await q<{ json: string }>(`SELECT e::text AS json FROM json_array_elements($1::json) e`, [table.text]);
  const sql = insertSql(table, live, 'json_populate_record');
  for (let i = 0; i < rows.length; i++) {
    try {
      await q(sql, [rows[i].json]);
    } catch (error) {
      throw archiveError(pgMessage(error), { file: table.path, row: i + 1 });
    }
  }
  throw archiveError(pgMessage(cause), { file: table.path });
}

/** Uploaded file chunks: the row without its bytes, the bytes from the attachment slice. */
async function insertChunks(table: ArchiveTable, live: LiveTable, archive: ParsedArchive): Promise<void> {
  const columns = live.columns.map(ident).join(', ');
  const values = live.columns.map((c) => (c === 'data' ? '$2::bytea' : `r.${ident(c)}`)).join(', ');
  const sql = `INSERT INTO ${ident(CHUNK_TABLE)} (${columns})
    SELECT ${values} FROM json_populate_record(NULL::${ident(CHUNK_TABLE)}, $1::json) r`;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const ref = row.data as ChunkReference;
    const file = archive.files.get(ref.attachment) as Uint8Array;
    const bytes = Buffer.from(file.subarray(ref.offset, ref.offset + ref.length));
    try {
      await q(sql, [JSON.stringify({ ...row, data: null }), bytes]);
    } catch (error) {
      throw archiveError(pgMessage(error), { file: table.path, row: i + 1 });
    }
  }
}

/** Inserts one table of the archive; a failing row aborts the import with its file and row. */
export async function insertTable(table: ArchiveTable, live: LiveTable, archive: ParsedArchive): Promise<void> {
  if (!table.rows.length) return;
  if (table.spec.table === CHUNK_TABLE) return insertChunks(table, live, archive);
  await q(`SAVEPOINT exit_archive_table`);
  try {
    await q(insertSql(table, live, 'json_populate_recordset'), [table.text]);
  } catch (error) {
    await q(`ROLLBACK TO SAVEPOINT exit_archive_table`);
    await locateFailure(table, live, error);
  }
  await q(`RELEASE SAVEPOINT exit_archive_table`);
}
