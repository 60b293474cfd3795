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

/** `{ field: { old, new } }` for every column that differs; `extra` adds more (key, value) pairs. */
export function diffSql(cols: PlanColumn[], stored: string, extra: string[] = []): string {
  const entries = cols.map((c) => {
    const old = storedValue(c, stored);
    const next = stagedValue(c);
    const differs = `${old} IS DISTINCT FROM ${next}`;
    const cond = c.keepWhenEmpty ? `${next} IS NOT NULL AND ${differs}` : differs;
    return `('${c.auditField}', CASE WHEN ${cond} THEN jsonb_build_object('old', to_jsonb(${old}), 'new', to_jsonb(${next})) END)`;
  });
  const all = [...entries, ...extra];
  if (!all.length) return `'{}'::jsonb`;
  return `(SELECT coalesce(jsonb_object_agg(d.k, d.v), '{}') FROM (VALUES ${all.join(', ')}) AS d(k, v) WHERE d.v IS NOT NULL)`;
}

/** Creation changes: every non-null value as `{ old: null, new }`. */
export function createdSql(fields: { auditField: string; expr: string }[]): string {
  const obj = `jsonb_build_object(${fields.map((f) => `'${f.auditField}', ${f.expr}`).join(', ')})`;
  return `(SELECT coalesce(jsonb_object_agg(e.key, jsonb_build_object('old', NULL, 'new', e.value)), '{}')
           FROM jsonb_each(jsonb_strip_nulls(${obj})) AS e)`;
}

export const AUDIT_COLUMNS = `tenant_id, account_id, account_name, object_type, object_id, object_label, action, changes,
  related_type, related_id, related_label, context`;
