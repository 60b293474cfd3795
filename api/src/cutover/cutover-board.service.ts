import { Injectable } from '@nestjs/common';
import { notFound } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { CUTOVER_BOARD_SQL, CUTOVER_BURNDOWN_SQL } from './cutover-board.sql';
import type { BurndownPoint, CutoverBoard, CutoverBurndown, CutoverCounts } from './cutover.models';

interface CountColumns {
  total: number;
  planned: number;
  prepared: number;
  migrated: number;
  accepted: number;
  rolled_back: number;
  required_steps: number;
  required_steps_done: number;
  open_blockers: number;
}

/** Timestamps inside json_agg arrive as ISO text, top-level ones as Date. */
type Stamp = string | Date;

interface LocationJson extends CountColumns {
  location_id: string;
  location_name: string;
  cutover_date: string;
  window_start: Stamp | null;
  window_end: Stamp | null;
}

interface BoardRow extends CountColumns {
  found: boolean;
  generated_at: Date;
  locations: LocationJson[];
}

interface BurndownRow {
  location_id: string;
  window_start: Date | null;
  window_end: Date | null;
  total: number;
  remaining: number;
  actual: { at: string; remaining: number }[];
}

const date = (v: Stamp | null): Date | null => (v === null ? null : new Date(v));

const counts = (c: CountColumns): CutoverCounts => ({
  total: c.total,
  planned: c.planned,
  prepared: c.prepared,
  migrated: c.migrated,
  accepted: c.accepted,
  rolledBack: c.rolled_back,
  requiredSteps: c.required_steps,
  requiredStepsDone: c.required_steps_done,
  openBlockers: c.open_blockers,
});

/** The plan: everything remaining at window start, nothing at its end (no window, no line). */
function plannedLine(total: number, start: Date | null, end: Date | null): BurndownPoint[] {
  if (!start || !end || end <= start) return [];
  return [
    { at: start, remaining: total },
    { at: end, remaining: 0 },
  ];
}

/** The live cutover board and burndown: each one SQL statement, scoped by RLS. */
@Injectable()
export class CutoverBoardService {
  private get ctx(): RequestContext {
    return RequestContext.current();
  }

  async board(tenantId: string): Promise<CutoverBoard> {
    const [row] = await this.ctx.query<BoardRow>(CUTOVER_BOARD_SQL, [tenantId]);
    // RLS hides foreign tenants: they read as unknown ones, never as an empty board.
    if (!row?.found) throw notFound('Verwaltung', tenantId);
    return {
      tenantId,
      generatedAt: row.generated_at,
      totals: counts(row),
      locations: row.locations.map((l) => ({
        locationId: l.location_id,
        locationName: l.location_name,
        cutoverDate: l.cutover_date,
        windowStart: date(l.window_start),
        windowEnd: date(l.window_end),
        counts: counts(l),
      })),
    };
  }

  async burndown(locationId: string): Promise<CutoverBurndown> {
    const [row] = await this.ctx.query<BurndownRow>(CUTOVER_BURNDOWN_SQL, [locationId]);
    if (!row) throw notFound('Standort', locationId);
    return {
      locationId: row.location_id,
      total: row.total,
      windowStart: row.window_start,
      windowEnd: row.window_end,
      planned: plannedLine(row.total, row.window_start, row.window_end),
      actual: row.actual.map((p) => ({ at: new Date(p.at), remaining: p.remaining })),
    };
  }
}
