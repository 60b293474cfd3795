import { Injectable } from '@nestjs/common';
import { TICKABLE_STATUSES } from '@schaltplan/domain';
import { currentActor, writeAudit } from '../audit/audit-writer';
import { invalidInput, notFound } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { Workstation } from '../workstations/workstation.entity';
import {
  freshWorkstation,
  lockWorkstation,
  recordOperation,
  statusConflict,
  type LockedWorkstation,
} from './cutover-locks';
import { setStatus, transitionWorkstation } from './cutover-transitions';
import type {
  TechnicianWorkstationsArgs,
  TickChecklistStepInput,
  TransitionWorkstationInput,
  UntickChecklistStepInput,
} from './dto/cutover.inputs';

interface StepRow {
  id: string;
  workstation_id: string;
  label: string;
  needs_evidence: boolean;
}

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

  async tick(input: TickChecklistStepInput): Promise<Workstation> {
    const step = await this.step(input.stepId);
    const ws = await lockWorkstation(step.workstation_id);
    if (!(await recordOperation(input.opId, 'TICK', ws))) return freshWorkstation(ws.id);
    this.assertTickable(ws);
    const evidence = input.evidence?.trim() || null;
    if (step.needs_evidence && !evidence) {
      throw invalidInput([{ field: 'evidence', message: `"${step.label}" needs a reference number` }]);
    }
    const actor = currentActor();
    // Already ticked (by someone else's operation): nothing to do, and nothing to audit.
    // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    const done = await RequestContext.current().query(
      `WITH u AS (UPDATE checklist_step SET done_at = now(), done_by = $2, done_by_name = $3, evidence = $4
         WHERE id = $1 AND done_at IS NULL RETURNING id)
       SELECT id FROM u`,
      [step.id, actor.accountId, actor.accountName, evidence],
    );
    if (done.length === 0) return this.unchanged(step.id, ws.id);
    const changes: Record<string, { old: unknown; new: unknown }> = { step: { old: null, new: step.label } };
    if (evidence) changes.evidence = { old: null, new: evidence };
    await writeAudit(
      {
        tenantId: ws.tenantId,
        objectType: 'WORKSTATION',
        objectId: ws.id,
        objectLabel: ws.name,
        action: 'TICK',
        changes,
        context: { opId: input.opId, stepId: step.id, locationId: ws.locationId },
      },
      actor,
    );
    // The first tick means work has started on the device.
    if (ws.status === 'PLANNED') await setStatus(ws, 'PREPARED', null, input.opId);
    return freshWorkstation(ws.id);
  }

  async untick(input: UntickChecklistStepInput): Promise<Workstation> {
    const step = await this.step(input.stepId);
    const ws = await lockWorkstation(step.workstation_id);
    if (!(await recordOperation(input.opId, 'UNTICK', ws))) return freshWorkstation(ws.id);
    this.assertTickable(ws);
    const undone = await RequestContext.current().query<{ evidence: string | null }>(
      `WITH u AS (UPDATE checklist_step s SET done_at = NULL, done_by = NULL, done_by_name = NULL, evidence = NULL
         FROM checklist_step old WHERE s.id = $1 AND old.id = s.id AND s.done_at IS NOT NULL
         RETURNING old.evidence)
       SELECT evidence FROM u`,
      [step.id],
    );
    if (undone.length === 0) return this.unchanged(step.id, ws.id);
    const changes: Record<string, { old: unknown; new: unknown }> = { step: { old: step.label, new: null } };
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
    return freshWorkstation(ws.id);
  }

  transition(input: TransitionWorkstationInput): Promise<Workstation> {
    return transitionWorkstation(input);
  }

  /** The step under RLS: a technician's steps at other Standorte do not exist for them. */
  private async step(id: string): Promise<StepRow> {
    const [row] = await RequestContext.current().query<StepRow>(
      `SELECT id, workstation_id, label, needs_evidence FROM checklist_step WHERE id = $1`,
      [id],
    );
    if (!row) throw notFound('ChecklistStep', id);
    return row;
  }

  /** Nothing to change: fine unless a template rebuild replaced the step before the lock. */
  private async unchanged(stepId: string, workstationId: string): Promise<Workstation> {
    await this.step(stepId);
    return freshWorkstation(workstationId);
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
