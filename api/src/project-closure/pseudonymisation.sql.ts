import { escapeIdentifier } from 'pg';

export type Query = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/** A text, text[] or jsonb column of a tenant table the request may update. */
export interface TextColumn {
  table: string;
  column: string;
  type: 'text' | 'array' | 'jsonb';
  versioned: boolean;
}

/**
 * Columns that hold codes (enum values, drive letters, keys, hashes), never free text: a person's
 * name cannot be in them, and a replacement would break their CHECK constraints.
 */
export const CODE_COLUMNS = new Set([
  'blocker.object_type',
  'confirmation.status',
  'cutover_operation.kind',
  'fachverfahren.area',
  'fachverfahren.current_operation',
  'fachverfahren.target_operation',
  'fachverfahren.criticality',
  'fachverfahren.interfaces',
  'file_share.drive_letter',
  'import_preset.target',
  'import_run.target',
  'import_run.mode',
  'import_run.status',
  'import_run.phase',
  'import_run.file_sha256',
  'location.kind',
  'location.postal_code',
  'location.ags',
  'person_file_share.access',
  'person_file_share.drive_letter',
  'printer.kind',
  'project_phase.phase',
  'project_phase.status',
  'software.delivery',
  'test_run.result',
  'workstation.cutover_status',
]);

/** The person's own identity: replaced by its pseudonym, not searched. */
export const PERSON_IDENTITY = ['account_name', 'given_name', 'surname', 'display_name', 'email'];

/** Raw uploads are deleted instead (see PseudonymisationService). */
const DELETED_TABLES = ['import_file', 'import_file_chunk'];

/**
 * Every text-like column of every table with a tenant_id that the runtime role may update, read
 * from the catalogue: a column added later is searched too. The audit trail is not among them
 * (append-only; rewritten by pseudonymise_audit_entries), nor are the account tables.
 */
export async function rewritableColumns(query: Query): Promise<TextColumn[]> {
  const rows = await query<{ table: string; column: string; udt: string; versioned: boolean }>(
    `SELECT c.relname AS table, a.attname AS column, t.typname AS udt,
       EXISTS (SELECT 1 FROM pg_attribute v WHERE v.attrelid = c.oid AND v.attname = 'version'
         AND NOT v.attisdropped) AS versioned
     FROM pg_class c
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     JOIN pg_type t ON t.oid = a.atttypid
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
       AND t.typname IN ('text', 'varchar', 'bpchar', '_text', '_varchar', 'jsonb')
       AND EXISTS (SELECT 1 FROM pg_attribute k WHERE k.attrelid = c.oid AND k.attname = 'tenant_id'
         AND NOT k.attisdropped)
       AND has_table_privilege(c.oid, 'UPDATE')
     ORDER BY c.relname, a.attnum`,
    [],
  );
  return rows
    .filter((r) => !CODE_COLUMNS.has(`${r.table}.${r.column}`) && !DELETED_TABLES.includes(r.table))
    .filter((r) => !(r.table === 'person' && PERSON_IDENTITY.includes(r.column)))
    .map((r) => ({
      table: r.table,
      column: r.column,
      type: r.udt === 'jsonb' ? 'jsonb' : r.udt.startsWith('_') ? 'array' : 'text',
      versioned: r.versioned,
    }));
}

/** New value and "has a hit" test of one column over alias x ($2: the rules). */
function columnSql(c: TextColumn): { value: string; hit: string } {
  const col = `x.${escapeIdentifier(c.column)}`;
  switch (c.type) {
    case 'jsonb':
      return { value: `pseudonym_jsonb(${col}, $2)`, hit: `pseudonym_json_hits(${col}, $2)` };
    case 'array':
      return {
        value: `CASE WHEN ${col} IS NULL THEN NULL ELSE ARRAY(SELECT pseudonym_text(e, $2)
          FROM unnest(${col}) WITH ORDINALITY AS u(e, i) ORDER BY i) END`,
        hit: `pseudonym_hits(array_to_string(${col}, ' '), $2)`,
      };
    default:
      return { value: `pseudonym_text(${col}, $2)`, hit: `pseudonym_hits(${col}, $2)` };
  }
}

/**
 * One UPDATE for the table: the rows whose searched columns change get their pseudonymised values
 * (and a new version, so a form still open on the old value cannot save it back). Returns how
 * many rows changed.
 */
export async function rewriteTable(
  query: Query,
  columns: TextColumn[],
  tenantId: string,
  rules: string,
): Promise<number> {
  const table = escapeIdentifier(columns[0].table);
  const names = columns.map((c) => escapeIdentifier(c.column));
  const parts = columns.map(columnSql);
  const sets = names.map((name, i) => `${name} = n.c${i}`);
  if (columns[0].versioned) sets.push('version = t.version + 1');
  const [row] = await query<{ n: number }>(
    `WITH n AS (
       SELECT x.ctid AS row_id, ${parts.map((p, i) => `${p.value} AS c${i}`).join(', ')}
       FROM ${table} x WHERE x.tenant_id = $1 AND (${parts.map((p) => p.hit).join(' OR ')})
     ), changed AS (
       UPDATE ${table} AS t SET ${sets.join(', ')} FROM n
       WHERE t.ctid = n.row_id
         AND ROW(${names.map((name) => `t.${name}`).join(', ')}) IS DISTINCT FROM ROW(${names.map((_, i) => `n.c${i}`).join(', ')})
       RETURNING 1)
     SELECT count(*)::int AS n FROM changed`,
    [tenantId, rules],
  );
  return row?.n ?? 0;
}
