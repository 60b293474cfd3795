import type { PlanColumn } from './target-plans';

/** The stored value as compared and audited (char columns as text, lists sorted). */
export function storedValue(c: PlanColumn, alias: string): string {
  const col = `${alias}.${c.column}`;
  if (c.type === 'text[]') return `ARRAY(SELECT unnest(${col}) ORDER BY 1)`;
  if (c.type === 'text' && !c.ref) return `${col}::text`;
  return col;
}

/** The staged value: resolved ids for references. */
export function stagedValue(c: PlanColumn, alias = 's'): string {
  return c.ref ? `${alias}.r_${c.field}` : `${alias}.${c.stage}`;
}

/** Value written on insert: NOT NULL columns fall back to their default. */
export function insertValue(c: PlanColumn): string {
  const v = stagedValue(c);
  return c.keepWhenEmpty && c.keepWhenEmpty !== 'NULL' ? `coalesce(${v}, ${c.keepWhenEmpty})` : v;
}

/** Value written on update: NOT NULL columns keep theirs when the cell was empty. */
export function updateValue(c: PlanColumn, alias: string): string {
  const v = stagedValue(c);
  return c.keepWhenEmpty ? `coalesce(${v}, ${alias}.${c.column})` : v;
}

/** Whether the staged value of a column differs from the stored one (empty keeps NOT NULL columns). */
export function differsSql(c: PlanColumn, stored: string): string {
  const old = storedValue(c, stored);
  const next = stagedValue(c);
  const differs = `${old} IS DISTINCT FROM ${next}`;
  return c.keepWhenEmpty ? `(${next} IS NOT NULL AND ${differs})` : differs;
}

/**
 * `{ field: { old, new } }` for every column that differs; `extra` adds more `(key, value-or-NULL)`
 * pairs. Built by concatenation, with no per-row subquery: it runs for every row of a file.
 */
export function diffSql(cols: PlanColumn[], stored: string, extra: [string, string][] = []): string {
  const parts = cols.map(
    (c) =>
      `CASE WHEN ${differsSql(c, stored)} THEN jsonb_build_object('${c.auditField}', jsonb_build_object('old', to_jsonb(${storedValue(c, stored)}), 'new', to_jsonb(${stagedValue(c)}))) ELSE '{}'::jsonb END`,
  );
  for (const [key, value] of extra) {
    parts.push(`CASE WHEN (${value}) IS NOT NULL THEN jsonb_build_object('${key}', ${value}) ELSE '{}'::jsonb END`);
  }
  return parts.length ? `(${parts.join(' || ')})` : `'{}'::jsonb`;
}

/**
 * Creation changes: every non-null value as `{ old: null, new }`. One object per row, the empty
 * fields removed afterwards (cheaper than concatenating one object per field).
 */
export function createdSql(fields: { auditField: string; expr: string }[]): string {
  if (!fields.length) return `'{}'::jsonb`;
  const all = fields.map((f) => `'${f.auditField}', jsonb_build_object('old', NULL, 'new', to_jsonb(${f.expr}))`);
  const empty = fields.map((f) => `CASE WHEN ${f.expr} IS NULL THEN '${f.auditField}' END`);
  return `(jsonb_build_object(${all.join(', ')}) - array_remove(ARRAY[${empty.join(', ')}]::text[], NULL))`;
}

/**
 * A time-ordered id (UUID version 7 layout: milliseconds, then random bits). Rows written in bulk
 * land at the end of their primary-key index instead of on random pages.
 */
export const TIME_ORDERED_ID = `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
  PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
  52, 1), 53, 1), 'hex')::uuid`;

export const AUDIT_COLUMNS = `tenant_id, account_id, account_name, object_type, object_id, object_label, action, changes,
  related_type, related_id, related_label, context`;
