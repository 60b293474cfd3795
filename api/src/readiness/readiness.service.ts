import { Injectable } from '@nestjs/common';
import type { ReadinessCriterion } from '@schaltplan/domain';
import { notFound } from '../common/errors';
import { RequestContext } from '../database/request-context';
import type { ConfirmationDay, CriterionState, ReadinessFailure, ReadinessRow } from './readiness.models';
import { BOARD_SQL, CONFIRMATION_TIMELINE_SQL, FAILURE_SQL } from './readiness.sql';

interface BoardRow {
  location_id: string;
  location_name: string;
  location_version: number;
  tenant_id: string;
  tenant_name: string;
  cutover_date: string | null;
  cutover_window_start: string | null;
  cutover_window_end: string | null;
  technician_count: number;
  workstation_count: number;
  persons_total: number;
  persons_confirmed: number;
  persons_changed: number;
  persons_rejected: number;
  persons_open: number;
  runs_used: number;
  runs_ready: number;
  runs_untested: number;
  runs_failed: number;
  runs_with_defects: number;
  runs_awaiting_sign_off: number;
  printers_without_queue: number;
  open_blockers: number;
}

/** The gate's criteria, each with the number of items that keep it from holding. */
function criteriaOf(r: BoardRow): CriterionState[] {
  const scheduled = r.cutover_date !== null && r.technician_count > 0;
  const failing: Record<ReadinessCriterion, number> = {
    PERSONS_CONFIRMED: r.persons_total - r.persons_confirmed,
    FACHVERFAHREN_TESTED: r.runs_used - r.runs_ready,
    PRINTERS_HAVE_QUEUE: r.printers_without_queue,
    // An unscheduled location with no workstations still fails (it counts itself).
    WORKSTATIONS_SCHEDULED: scheduled ? 0 : Math.max(r.workstation_count, 1),
    NO_OPEN_BLOCKERS: r.open_blockers,
  };
  return (Object.keys(failing) as ReadinessCriterion[]).map((criterion) => ({
    criterion,
    met: failing[criterion] === 0,
    failingCount: failing[criterion],
  }));
}

const toRow = (r: BoardRow): ReadinessRow => {
  const criteria = criteriaOf(r);
  return {
    locationId: r.location_id,
    locationName: r.location_name,
    locationVersion: r.location_version,
    tenantId: r.tenant_id,
    tenantName: r.tenant_name,
    cutoverDate: r.cutover_date,
    cutoverWindowStart: r.cutover_window_start,
    cutoverWindowEnd: r.cutover_window_end,
    technicianCount: r.technician_count,
    workstationCount: r.workstation_count,
    confirmations: {
      total: r.persons_total,
      confirmed: r.persons_confirmed,
      changed: r.persons_changed,
      rejected: r.persons_rejected,
      open: r.persons_open,
    },
    testRuns: {
      used: r.runs_used,
      ready: r.runs_ready,
      untested: r.runs_untested,
      failed: r.runs_failed,
      withDefects: r.runs_with_defects,
      awaitingSignOff: r.runs_awaiting_sign_off,
    },
    openBlockers: r.open_blockers,
    ready: criteria.every((c) => c.met),
    criteria,
  };
};

/** The readiness gate per location, computed from the data on every read (never stored or ticked). */
@Injectable()
export class ReadinessService {
  private get ctx(): RequestContext {
    return RequestContext.current();
  }

  async board(tenantId: string | null): Promise<ReadinessRow[]> {
    const rows = await this.ctx.query<BoardRow>(BOARD_SQL, [tenantId]);
    return rows.map(toRow);
  }

  async failures(locationId: string, criterion: ReadinessCriterion): Promise<ReadinessFailure[]> {
    const [location] = await this.ctx.query<{ id: string }>(`SELECT id FROM location WHERE id = $1`, [locationId]);
    if (!location) throw notFound('Standort', locationId);
    return this.ctx.query<ReadinessFailure>(FAILURE_SQL[criterion], [locationId]);
  }

  /** Confirmations and rejections per day, from the audit trail (one statement). */
  confirmationTimeline(tenantId: string | null): Promise<ConfirmationDay[]> {
    return this.ctx.query<ConfirmationDay>(CONFIRMATION_TIMELINE_SQL, [tenantId]);
  }
}
