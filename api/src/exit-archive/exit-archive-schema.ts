import { RequestContext } from '../database/request-context';
import { EXIT_TABLES } from './exit-archive.format';

export interface LiveTable {
  /** Columns in table order. */
  columns: string[];
  /** Primary-key columns in key order: the archive's row order. */
  primaryKey: string[];
}

/** The running database's columns and primary keys of the archived tables (from the catalog). */
export async function loadLiveSchema(): Promise<Map<string, LiveTable>> {
  const rows = await RequestContext.current().query<{ table: string; columns: string[]; primary_key: string[] }>(
    `SELECT c.relname AS table,
       ARRAY(SELECT a.attname::text FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS columns,
       ARRAY(SELECT a.attname::text FROM pg_index i
             CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
             WHERE i.indrelid = c.oid AND i.indisprimary ORDER BY k.n) AS primary_key
     FROM pg_class c
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname = ANY ($1)`,
    [EXIT_TABLES.map((t) => t.table)],
  );
  const schema = new Map(rows.map((r) => [r.table, { columns: r.columns, primaryKey: r.primary_key }]));
  for (const { table } of EXIT_TABLES) {
    const live = schema.get(table);
    // A table without a key could not be exported in a stable order: that is a bug here, not bad input.
    if (!live?.primaryKey.length) throw new Error(`exit archive: table ${table} is missing or has no primary key`);
  }
  return schema;
}

/** Double-quoted identifier (the names come from the catalog, quoted all the same). */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
