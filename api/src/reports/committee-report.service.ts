import { Injectable } from '@nestjs/common';
import { REMAINING_STATUSES, WORKSTATION_STATUSES, type ReadinessCriterion, type TenantKind } from '@schaltplan/domain';
import { notFound } from '../common/errors';
import { ConfirmationsService } from '../confirmations/confirmations.service';
import { RequestContext } from '../database/request-context';
import type { ProjectPhasePlan } from '../plan/plan.models';
import { ProjectPhasesService } from '../plan/project-phases.service';
import { ReadinessService } from '../readiness/readiness.service';

/** Migrated: what the burndown no longer counts as remaining (umgestellt, abgenommen). */
export const MIGRATED_STATUSES = WORKSTATION_STATUSES.filter((s) => !REMAINING_STATUSES.includes(s));

export interface CommitteeFigures {
  persons: number;
  /** Confirmed and unchanged since (the confirmation progress's "confirmed"). */
  personsConfirmed: number;
  workstations: number;
  workstationsMigrated: number;
  locations: number;
}

export interface CommitteeLocation {
  name: string;
  cutoverDate: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  persons: number;
  personsConfirmed: number;
  workstations: number;
  workstationsMigrated: number;
  ready: boolean;
  /** The readiness criteria that fail, with how many items keep each from holding. */
  failing: { criterion: ReadinessCriterion; count: number }[];
}

export interface CommitteeBlocker {
  title: string;
  locationName: string | null;
  owner: string | null;
  since: Date;
}

export interface CommitteeReport {
  tenant: { name: string; kind: TenantKind };
  generatedAt: Date;
  figures: CommitteeFigures;
  phases: ProjectPhasePlan[];
  locations: CommitteeLocation[];
  blockers: CommitteeBlocker[];
}

interface SummaryRow {
  name: string;
  kind: TenantKind;
  locations: number;
  workstations: number;
  migrated_by_location: Record<string, number>;
}

interface BlockerRow {
  title: string;
  location_name: string | null;
  owner: string | null;
  created_at: Date;
}

const SUMMARY_SQL = `
SELECT t.name, t.kind,
  (SELECT count(*)::int FROM location l WHERE l.tenant_id = t.id) AS locations,
  (SELECT count(*)::int FROM workstation w WHERE w.tenant_id = t.id) AS workstations,
  (SELECT coalesce(json_object_agg(m.location_id, m.n), '{}'::json) FROM (
     SELECT w.location_id, count(*)::int AS n FROM workstation w
     WHERE w.tenant_id = t.id AND w.cutover_status = ANY ($2::text[]) GROUP BY w.location_id) m
  ) AS migrated_by_location
FROM tenant t WHERE t.id = $1`;

const OPEN_BLOCKERS_SQL = `
SELECT b.title, l.name AS location_name, b.owner, b.created_at
FROM blocker b LEFT JOIN location l ON l.tenant_id = b.tenant_id AND l.id = b.location_id
WHERE b.tenant_id = $1 AND b.open
ORDER BY b.created_at, b.id`;

/**
 * What the committee report shows, read in five set-based statements inside the request's
 * transaction (RLS scope): phases, counts, confirmation progress, the readiness board and the
 * open blockers. Readiness and confirmation come from their own services, so the report can
 * never disagree with the dashboard.
 */
@Injectable()
export class CommitteeReportService {
  constructor(
    private readonly phases: ProjectPhasesService,
    private readonly confirmations: ConfirmationsService,
    private readonly readiness: ReadinessService,
  ) {}

  async load(tenantId: string): Promise<CommitteeReport> {
    const ctx = RequestContext.current();
    // NOT_FOUND for a Verwaltung outside the reader's scope, before anything else is read.
    const phases = await this.phases.list(tenantId);
    const [summary] = await ctx.query<SummaryRow>(SUMMARY_SQL, [tenantId, MIGRATED_STATUSES]);
    if (!summary) throw notFound('Verwaltung', tenantId);
    const progress = await this.confirmations.progress(tenantId);
    const board = await this.readiness.board(tenantId);
    const blockers = await ctx.query<BlockerRow>(OPEN_BLOCKERS_SQL, [tenantId]);
    const migrated = summary.migrated_by_location;

    return {
      tenant: { name: summary.name, kind: summary.kind },
      generatedAt: new Date(),
      figures: {
        persons: progress.overall.total,
        personsConfirmed: progress.overall.confirmed,
        workstations: summary.workstations,
        workstationsMigrated: Object.values(migrated).reduce((sum, n) => sum + n, 0),
        locations: summary.locations,
      },
      phases,
      locations: board.map((row) => ({
        name: row.locationName,
        cutoverDate: row.cutoverDate,
        windowStart: row.cutoverWindowStart,
        windowEnd: row.cutoverWindowEnd,
        persons: row.confirmations.total,
        personsConfirmed: row.confirmations.confirmed,
        workstations: row.workstationCount,
        workstationsMigrated: migrated[row.locationId] ?? 0,
        ready: row.ready,
        failing: row.criteria.filter((c) => !c.met).map((c) => ({ criterion: c.criterion, count: c.failingCount })),
      })),
      blockers: blockers.map((b) => ({
        title: b.title,
        locationName: b.location_name,
        owner: b.owner,
        since: b.created_at,
      })),
    };
  }
}
