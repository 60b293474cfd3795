import type { ImportTarget } from '@schaltplan/domain';
import type { Query } from './stage';
import { createdSql } from './sql-parts';
import { stageColumns, TARGET_PLANS } from './target-plans';

export interface ImportCounts {
  created: number;
  changed: number;
  unchanged: number;
  errors: number;
  skipped: number;
  /** Stored records of the target that the file does not contain. */
  missing: number;
  /** Of those, newly marked "nicht in Quelle" by this commit. */
  marked: number;
}

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface RowDiff {
  row: number;
  key: string;
  action: 'CREATED' | 'CHANGED';
  changes: FieldChange[];
}

/** Rows whose diff the report shows; counts cover all of them. */
export const DIFF_SAMPLE = 200;

// coalesce: link_state is NULL on rows without a person, and NULL must not drop a row from every count.
const NEW = `coalesce((s.is_new AND s.row_no = s.first_row) OR s.link_state = 'new', false)`;
const CHANGED = `coalesce(s.changes <> '{}' OR s.link_state = 'changed' OR s.link_changes <> '{}', false)`;

export async function countStage(
  query: Query,
  target: ImportTarget,
  tenantId: string,
): Promise<Pick<ImportCounts, 'created' | 'changed' | 'unchanged' | 'missing'>> {
  const plan = TARGET_PLANS[target];
  const missing = plan.object
    ? `(SELECT count(*) FROM ${plan.object.table} o WHERE o.tenant_id = $1
         AND NOT EXISTS (SELECT 1 FROM import_stage t WHERE t.target_id = o.id))::int`
    : '0';
  const [row] = await query<{ created: number; changed: number; unchanged: number; missing: number }>(
    `SELECT count(*) FILTER (WHERE NOT s.err AND (${NEW}))::int AS created,
            count(*) FILTER (WHERE NOT s.err AND NOT ${NEW} AND (${CHANGED}))::int AS changed,
            count(*) FILTER (WHERE NOT s.err AND NOT ${NEW} AND NOT (${CHANGED}))::int AS unchanged,
            ${missing} AS missing
     FROM import_stage s`,
    // Mapping targets: no record can be missing, and no parameter is used.
    plan.object ? [tenantId] : [],
  );
  return row;
}

/** The first changed or new rows with their field changes (references shown by name). */
export async function sampleDiffs(query: Query, target: ImportTarget, mappedFields: Set<string>): Promise<RowDiff[]> {
  const plan = TARGET_PLANS[target];
  const keys = plan.object
    ? plan.object.columns.filter((c) => c.spec.key).map((c) => `s.${c.stage}`)
    : ['s.f_person', 's.f_printer'];
  // New rows show the values they bring (only for the sample: never computed for all rows).
  const mapped = stageColumns(target).filter(
    (c) => (c.ref || c.spec.kind !== 'personList') && mappedFields.has(c.field),
  );
  const created = createdSql(mapped.map((c) => ({ auditField: c.ref ? c.field : c.auditField, expr: `s.${c.stage}` })));
  const rows = await query<{ row_no: number; key: string; created: boolean; changes: Record<string, FieldChange> }>(
    `SELECT s.row_no, concat_ws(' · ', ${keys.join(', ')}) AS key, ${NEW} AS created,
       CASE WHEN s.is_new AND s.row_no = s.first_row THEN ${created} ELSE s.changes END || s.link_changes AS changes
     FROM import_stage s WHERE NOT s.err AND ((${NEW}) OR ${CHANGED})
     ORDER BY s.row_no LIMIT ${DIFF_SAMPLE}`,
  );
  const locationIds = new Set<string>();
  for (const r of rows) {
    const loc = r.changes.locationId;
    if (loc) [loc.old, loc.new].forEach((v) => typeof v === 'string' && locationIds.add(v));
  }
  const names = new Map<string, string>();
  if (locationIds.size) {
    for (const l of await query<{ id: string; name: string }>(`SELECT id, name FROM location WHERE id = ANY($1)`, [
      [...locationIds],
    ]))
      names.set(l.id, l.name);
  }
  return rows.map((r) => ({
    row: r.row_no,
    key: r.key,
    action: r.created ? 'CREATED' : 'CHANGED',
    changes: Object.entries(r.changes).map(([field, c]) =>
      field === 'locationId'
        ? { field: 'location', old: names.get(c.old as string) ?? c.old, new: names.get(c.new as string) ?? c.new }
        : { field, old: c.old, new: c.new },
    ),
  }));
}
