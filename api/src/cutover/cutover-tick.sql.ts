/**
 * A tick's writes as one statement, after the workstation is locked (cutover-locks.ts lockStep):
 * record the operation id; only if it is new and the caller found the tick allowed ($8), tick
 * the step if it is not done yet; only if that ticked it, audit it and, on the first tick, move
 * the workstation from PLANNED to PREPARED with its own audit entry. Returns whether the id was
 * new, whether the step was ticked, and the workstation row when its status changed.
 *
 * $1 tenant, $2 op id, $3 account, $4 workstation, $5 account name, $6 evidence, $7 step,
 * $8 allowed, $9 workstation name, $10/$11 TICK changes/context, $12/$13 STATUS_CHANGE changes/context.
 */
export const TICK_SQL = `
  WITH op AS (
    INSERT INTO cutover_operation (tenant_id, op_id, account_id, kind, workstation_id)
    VALUES ($1, $2, $3, 'TICK', $4) ON CONFLICT DO NOTHING RETURNING op_id
  ), u AS (
    UPDATE checklist_step SET done_at = now(), done_by = $3, done_by_name = $5, evidence = $6
    WHERE id = $7 AND done_at IS NULL AND $8::boolean AND EXISTS (SELECT 1 FROM op)
    RETURNING id
  ), a AS (
    INSERT INTO audit_entry (tenant_id, account_id, account_name, object_type, object_id, object_label, action,
      changes, context)
    SELECT $1::uuid, $3::uuid, $5::text, 'WORKSTATION', $4::uuid, $9::text, 'TICK', $10::jsonb, $11::jsonb FROM u
  ), w AS (
    UPDATE workstation SET cutover_status = 'PREPARED', cutover_status_reason = NULL, cutover_status_at = now(),
      cutover_status_by_name = $5
    WHERE id = $4 AND cutover_status = 'PLANNED' AND EXISTS (SELECT 1 FROM u)
    RETURNING *
  ), wa AS (
    INSERT INTO audit_entry (tenant_id, account_id, account_name, object_type, object_id, object_label, action,
      changes, context)
    SELECT $1::uuid, $3::uuid, $5::text, 'WORKSTATION', $4::uuid, $9::text, 'STATUS_CHANGE', $12::jsonb, $13::jsonb
    FROM w
  )
  SELECT (SELECT count(*) FROM op)::int AS op_recorded, (SELECT count(*) FROM u)::int AS step_ticked, w.*
  FROM (VALUES (1)) AS one (x) LEFT JOIN w ON true`;
