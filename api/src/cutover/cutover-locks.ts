import { WORKSTATION_STATUS_LABELS, type WorkstationStatus } from '@schaltplan/domain';
import { currentActor } from '../audit/audit-writer';
import { AppError, notFound } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { Workstation } from '../workstations/workstation.entity';

/** The workstation row as a tick or transition sees it, locked for the rest of the request. */
export interface LockedWorkstation {
  id: string;
  tenantId: string;
  locationId: string;
  name: string;
  status: WorkstationStatus;
  statusReason: string | null;
  statusByName: string | null;
}

export type OperationKind = 'TICK' | 'UNTICK' | 'TRANSITION';

/**
 * Locks the workstation row first, always: every write of a tick or transition (operation id,
 * step, status) hangs off this row, so parallel requests queue here instead of deadlocking on
 * the foreign-key share locks that the later inserts and updates take.
 */
export async function lockWorkstation(id: string): Promise<LockedWorkstation> {
  const [row] = await RequestContext.current().query<{
    id: string;
    tenant_id: string;
    location_id: string;
    name: string;
    cutover_status: WorkstationStatus;
    cutover_status_reason: string | null;
    cutover_status_by_name: string | null;
  }>(
    `SELECT id, tenant_id, location_id, name, cutover_status, cutover_status_reason, cutover_status_by_name
     FROM workstation WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) throw notFound('Workstation', id);
  return {
    id: row.id,
    tenantId: row.tenant_id,
    locationId: row.location_id,
    name: row.name,
    status: row.cutover_status,
    statusReason: row.cutover_status_reason,
    statusByName: row.cutover_status_by_name,
  };
}

/**
 * Records the client's operation id; false when it was applied before (a replay). Same
 * transaction as the change: if the request fails, the id is free again for the retry.
 */
export async function recordOperation(opId: string, kind: OperationKind, ws: LockedWorkstation): Promise<boolean> {
  const rows = await RequestContext.current().query(
    `INSERT INTO cutover_operation (tenant_id, op_id, account_id, kind, workstation_id)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING op_id`,
    [ws.tenantId, opId, currentActor().accountId, kind, ws.id],
  );
  return rows.length === 1;
}

/** A conflict with what someone else did to the workstation meanwhile, with who and why. */
export function statusConflict(ws: LockedWorkstation, reason: string, expected: string): AppError {
  const label = WORKSTATION_STATUS_LABELS[ws.status].en.toLowerCase();
  const by = ws.statusByName ? ` by ${ws.statusByName}` : '';
  const why = ws.statusReason ? `: ${ws.statusReason}` : '';
  const what =
    ws.status === 'ROLLED_BACK'
      ? `Workstation ${ws.name} was rolled back meanwhile${by}${why}.`
      : `Workstation ${ws.name} is ${label} now (set${by || ' by nobody yet'}).`;
  return new AppError(`${what} ${expected}`, 'CONFLICT', {
    reason,
    workstationId: ws.id,
    currentStatus: ws.status,
    statusByName: ws.statusByName,
    statusReason: ws.statusReason,
  });
}

/** The workstation as stored now (after this request's writes), for the mutation's answer. */
export async function freshWorkstation(id: string): Promise<Workstation> {
  const ctx = RequestContext.current();
  // Field resolvers (checklist, persons) must not serve what was batched before the write.
  ctx.forgetLoaded();
  const manager = await ctx.manager();
  const row = await manager.createQueryBuilder(Workstation, 't').where('t.id = :id', { id }).getOne();
  if (!row) throw notFound('Workstation', id);
  return row;
}
