import type { ImportTarget } from '@schaltplan/domain';
import { AUDIT_COLUMNS, createdSql, insertValue, TIME_ORDERED_ID, updateValue } from './sql-parts';
import type { Query } from './stage';
import { TARGET_PLANS, type PlanColumn } from './target-plans';

export interface CommitScope {
  target: ImportTarget;
  tenantId: string;
  mapped: Set<string>;
  markMissing: boolean;
  accountId: string | null;
  accountName: string | null;
  /** Goes into every audit entry: which import made the change. */
  context: Record<string, unknown>;
}

const OK_FIRST = `s.row_no = s.first_row AND NOT s.err`;

/**
 * Writes what validation staged, set-based: one statement per kind of change, each with its
 * audit entries in the same statement. Runs inside the import's single transaction.
 */
export async function commitStage(query: Query, scope: CommitScope): Promise<{ marked: number }> {
  const plan = TARGET_PLANS[scope.target];
  const p = [scope.tenantId, scope.accountId, scope.accountName, JSON.stringify(scope.context)];
  const audit = `INSERT INTO audit_entry (${AUDIT_COLUMNS})`;
  // One entry per created or changed record: thousands at once, so with time-ordered ids.
  const bulkAudit = `INSERT INTO audit_entry (id, ${AUDIT_COLUMNS})`;
  let marked = 0;

  if (plan.object) {
    const o = plan.object;
    // Unmapped NOT NULL columns still need a value on insert: their default (person: the derived name).
    const mapped = o.columns.filter((c) => scope.mapped.has(c.field) || c.keepWhenEmpty !== undefined);
    const created = createdSql(o.columns.map((c) => ({ auditField: c.auditField, expr: `ins.${c.column}` })));
    await query(
      `WITH ins AS (
         INSERT INTO ${o.table} (id, tenant_id, ${mapped.map((c) => c.column).join(', ')})
         SELECT s.target_id, $1, ${mapped.map((c) => insertValue(c)).join(', ')}
         FROM import_stage s WHERE s.is_new AND ${OK_FIRST}
         RETURNING id, tenant_id, ${[...new Set([o.label, ...o.columns.map((c) => c.column)])].join(', ')})
       ${bulkAudit} SELECT ${TIME_ORDERED_ID}, ins.tenant_id, $2, $3, '${o.auditType}', ins.id, ins.${o.label}, 'CREATE', ${created},
         NULL, NULL, NULL, $4::jsonb FROM ins`,
      p,
    );
    const updated = o.columns.filter((c) => scope.mapped.has(c.field));
    const sets = [...updated.map((c) => `${c.column} = ${updateValue(c, 'o')}`), 'not_in_source_since = NULL'];
    await query(
      `WITH up AS (
         UPDATE ${o.table} o SET ${sets.join(', ')}, version = o.version + 1
         FROM import_stage s WHERE o.tenant_id = $1 AND o.id = s.target_id AND NOT s.is_new AND ${OK_FIRST} AND s.changes <> '{}'
         RETURNING o.id, o.tenant_id, o.${o.label} AS label, s.changes)
       ${bulkAudit} SELECT ${TIME_ORDERED_ID}, up.tenant_id, $2, $3, '${o.auditType}', up.id, up.label, 'UPDATE', up.changes,
         NULL, NULL, NULL, $4::jsonb FROM up`,
      p,
    );
    if (scope.markMissing) {
      const rows = await query<{ n: number }>(
        `WITH marked AS (
           UPDATE ${o.table} o SET not_in_source_since = now(), version = o.version + 1
           WHERE o.tenant_id = $1 AND o.not_in_source_since IS NULL
             AND NOT EXISTS (SELECT 1 FROM import_stage s WHERE s.target_id = o.id)
           RETURNING o.id, o.tenant_id, o.${o.label} AS label, o.not_in_source_since AS since),
         written AS (
           ${audit} SELECT tenant_id, $2, $3, '${o.auditType}', id, label, 'UPDATE',
             jsonb_build_object('notInSourceSince', jsonb_build_object('old', NULL, 'new', to_jsonb(since))),
             NULL, NULL, NULL, $4::jsonb FROM marked RETURNING 1)
         SELECT count(*)::int AS n FROM written`,
        p,
      );
      marked = rows[0]?.n ?? 0;
    }
  }

  if (plan.workstationPersons && scope.mapped.has('persons')) {
    await query(
      `WITH gone AS (
         DELETE FROM workstation_person m USING import_stage s
         WHERE m.tenant_id = $1 AND m.workstation_id = s.target_id AND ${OK_FIRST} AND s.link_changes <> '{}'
           AND NOT (m.person_id = ANY (s.r_persons))
         RETURNING m.workstation_id, m.person_id)
       ${audit} SELECT $1, $2, $3, 'WORKSTATION', g.workstation_id, w.name, 'UNASSIGN', '{}',
         'PERSON', g.person_id, p.display_name, $4::jsonb
       FROM gone g JOIN workstation w ON w.id = g.workstation_id JOIN person p ON p.id = g.person_id`,
      p,
    );
    await query(
      `WITH added AS (
         INSERT INTO workstation_person (tenant_id, workstation_id, person_id)
         SELECT $1, s.target_id, unnest(s.r_persons) FROM import_stage s WHERE ${OK_FIRST} AND s.link_changes <> '{}'
         ON CONFLICT DO NOTHING
         RETURNING workstation_id, person_id)
       ${audit} SELECT $1, $2, $3, 'WORKSTATION', a.workstation_id, w.name, 'ASSIGN', '{}',
         'PERSON', a.person_id, p.display_name, $4::jsonb
       FROM added a JOIN workstation w ON w.id = a.workstation_id JOIN person p ON p.id = a.person_id`,
      p,
    );
  }

  if (plan.link) await commitLinks(query, scope, p);
  return { marked };
}

