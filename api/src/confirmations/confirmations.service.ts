import { Injectable } from '@nestjs/common';
import type { ConfirmationState } from '@schaltplan/domain';
import type { Page } from '../common/page';
import { RequestContext } from '../database/request-context';
import { confirmationChanges } from './confirmation-changes';
import type {
  ConfirmationCounts,
  ConfirmationMappings,
  ConfirmationProgress,
  PersonConfirmation,
} from './confirmation.model';
import { filterSql, PERSON_WITH_CONFIRMATION, STATE_SQL, type FilterValues } from './confirmation.sql';

interface Row {
  total_count: number;
  id: string | null;
  tenant_id: string;
  tenant_name: string;
  display_name: string;
  account_name: string;
  department: string | null;
  location_id: string | null;
  location_name: string | null;
  state: ConfirmationState;
  comment: string | null;
  decided_at: Date | null;
  decided_by_name: string | null;
  changed_at: Date | null;
  snapshot: ConfirmationMappings | null;
  mappings: ConfirmationMappings;
}

interface CountRow {
  by_location: number;
  by_department: number;
  location_id: string | null;
  location_name: string | null;
  department: string | null;
  total: number;
  confirmed: number;
  changed: number;
  rejected: number;
  open: number;
}

const COLUMNS = `p.id, p.tenant_id, t.name AS tenant_name, p.display_name, p.account_name, p.department,
  p.location_id, l.name AS location_name, ${STATE_SQL} AS state, c.comment, c.decided_at, c.decided_by_name,
  c.changed_at, c.snapshot`;
const FROM = `${PERSON_WITH_CONFIRMATION}
  JOIN tenant t ON t.id = p.tenant_id
  LEFT JOIN location l ON l.tenant_id = p.tenant_id AND l.id = p.location_id`;

export interface ListRequest extends FilterValues {
  offset: number;
  limit: number;
}

/** Reads: the coordinator's list, progress, and the project manager's rejections. */
@Injectable()
export class ConfirmationsService {
  /**
   * One statement: the page with each person's current mappings (person_snapshot only for the
   * page's rows) and the total; the total's row also exists when the page is empty.
   */
  async list(request: ListRequest): Promise<Page<PersonConfirmation>> {
    const { where, params } = filterSql(request, 3);
    const rows = await RequestContext.current().query<Row>(
      `WITH filtered AS (SELECT ${COLUMNS} FROM ${FROM} WHERE ${where})
       SELECT n.total_count, page.*, CASE WHEN page.id IS NULL THEN NULL ELSE person_snapshot(page.id) END AS mappings
       FROM (SELECT count(*)::int AS total_count FROM filtered) n
       LEFT JOIN LATERAL (SELECT * FROM filtered ORDER BY lower(display_name), id OFFSET $1 LIMIT $2) page ON true
       ORDER BY lower(page.display_name), page.id`,
      [request.offset, request.limit, ...params],
    );
    return { totalCount: rows[0]?.total_count ?? 0, items: rows.filter((r) => r.id !== null).map(toConfirmation) };
  }

  /** One person's row (after a decision). */
  async one(personId: string): Promise<PersonConfirmation | null> {
    const rows = await RequestContext.current().query<Row>(
      `SELECT ${COLUMNS}, person_snapshot(p.id) AS mappings FROM ${FROM} WHERE p.id = $1`,
      [personId],
    );
    return rows.length ? toConfirmation(rows[0]) : null;
  }

  /** Rejected persons of the given (or all visible) Verwaltungen, newest first: the project manager's tasks. */
  async openRejections(tenantIds: string[] | undefined, limit: number): Promise<PersonConfirmation[]> {
    const rows = await RequestContext.current().query<Row>(
      `SELECT page.*, person_snapshot(page.id) AS mappings FROM (
         SELECT ${COLUMNS} FROM ${FROM}
         WHERE c.status = 'REJECTED' AND ($1::uuid[] IS NULL OR p.tenant_id = ANY($1::uuid[]))
         ORDER BY c.decided_at DESC, p.id LIMIT $2) page
       ORDER BY page.decided_at DESC, page.id`,
      [tenantIds ?? null, limit],
    );
    return rows.map(toConfirmation);
  }

  /** Counts per location, per department and overall in one statement (grouping sets). */
  async progress(tenantId: string): Promise<ConfirmationProgress> {
    const rows = await RequestContext.current().query<CountRow>(
      `WITH s AS (
         SELECT p.location_id, l.name AS location_name, p.department, ${STATE_SQL} AS state
         FROM ${PERSON_WITH_CONFIRMATION} LEFT JOIN location l ON l.tenant_id = p.tenant_id AND l.id = p.location_id
         WHERE p.tenant_id = $1)
       SELECT GROUPING(location_id, location_name) = 0 AS by_location, GROUPING(department) = 0 AS by_department,
         location_id, location_name, department, count(*)::int AS total,
         count(*) FILTER (WHERE state = 'CONFIRMED')::int AS confirmed,
         count(*) FILTER (WHERE state = 'CHANGED')::int AS changed,
         count(*) FILTER (WHERE state = 'REJECTED')::int AS rejected,
         count(*) FILTER (WHERE state = 'OPEN')::int AS open
       FROM s GROUP BY GROUPING SETS ((location_id, location_name), (department), ())
       ORDER BY lower(location_name) NULLS LAST, lower(department) NULLS LAST`,
      [tenantId],
    );
    const counts = (r: CountRow, key: string | null, label: string | null): ConfirmationCounts => ({
      key,
      label,
      total: r.total,
      confirmed: r.confirmed,
      changed: r.changed,
      rejected: r.rejected,
      open: r.open,
    });
    const overall = rows.find((r) => !r.by_location && !r.by_department);
    return {
      overall: overall
        ? counts(overall, null, null)
        : { key: null, label: null, total: 0, confirmed: 0, changed: 0, rejected: 0, open: 0 },
      byLocation: rows.filter((r) => r.by_location).map((r) => counts(r, r.location_id, r.location_name)),
      byDepartment: rows.filter((r) => r.by_department).map((r) => counts(r, r.department, r.department)),
    };
  }
}

function toConfirmation(r: Row): PersonConfirmation {
  return {
    personId: r.id as string,
    tenantId: r.tenant_id,
    tenantName: r.tenant_name,
    displayName: r.display_name,
    accountName: r.account_name,
    department: r.department,
    locationId: r.location_id,
    locationName: r.location_name,
    state: r.state,
    comment: r.comment,
    decidedAt: r.decided_at,
    decidedByName: r.decided_by_name,
    changedAt: r.changed_at,
    mappings: r.mappings,
    // Only a decision that was changed afterwards has differences to show.
    changes: r.snapshot && r.changed_at ? confirmationChanges(r.snapshot, r.mappings) : [],
  };
}
