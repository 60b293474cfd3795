import type { EntityTarget } from 'typeorm';
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

/**
 * Creates or updates a mapping row. The tenant comes from the left object; the composite
 * foreign key refuses a right object of another tenant.
 */
export async function assignMapping(
  spec: MappingSpec,
  leftId: string,
  rightId: string,
  values: Record<string, unknown> = {},
): Promise<void> {
  const ctx = RequestContext.current();
  const columns = Object.keys(values);
  const params = [leftId, rightId, ...Object.values(values)];
  const extraCols = columns.map((c) => `, ${c}`).join('');
  const extraVals = columns.map((_, i) => `, $${i + 3}`).join('');
  const updates = [...columns.map((c) => `${c} = EXCLUDED.${c}`), `version = ${spec.table}.version + 1`].join(', ');
  let rows: unknown[];
  try {
    rows = await ctx.query(
      `INSERT INTO ${spec.table} (tenant_id, ${spec.left}_id, ${spec.right}_id${extraCols})
       SELECT l.tenant_id, l.id, $2${extraVals} FROM ${spec.left} l WHERE l.id = $1
       ON CONFLICT (tenant_id, ${spec.left}_id, ${spec.right}_id) DO UPDATE SET ${updates}
       RETURNING 1 AS ok`,
      params,
    );
  } catch (error) {
    throw mapDbError(error, spec.type);
  }
  if (rows.length === 0) throw notFound(spec.left === 'person' ? 'Person' : 'Workstation', leftId);
  ctx.forgetLoaded();
}

/** Removes a mapping row; removing one that does not exist is a no-op. */
export async function unassignMapping(spec: MappingSpec, leftId: string, rightId: string): Promise<void> {
  const ctx = RequestContext.current();
  await ctx.query(`DELETE FROM ${spec.table} WHERE ${spec.left}_id = $1 AND ${spec.right}_id = $2`, [leftId, rightId]);
  ctx.forgetLoaded();
}
