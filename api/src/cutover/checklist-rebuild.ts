import { RequestContext } from '../database/request-context';

/** Standorte that use the template: explicitly, or through the default when they name none. */
export async function locationsUsing(tenantId: string, templateId: string, isDefault: boolean): Promise<string[]> {
  const rows = await RequestContext.current().query<{ id: string }>(
    `SELECT id FROM location
     WHERE tenant_id = $1 AND (checklist_template_id = $2 OR ($3 AND checklist_template_id IS NULL))`,
    [tenantId, templateId, isDefault],
  );
  return rows.map((r) => r.id);
}

/** Standorte that name no template (they follow the tenant's default). */
export async function locationsOnDefault(tenantId: string): Promise<string[]> {
  const rows = await RequestContext.current().query<{ id: string }>(
    `SELECT id FROM location WHERE tenant_id = $1 AND checklist_template_id IS NULL`,
    [tenantId],
  );
  return rows.map((r) => r.id);
}

/**
 * Rebuilds the checklists nobody has started at these Standorte from their (new) template:
 * workstations still PLANNED without any tick. Rows are locked like a tick locks them, and a
 * tick always moves a PLANNED workstation on to PREPARED, so a tick that wins the race keeps
 * its checklist. Work done is never rewritten. Returns the number of rebuilt workstations.
 */
export async function rebuildUnstarted(tenantId: string, locationIds: string[]): Promise<number> {
  if (locationIds.length === 0) return 0;
  const ctx = RequestContext.current();
  const [{ ids }] = await ctx.query<{ ids: string[] | null }>(
    `WITH targets AS (
       SELECT w.id FROM workstation w
       WHERE w.tenant_id = $1 AND w.location_id = ANY($2::uuid[]) AND w.cutover_status = 'PLANNED'
         AND NOT EXISTS (SELECT 1 FROM checklist_step c
                         WHERE c.tenant_id = w.tenant_id AND c.workstation_id = w.id AND c.done_at IS NOT NULL)
       ORDER BY w.id
       FOR UPDATE OF w
     ), gone AS (
       DELETE FROM checklist_step c USING targets t WHERE c.tenant_id = $1 AND c.workstation_id = t.id
     )
     SELECT array_agg(id) AS ids FROM targets`,
    [tenantId, locationIds],
  );
  if (!ids?.length) return 0;
  // A statement of its own, so it sees the deletion above.
  await ctx.query(`SELECT checklist_materialize($1::uuid[])`, [ids]);
  return ids.length;
}
