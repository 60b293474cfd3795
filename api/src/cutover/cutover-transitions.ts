import {
  checkTransition,
  TRANSITION_REFUSAL_LABELS,
  type TransitionRefusal,
  type WorkstationStatus,
} from '@schaltplan/domain';
import { currentActor, writeAudit } from '../audit/audit-writer';
import { AppError, type FieldProblem } from '../common/errors';
import { RequestContext } from '../database/request-context';
import type { Workstation } from '../workstations/workstation.entity';
import {
  answer,
  lockWorkstation,
  recordOperation,
  statusConflict,
  workstationOfRow,
  type LockedWorkstation,
} from './cutover-locks';
import type { TransitionWorkstationInput } from './dto/cutover.inputs';

/**
 * Sets the status of a locked workstation and audits it. The burndown is built from these
 * entries, so `changes.cutoverStatus` is always {old, new}.
 */
export async function setStatus(
  ws: LockedWorkstation,
  to: WorkstationStatus,
  reason: string | null,
  opId: string,
): Promise<void> {
  const actor = currentActor();
  const newReason = to === 'ROLLED_BACK' ? reason : null;
  // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
  const [row] = await RequestContext.current().query(
    `WITH u AS (UPDATE workstation SET cutover_status = $2, cutover_status_reason = $3, cutover_status_at = now(),
       cutover_status_by_name = $4
     WHERE id = $1 RETURNING *)
     SELECT * FROM u`,
    [ws.id, to, newReason, actor.accountName],
  );
  const changes: Record<string, { old: unknown; new: unknown }> = { cutoverStatus: { old: ws.status, new: to } };
  if (ws.statusReason !== newReason) changes.cutoverStatusReason = { old: ws.statusReason, new: newReason };
  await writeAudit(
    {
      tenantId: ws.tenantId,
      objectType: 'WORKSTATION',
      objectId: ws.id,
      objectLabel: ws.name,
      action: 'STATUS_CHANGE',
      changes,
      context: { opId, locationId: ws.locationId },
    },
    actor,
  );
  ws.status = to;
  ws.statusReason = newReason;
  ws.statusByName = actor.accountName;
  ws.row = await workstationOfRow(row);
}

/**
 * A refusal of the lifecycle as the API reports it. ROLE is FORBIDDEN. Everything else is
 * BAD_USER_INPUT: `from` matched the stored status (a changed status is the CONFLICT above),
 * so the request itself asks for something the lifecycle does not allow (SAME_STATUS,
 * NOT_ALLOWED) or lacks something (REASON_REQUIRED, STEPS_MISSING). `details.refusal` carries
 * the code the UI translates (TRANSITION_REFUSAL_LABELS).
 */
function refused(code: TransitionRefusal, input: TransitionWorkstationInput, missing: string[]): AppError {
  const text = TRANSITION_REFUSAL_LABELS[code].en;
  if (code === 'ROLE') {
    return new AppError(`${text} (${input.to})`, 'FORBIDDEN', { refusal: code, to: input.to });
  }
  const problem: FieldProblem =
    code === 'REASON_REQUIRED'
      ? { field: 'reason', message: text }
      : code === 'STEPS_MISSING'
        ? { field: 'to', message: `${text} Missing: ${missing.join(', ')}` }
        : { field: 'to', message: `${text} (${input.from} → ${input.to})` };
  return new AppError(`Invalid input: ${problem.field}: ${problem.message}`, 'BAD_USER_INPUT', {
    fields: [problem],
    refusal: code,
    ...(code === 'STEPS_MISSING' ? { missingSteps: missing } : {}),
  });
}

/** Required steps of the workstation's checklist not yet done, in order. */
async function missingRequiredSteps(workstationId: string): Promise<string[]> {
  const rows = await RequestContext.current().query<{ label: string }>(
    `SELECT label FROM checklist_step WHERE workstation_id = $1 AND required AND done_at IS NULL ORDER BY position`,
    [workstationId],
  );
  return rows.map((r) => r.label);
}

/**
 * One status change, in the request transaction: lock, operation id, `from` check, lifecycle
 * check, update and audit. Of several conflicting transitions from the same status, the first
 * to get the lock wins; the others then see another status and get a CONFLICT.
 */
export async function transitionWorkstation(input: TransitionWorkstationInput): Promise<Workstation> {
  const ws = await lockWorkstation(input.workstationId);
  if (!(await recordOperation(input.opId, 'TRANSITION', ws))) return answer(ws.row);
  if (ws.status !== input.from) {
    throw statusConflict(ws, 'STATUS_CHANGED', `It is no longer ${input.from}; reload and decide again.`);
  }
  const role = RequestContext.current().principal?.role;
  if (!role) throw new AppError('Please sign in.', 'UNAUTHENTICATED');
  const missing = input.to === 'MIGRATED' ? await missingRequiredSteps(ws.id) : [];
  const reason = input.reason?.trim() || null;
  const refusal = checkTransition({
    from: ws.status,
    to: input.to,
    role,
    reason,
    missingRequiredSteps: missing.length,
  });
  if (refusal) throw refused(refusal, input, missing);
  await setStatus(ws, input.to, reason, input.opId);
  return answer(ws.row);
}
