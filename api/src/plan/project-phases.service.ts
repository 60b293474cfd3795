import { Injectable } from '@nestjs/common';
import { PROJECT_PHASE_LABELS, PROJECT_PHASES, type PhaseStatus, type ProjectPhase } from '@schaltplan/domain';
import { DataSource } from 'typeorm';
import { diff, writeAudit } from '../audit/audit-writer';
import { mapDbError } from '../common/db-errors';
import { invalidInput, notFound, staleVersion, type FieldProblem } from '../common/errors';
import { RequestContext } from '../database/request-context';
import type { UpdateProjectPhaseInput } from './dto/project-phase.input';
import { planAccountsOf } from './plan-accounts';
import type { PlanAccount, ProjectPhasePlan } from './plan.models';

interface PhaseRow {
  id: string | null;
  tenant_id: string;
  phase: ProjectPhase;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  status: PhaseStatus | null;
  responsible_account_id: string | null;
  responsible_name: string | null;
  notes: string | null;
  version: number | null;
}

// Dates as text: no time-zone shift between PostgreSQL's date and a JavaScript Date.
const COLUMNS = `p.id, p.planned_start::text, p.planned_end::text, p.actual_start::text, p.actual_end::text,
  p.status, p.responsible_account_id, p.responsible_name, p.notes, p.version`;

const toPlan = (r: PhaseRow, tenantId: string): ProjectPhasePlan => ({
  id: r.id,
  tenantId,
  phase: r.phase,
  plannedStart: r.planned_start,
  plannedEnd: r.planned_end,
  actualStart: r.actual_start,
  actualEnd: r.actual_end,
  status: r.status ?? 'OPEN',
  responsibleAccountId: r.responsible_account_id,
  responsibleName: r.responsible_name,
  notes: r.notes,
  version: r.version,
});

/** What the trail records of a phase (no identity or bookkeeping). */
const audited = (p: ProjectPhasePlan | null) =>
  p && {
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    actualStart: p.actualStart,
    actualEnd: p.actualEnd,
    status: p.status,
    responsibleName: p.responsibleName,
    notes: p.notes,
  };

function checkDates(input: UpdateProjectPhaseInput): void {
  const problems: FieldProblem[] = [];
  if (input.plannedStart && input.plannedEnd && input.plannedEnd < input.plannedStart) {
    problems.push({ field: 'plannedEnd', message: 'must not be before plannedStart' });
  }
  if (input.actualStart && input.actualEnd && input.actualEnd < input.actualStart) {
    problems.push({ field: 'actualEnd', message: 'must not be before actualStart' });
  }
  if (problems.length) throw invalidInput(problems);
}

/** The five phases per Verwaltung; a phase is stored on its first save (upsert). */
@Injectable()
export class ProjectPhasesService {
  constructor(private readonly dataSource: DataSource) {}

  private get ctx(): RequestContext {
    return RequestContext.current();
  }

  /** Always all five, in order; one statement (the tenant check included). */
  async list(tenantId: string): Promise<ProjectPhasePlan[]> {
    const rows = await this.ctx.query<PhaseRow>(
      `SELECT ph.phase, ${COLUMNS}
       FROM unnest($2::text[]) WITH ORDINALITY AS ph(phase, ord)
       LEFT JOIN project_phase p ON p.tenant_id = $1 AND p.phase = ph.phase
       WHERE EXISTS (SELECT 1 FROM tenant t WHERE t.id = $1)
       ORDER BY ph.ord`,
      [tenantId, PROJECT_PHASES],
    );
    if (rows.length === 0) throw notFound('Verwaltung', tenantId);
    return rows.map((r) => toPlan(r, tenantId));
  }

  async update(input: UpdateProjectPhaseInput): Promise<ProjectPhasePlan> {
    checkDates(input);
    const before = (await this.list(input.tenantId)).find((p) => p.phase === input.phase) as ProjectPhasePlan;
    const responsible = await this.responsible(input.tenantId, input.responsibleAccountId ?? null);
    const sentVersion = input.version ?? null;
    if (sentVersion !== before.version) {
      throw staleVersion('Projektphase', before.id ?? input.phase, sentVersion ?? 0, before.version ?? 0);
    }
    const values = [
      input.plannedStart ?? null,
      input.plannedEnd ?? null,
      input.actualStart ?? null,
      input.actualEnd ?? null,
      input.status,
      responsible?.id ?? null,
      responsible?.displayName ?? null,
      input.notes ?? null,
    ];
    let rows: PhaseRow[];
    try {
      rows =
        before.version === null
          ? // A concurrent first save makes this a no-op (and so a conflict below), never a duplicate.
            await this.ctx.query<PhaseRow>(
              `INSERT INTO project_phase AS p (tenant_id, phase, planned_start, planned_end, actual_start, actual_end,
                 status, responsible_account_id, responsible_name, notes)
               VALUES ($9, $10, $1, $2, $3, $4, $5, $6, $7, $8)
               ON CONFLICT (tenant_id, phase) DO NOTHING
               RETURNING p.phase, ${COLUMNS}`,
              [...values, input.tenantId, input.phase],
            )
          : await this.ctx.query<PhaseRow>(
              // Wrapped: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
              `WITH p AS (UPDATE project_phase AS p SET planned_start = $1, planned_end = $2, actual_start = $3, actual_end = $4,
                 status = $5, responsible_account_id = $6, responsible_name = $7, notes = $8, version = version + 1
               WHERE p.tenant_id = $9 AND p.phase = $10 AND p.version = $11
               RETURNING p.*) SELECT p.phase, ${COLUMNS} FROM p`,
              [...values, input.tenantId, input.phase, before.version],
            );
    } catch (error) {
      throw mapDbError(error, 'Projektphase');
    }
    if (rows.length === 0) {
      const current = (await this.list(input.tenantId)).find((p) => p.phase === input.phase) as ProjectPhasePlan;
      throw staleVersion('Projektphase', current.id ?? input.phase, sentVersion ?? 0, current.version ?? 0);
    }
    const after = toPlan(rows[0], input.tenantId);
    await writeAudit({
      tenantId: input.tenantId,
      objectType: 'PROJECT_PHASE',
      objectId: after.id as string,
      objectLabel: PROJECT_PHASE_LABELS[input.phase].de,
      action: before.version === null ? 'CREATE' : 'UPDATE',
      changes: diff(before.version === null ? null : audited(before), audited(after)),
    });
    return after;
  }

  /** Accounts that can be named as responsible or as wave technicians for the Verwaltung. */
  async planAccounts(tenantId: string): Promise<PlanAccount[]> {
    // The tenant check runs in the caller's scope (RLS); account data is read as the owner.
    await this.list(tenantId);
    return planAccountsOf(this.dataSource, tenantId);
  }

  private async responsible(tenantId: string, accountId: string | null): Promise<PlanAccount | null> {
    if (!accountId) return null;
    const eligible = await planAccountsOf(this.dataSource, tenantId);
    const account = eligible.find((a) => a.id === accountId) ?? null;
    if (!account) {
      throw invalidInput([
        { field: 'responsibleAccountId', message: 'is not an active account that works for this Verwaltung' },
      ]);
    }
    return account;
  }
}