async function commitLinks(query: Query, scope: CommitScope, p: unknown[]): Promise<void> {
  const plan = TARGET_PLANS[scope.target];
  const link = plan.link;
  if (!link) return;
  const objectId = plan.printerLink ? 's.r_printer' : 's.target_id';
  const attrs: PlanColumn[] = link.attrs.filter((c) => scope.mapped.has(c.field));
  const pending = `s.link_state IN ('new', 'changed') AND NOT s.err`;
  const audit = `INSERT INTO audit_entry (${AUDIT_COLUMNS})`;

  if (plan.printerLink && scope.mapped.has('isDefault')) {
    // One default per person: a new default in the file takes it from the person's old one.
    await query(
      `WITH cleared AS (
         UPDATE person_printer m SET is_default = false, version = m.version + 1
         FROM import_stage s
         WHERE ${pending} AND s.f_is_default AND m.tenant_id = $1 AND m.person_id = s.r_person
           AND m.printer_id <> s.r_printer AND m.is_default
         RETURNING m.person_id, m.printer_id)
       ${audit} SELECT $1, $2, $3, 'PERSON', c.person_id, p.display_name, 'ASSIGN',
         '{"isDefault": {"old": true, "new": false}}'::jsonb, 'PRINTER', c.printer_id, r.name, $4::jsonb
       FROM cleared c JOIN person p ON p.id = c.person_id JOIN printer r ON r.id = c.printer_id`,
      p,
    );
  }
  const cols = attrs.map((c) => c.column);
  const updates = [...cols.map((c) => `${c} = EXCLUDED.${c}`), `version = ${link.table}.version + 1`];
  await query(
    `INSERT INTO ${link.table} (tenant_id, person_id, ${link.objectColumn}${cols.map((c) => `, ${c}`).join('')})
     SELECT $1, s.r_person, ${objectId}${attrs.map((c) => `, ${insertValue(c)}`).join('')}
     FROM import_stage s WHERE ${pending}
     ON CONFLICT (tenant_id, person_id, ${link.objectColumn}) DO UPDATE SET ${updates.join(', ')}`,
    [scope.tenantId],
  );
  await query(
    `${audit} SELECT $1, $2, $3, 'PERSON', s.r_person, p.display_name, 'ASSIGN', s.link_changes,
       '${link.relatedType}', ${objectId}, x.${link.relatedLabel}, $4::jsonb
     FROM import_stage s JOIN person p ON p.id = s.r_person
       JOIN ${plan.printerLink ? 'printer' : (plan.object?.table ?? '')} x ON x.id = ${objectId}
     WHERE ${pending}`,
    p,
  );
}
