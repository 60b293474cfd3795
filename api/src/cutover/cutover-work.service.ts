import { Injectable } from '@nestjs/common';
import { TICKABLE_STATUSES } from '@schaltplan/domain';
import { currentActor, writeAudit, type AuditChanges } from '../audit/audit-writer';
import { invalidInput, notFound } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { Workstation } from '../workstations/workstation.entity';
import {
  answer,
  lockStep,
  recordOperation,
  statusConflict,
  workstationOfRow,
  type LockedWorkstation,
} from './cutover-locks';
import { TICK_SQL } from './cutover-tick.sql';
import { transitionWorkstation } from './cutover-transitions';
import type {
  TechnicianWorkstationsArgs,
  TickChecklistStepInput,
  TransitionWorkstationInput,
  UntickChecklistStepInput,
} from './dto/cutover.inputs';

/** TICK_SQL's answer: the flags, and the workstation's columns (all null unless its status changed). */
type TickResult = Record<string, unknown> & { op_recorded: number; step_ticked: number; id: string | null };

/**
 * The technicians' work: the day's workstations, ticks and status changes. Every write is one
 * request transaction that starts by locking the workstation row and recording the client's
 * operation id, so replays are answered without being applied twice.
 */
@Injectable()
export class CutoverWorkService {
  /** Workstations at Standorte whose wave is on the date (RLS limits technicians to theirs). */
  async workstationsOfDay(args: TechnicianWorkstationsArgs): Promise<Workstation[]> {
    const ctx = RequestContext.current();
    const ids = await ctx.query<{ id: string }>(
      `SELECT w.id FROM workstation w
       JOIN location l ON l.tenant_id = w.tenant_id AND l.id = w.location_id
       WHERE l.cutover_date = coalesce($1::date, (now() AT TIME ZONE 'Europe/Berlin')::date)
         AND ($2::uuid IS NULL OR l.id = $2::uuid)
       ORDER BY lower(l.name), l.id, lower(w.room) NULLS LAST, lower(w.name), w.id`,
      [args.date ?? null, args.locationId ?? null],
    );
    if (ids.length === 0) return [];
    const manager = await ctx.manager();
    const rows = await manager
      .createQueryBuilder(Workstation, 't')
      .where('t.id = ANY(:ids)', { ids: ids.map((r) => r.id) })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((r) => byId.get(r.id)).filter((w): w is Workstation => w !== undefined);
  }

  /**
   * Two statements after the scope: the step with its workstation locked, then every write in
   * one (cutover-tick.sql.ts). The answer is the locked row, or the row the status change returned.
   */
  async tick(input: TickChecklistStepInput): Promise<Workstation> {
    const step = await lockStep(input.stepId);
    const ws = step.ws;
    const evidence = input.evidence?.trim() || null;
    const tickable = TICKABLE_STATUSES.includes(ws.status);
    const evidenceOk = !step.needsEvidence || evidence !== null;
    const actor = currentActor();
    const changes: AuditChanges = { step: { old: null, new: step.label } };
    if (evidence) changes.evidence = { old: null, new: evidence };
    // The first tick means work has started on the device (setStatus's entry, in SQL).
    const status: AuditChanges = { cutoverStatus: { old: ws.status, new: 'PREPARED' } };
    if (ws.statusReason !== null) status.cutoverStatusReason = { old: ws.statusReason, new: null };
    const [result] = await RequestContext.current().query<TickResult>(TICK_SQL, [
      ws.tenantId,
      input.opId,
      actor.accountId,
      ws.id,
      actor.accountName,
      evidence,
      step.id,
      tickable && evidenceOk,
      ws.name,
      JSON.stringify(changes),
      JSON.stringify({ opId: input.opId, stepId: step.id, locationId: ws.locationId }),
      JSON.stringify(status),
      JSON.stringify({ opId: input.opId, locationId: ws.locationId }),
    ]);
    // A replay: applied before, answered as it stands now.
    if (result.op_recorded === 0) return answer(ws.row);
    // Refusals roll the request back, operation id included, so a corrected retry may use it.
    this.assertTickable(ws);
    if (!evidenceOk) {
      throw invalidInput([{ field: 'evidence', message: `"${step.label}" needs a reference number` }]);
    }
    // Already ticked (by someone else's operation): nothing was changed, and nothing audited.
    if (result.step_ticked === 0) return this.unchanged(step.id, ws.row);
    return answer(result.id === null ? ws.row : await workstationOfRow(result));
  }

  async untick(input: UntickChecklistStepInput): Promise<Workstation> {
    const step = await lockStep(input.stepId);
    const ws = step.ws;
    if (!(await recordOperation(input.opId, 'UNTICK', ws))) return answer(ws.row);
    this.assertTickable(ws);
    const undone = await RequestContext.current().query<{ evidence: string | null }>(
      `WITH u AS (UPDATE checklist_step s SET done_at = NULL, done_by = NULL, done_by_name = NULL, evidence = NULL
         FROM checklist_step old WHERE s.id = $1 AND old.id = s.id AND s.done_at IS NOT NULL
         RETURNING old.evidence)
       SELECT evidence FROM u`,
      [step.id],
    );
    if (undone.length === 0) return this.unchanged(step.id, ws.row);
    const changes: AuditChanges = { step: { old: step.label, new: null } };
    if (undone[0].evidence) changes.evidence = { old: undone[0].evidence, new: null };
    await writeAudit({
      tenantId: ws.tenantId,
      objectType: 'WORKSTATION',
      objectId: ws.id,
      objectLabel: ws.name,
      action: 'UNTICK',
      changes,
      context: { opId: input.opId, stepId: step.id, locationId: ws.locationId },
    });
    return answer(ws.row);
  }

  transition(input: TransitionWorkstationInput): Promise<Workstation> {
    return transitionWorkstation(input);
  }

  /**
   * Nothing to change: fine unless a template rebuild deleted the step while this request
   * waited for the lock (the lock statement still saw it in its snapshot).
   */
  private async unchanged(stepId: string, row: Workstation): Promise<Workstation> {
    const [step] = await RequestContext.current().query(`SELECT id FROM checklist_step WHERE id = $1`, [stepId]);
    if (!step) throw notFound('ChecklistStep', stepId);
    return answer(row);
  }

  /** Ticks are work on the device: only while it is planned or prepared. */
  private assertTickable(ws: LockedWorkstation): void {
    if (TICKABLE_STATUSES.includes(ws.status)) return;
    throw statusConflict(
      ws,
      ws.status === 'ROLLED_BACK' ? 'ROLLED_BACK' : 'NOT_TICKABLE',
      'Checklist steps can be changed only while it is planned or prepared.',
    );
  }
}
