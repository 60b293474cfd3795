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
  /** The whole row as locked, for the mutation's answer. */
  row: Workstation;
}

export type OperationKind = 'TICK' | 'UNTICK' | 'TRANSITION';

/** Workstation columns as the lock statements return them (`w.*`). */
type WorkstationRow = Record<string, unknown> & {
  id: string;
  tenant_id: string;
  location_id: string;
  name: string;
  cutover_status: WorkstationStatus;
  cutover_status_reason: string | null;
  cutover_status_by_name: string | null;
};

/**
 * A `workstation` row (`w.*`, as pg parsed it) as the entity the mutations answer with, mapped by
 * TypeORM's own column metadata, so new columns need no change here.
 */
export async function workstationOfRow(row: Record<string, unknown>): Promise<Workstation> {
  const manager = await RequestContext.current().manager();
  const entity = new Workstation();
  const target = entity as unknown as Record<string, unknown>;
  for (const column of manager.connection.getMetadata(Workstation).columns) {
    target[column.propertyName] = row[column.databaseName] ?? null;
  }
  return entity;
}

async function locked(row: WorkstationRow): Promise<LockedWorkstation> {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    locationId: row.location_id,
    name: row.name,
    status: row.cutover_status,
    statusReason: row.cutover_status_reason,
    statusByName: row.cutover_status_by_name,
    row: await workstationOfRow(row),
  };
}

/**
 * Locks the workstation row first, always: every write of a tick or transition (operation id,
 * step, status) hangs off this row, so parallel requests queue here instead of deadlocking on
 * the foreign-key share locks that the later inserts and updates take. The locked row is the
 * latest committed version, so it also serves as the answer while nothing changes it.
 */
export async function lockWorkstation(id: string): Promise<LockedWorkstation> {
  const [row] = await RequestContext.current().query<WorkstationRow>(
    `SELECT * FROM workstation WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) throw notFound('Workstation', id);
  return locked(row);
}

export interface LockedStep {
  id: string;
  label: string;
  needsEvidence: boolean;
  ws: LockedWorkstation;
}

/**
 * The step (under RLS: a technician's steps at other Standorte do not exist for them) and its
 * workstation locked, in one statement. The step columns read are fixed per step (label,
 * evidence rule); whether it is done is decided by the conditional update after the lock.
 */
export async function lockStep(stepId: string): Promise<LockedStep> {
  const [row] = await RequestContext.current().query<
    WorkstationRow & { step_id: string; step_label: string; step_needs_evidence: boolean }
  >(
    `SELECT s.id AS step_id, s.label AS step_label, s.needs_evidence AS step_needs_evidence, w.*
     FROM checklist_step s JOIN workstation w ON w.tenant_id = s.tenant_id AND w.id = s.workstation_id
     WHERE s.id = $1 FOR UPDATE OF w`,
    [stepId],
  );
  if (!row) throw notFound('ChecklistStep', stepId);
  return { id: row.step_id, label: row.step_label, needsEvidence: row.step_needs_evidence, ws: await locked(row) };
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

/**
 * The answer of a mutation: the workstation row as this request left it (field resolvers such
 * as the checklist must not serve what was batched before the write).
 */
export function answer(row: Workstation): Workstation {
  RequestContext.current().forgetLoaded();
  return row;
}
