import type { EntityTarget } from 'typeorm';
import { LABEL_SQL, writeAudit, type AuditChanges, type AuditObjectType } from '../audit/audit-writer';
import { RequestContext } from '../database/request-context';
import { mapDbError } from './db-errors';
import { notFound } from './errors';

export interface Join {
  table: string;
  alias: string;
  on: string;
}

export interface Through {
  /** Joins from the target (alias t) towards the source key; conditions in SQL. */
  joins: Join[];
  /** SQL expression that yields the source key, e.g. `m.person_id`. */
  source: string;
  /** Sort expression over t. */
  orderBy: string;
}

/**
 * Loads the targets reached through mapping tables for many sources in ONE statement and groups
 * them by source key (DataLoader batch function). Duplicates per source are removed.
 */
export async function loadThrough<T extends { id: string }>(
  entity: EntityTarget<T>,
  through: Through,
  keys: readonly string[],
): Promise<T[][]> {
  const manager = await RequestContext.current().manager();
  const qb = manager.createQueryBuilder(entity, 't');
  for (const j of through.joins) qb.innerJoin(j.table, j.alias, j.on);
  const { entities, raw } = await qb
    .addSelect(through.source, 'source_key')
    .addSelect(through.orderBy, 'sort_key')
    .where(`${through.source} = ANY(:keys)`, { keys: [...keys] })
    .orderBy('sort_key', 'ASC')
    .addOrderBy('t.id', 'ASC')
    .getRawAndEntities<{ source_key: string; t_id: string }>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const groups = new Map<string, Map<string, T>>();
  for (const row of raw) {
    const target = byId.get(row.t_id);
    if (!target) continue;
    let group = groups.get(row.source_key);
    if (!group) groups.set(row.source_key, (group = new Map<string, T>()));
    group.set(target.id, target);
  }
  return keys.map((k) => [...(groups.get(k)?.values() ?? [])]);
}

export interface MappingSpec {
  table: string;
  /** Owner side, e.g. `person`: its tenant is the mapping's tenant. */
  left: string;
  right: string;
  type: string;
}

interface MappingChange {
  tenant_id: string;
  /** The mapping's extra columns before (null: there was no mapping) and after (null: removed). */
  old: Record<string, unknown> | null;
  new: Record<string, unknown> | null;
  left_label: string | null;
  right_label: string | null;
}

// snake_case column → the API's camelCase field name, as the change list shows it.
const camel = (column: string): string => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Creates or updates a mapping row. The tenant comes from the left object; the composite
 * foreign key refuses a right object of another tenant. `context` goes into the audit entry
 * (e.g. side effects on other mappings).
 */
export async function assignMapping(
  spec: MappingSpec,
  leftId: string,
  rightId: string,
  values: Record<string, unknown> = {},
  context?: Record<string, unknown>,
): Promise<void> {
  const ctx = RequestContext.current();
  const columns = Object.keys(values);
  const params = [leftId, rightId, ...Object.values(values)];
  const extraCols = columns.map((c) => `, ${c}`).join('');
  const extraVals = columns.map((_, i) => `, $${i + 3}`).join('');
  const updates = [...columns.map((c) => `${c} = EXCLUDED.${c}`), `version = ${spec.table}.version + 1`].join(', ');
  const json = `json_build_object(${columns.map((c) => `'${c}', ${c}`).join(', ')})`;
  let rows: MappingChange[];
  try {
    // The CTE "old" reads the snapshot before the upsert: old and new values in one statement.
    rows = await ctx.query<MappingChange>(
      `WITH old AS (
         SELECT ${json} AS v FROM ${spec.table} WHERE ${spec.left}_id = $1 AND ${spec.right}_id = $2
       ), up AS (
         INSERT INTO ${spec.table} (tenant_id, ${spec.left}_id, ${spec.right}_id${extraCols})
         SELECT l.tenant_id, l.id, $2${extraVals} FROM ${spec.left} l WHERE l.id = $1
         ON CONFLICT (tenant_id, ${spec.left}_id, ${spec.right}_id) DO UPDATE SET ${updates}
         RETURNING tenant_id, ${json} AS v
       )
       SELECT up.tenant_id, (SELECT v FROM old) AS old, up.v AS new,
         (SELECT ${LABEL_SQL[spec.left]} FROM ${spec.left} WHERE id = $1) AS left_label,
         (SELECT ${LABEL_SQL[spec.right]} FROM ${spec.right} WHERE id = $2) AS right_label
       FROM up`,
      params,
    );
  } catch (error) {
    throw mapDbError(error, spec.type);
  }
  if (rows.length === 0) throw notFound(spec.left === 'person' ? 'Person' : 'Workstation', leftId);
  ctx.forgetLoaded();
  await auditMapping(spec, leftId, rightId, rows[0], context);
}

/** Removes a mapping row; removing one that does not exist is a no-op (and not audited). */
export async function unassignMapping(spec: MappingSpec, leftId: string, rightId: string): Promise<void> {
  const ctx = RequestContext.current();
  const rows = await ctx.query<MappingChange>(
    `WITH gone AS (
       DELETE FROM ${spec.table} m WHERE ${spec.left}_id = $1 AND ${spec.right}_id = $2 RETURNING m.*
     )
     SELECT gone.tenant_id, to_jsonb(gone) - ARRAY['tenant_id', '${spec.left}_id', '${spec.right}_id',
         'created_at', 'updated_at', 'version'] AS old, NULL AS new,
       (SELECT ${LABEL_SQL[spec.left]} FROM ${spec.left} WHERE id = $1) AS left_label,
       (SELECT ${LABEL_SQL[spec.right]} FROM ${spec.right} WHERE id = $2) AS right_label
     FROM gone`,
    [leftId, rightId],
  );
  ctx.forgetLoaded();
  if (rows.length > 0) await auditMapping(spec, leftId, rightId, rows[0]);
}

/** One entry on the left object (person or workstation) naming the right one as related. */
async function auditMapping(
  spec: MappingSpec,
  leftId: string,
  rightId: string,
  change: MappingChange,
  context?: Record<string, unknown>,
): Promise<void> {
  const changes: AuditChanges = {};
  for (const column of new Set([...Object.keys(change.old ?? {}), ...Object.keys(change.new ?? {})])) {
    const old = change.old?.[column] ?? null;
    const next = change.new?.[column] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(next)) changes[camel(column)] = { old, new: next };
  }
  await writeAudit({
    tenantId: change.tenant_id,
    objectType: spec.left.toUpperCase() as AuditObjectType,
    objectId: leftId,
    objectLabel: change.left_label,
    action: change.new ? 'ASSIGN' : 'UNASSIGN',
    changes,
    relatedType: spec.right.toUpperCase() as AuditObjectType,
    relatedId: rightId,
    relatedLabel: change.right_label,
    context,
  });
}
