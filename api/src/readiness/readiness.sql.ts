import type { ReadinessCriterion } from '@schaltplan/domain';

/** The latest test run per Fachverfahren of the tenants in `tenants` ("the latest result counts"). */
const LATEST_RUN = `latest_run AS (
    SELECT DISTINCT ON (r.fachverfahren_id) r.fachverfahren_id, r.result, r.signed_off_at IS NOT NULL AS signed
    FROM test_run r
    WHERE r.fachverfahren_id IS NOT NULL AND r.tenant_id IN (SELECT tenant_id FROM loc)
    ORDER BY r.fachverfahren_id, r.tested_on DESC, r.created_at DESC
  )`;

/** A person's confirmation as the gate sees it. */
const PERSON_STATE = `CASE WHEN c.person_id IS NULL THEN 'OPEN' WHEN c.changed_at IS NOT NULL THEN 'CHANGED'
  ELSE c.status END`;

/** A Fachverfahren's test state from its latest run (NULL run = untested). */
const RUN_STATE = `CASE WHEN r.fachverfahren_id IS NULL THEN 'UNTESTED'
  WHEN r.result = 'PASSED' AND r.signed THEN 'READY'
  WHEN r.result = 'PASSED' THEN 'AWAITING_SIGN_OFF' ELSE r.result END`;

/**
 * The whole board in ONE statement, however many locations: every aggregate is grouped by
 * location over the locations in scope (RLS decides which those are). $1: optional tenant.
 */
export const BOARD_SQL = `
WITH loc AS (
    SELECT l.id, l.tenant_id, l.name, l.version, l.cutover_date, l.cutover_window_start, l.cutover_window_end
    FROM location l WHERE $1::uuid IS NULL OR l.tenant_id = $1::uuid
  ),
  persons AS (
    SELECT p.location_id AS id, count(*)::int AS total,
      count(*) FILTER (WHERE ${PERSON_STATE} = 'CONFIRMED')::int AS confirmed,
      count(*) FILTER (WHERE ${PERSON_STATE} = 'CHANGED')::int AS changed,
      count(*) FILTER (WHERE ${PERSON_STATE} = 'REJECTED')::int AS rejected,
      count(*) FILTER (WHERE ${PERSON_STATE} = 'OPEN')::int AS open
    FROM person p JOIN loc ON loc.id = p.location_id
    LEFT JOIN confirmation c ON c.tenant_id = p.tenant_id AND c.person_id = p.id
    GROUP BY p.location_id
  ),
  ${LATEST_RUN},
  used AS (
    SELECT DISTINCT p.location_id, pf.fachverfahren_id
    FROM person_fachverfahren pf JOIN person p ON p.id = pf.person_id JOIN loc ON loc.id = p.location_id
  ),
  runs AS (
    SELECT u.location_id AS id, count(*)::int AS used,
      count(*) FILTER (WHERE ${RUN_STATE} = 'READY')::int AS ready,
      count(*) FILTER (WHERE ${RUN_STATE} = 'UNTESTED')::int AS untested,
      count(*) FILTER (WHERE ${RUN_STATE} = 'FAILED')::int AS failed,
      count(*) FILTER (WHERE ${RUN_STATE} = 'PASSED_WITH_DEFECTS')::int AS with_defects,
      count(*) FILTER (WHERE ${RUN_STATE} = 'AWAITING_SIGN_OFF')::int AS awaiting_sign_off
    FROM used u LEFT JOIN latest_run r ON r.fachverfahren_id = u.fachverfahren_id
    GROUP BY u.location_id
  ),
  printers AS (
    SELECT pr.location_id AS id, count(*)::int AS without_queue
    FROM printer pr JOIN loc ON loc.id = pr.location_id
    WHERE coalesce(btrim(pr.target_queue), '') = ''
    GROUP BY pr.location_id
  ),
  workstations AS (
    SELECT w.location_id AS id, count(*)::int AS total
    FROM workstation w JOIN loc ON loc.id = w.location_id GROUP BY w.location_id
  ),
  technicians AS (
    SELECT t.location_id AS id, count(*)::int AS total
    FROM wave_technician t JOIN loc ON loc.id = t.location_id GROUP BY t.location_id
  ),
  blockers AS (
    SELECT b.location_id AS id, count(*)::int AS open
    FROM blocker b JOIN loc ON loc.id = b.location_id WHERE b.open GROUP BY b.location_id
  )
SELECT loc.id AS location_id, loc.name AS location_name, loc.version AS location_version,
  loc.tenant_id, t.name AS tenant_name,
  loc.cutover_date::text AS cutover_date,
  to_char(loc.cutover_window_start, 'HH24:MI') AS cutover_window_start,
  to_char(loc.cutover_window_end, 'HH24:MI') AS cutover_window_end,
  coalesce(te.total, 0) AS technician_count, coalesce(w.total, 0) AS workstation_count,
  coalesce(p.total, 0) AS persons_total, coalesce(p.confirmed, 0) AS persons_confirmed,
  coalesce(p.changed, 0) AS persons_changed, coalesce(p.rejected, 0) AS persons_rejected,
  coalesce(p.open, 0) AS persons_open,
  coalesce(r.used, 0) AS runs_used, coalesce(r.ready, 0) AS runs_ready, coalesce(r.untested, 0) AS runs_untested,
  coalesce(r.failed, 0) AS runs_failed, coalesce(r.with_defects, 0) AS runs_with_defects,
  coalesce(r.awaiting_sign_off, 0) AS runs_awaiting_sign_off,
  coalesce(pr.without_queue, 0) AS printers_without_queue,
  coalesce(b.open, 0) AS open_blockers
FROM loc
JOIN tenant t ON t.id = loc.tenant_id
LEFT JOIN persons p ON p.id = loc.id
LEFT JOIN runs r ON r.id = loc.id
LEFT JOIN printers pr ON pr.id = loc.id
LEFT JOIN workstations w ON w.id = loc.id
LEFT JOIN technicians te ON te.id = loc.id
LEFT JOIN blockers b ON b.id = loc.id
ORDER BY loc.cutover_date ASC NULLS LAST, lower(t.name), lower(loc.name), loc.id`;

/** The failing items of one criterion at one location ($1), as id, type, label, reason. */
export const FAILURE_SQL: Record<ReadinessCriterion, string> = {
  PERSONS_CONFIRMED: `
    SELECT p.id, 'PERSON' AS type, p.display_name AS label, ${PERSON_STATE} AS reason
    FROM person p LEFT JOIN confirmation c ON c.tenant_id = p.tenant_id AND c.person_id = p.id
    WHERE p.location_id = $1 AND ${PERSON_STATE} <> 'CONFIRMED'
    ORDER BY lower(p.display_name), p.id`,
  FACHVERFAHREN_TESTED: `
    WITH loc AS (SELECT tenant_id FROM location WHERE id = $1), ${LATEST_RUN}
    SELECT v.id, 'FACHVERFAHREN' AS type, v.name AS label, ${RUN_STATE} AS reason
    FROM fachverfahren v LEFT JOIN latest_run r ON r.fachverfahren_id = v.id
    WHERE v.id IN (SELECT pf.fachverfahren_id FROM person_fachverfahren pf JOIN person p ON p.id = pf.person_id
                   WHERE p.location_id = $1)
      AND ${RUN_STATE} <> 'READY'
    ORDER BY lower(v.name), v.id`,
  PRINTERS_HAVE_QUEUE: `
    SELECT pr.id, 'PRINTER' AS type, pr.name AS label, 'NO_TARGET_QUEUE' AS reason
    FROM printer pr WHERE pr.location_id = $1 AND coalesce(btrim(pr.target_queue), '') = ''
    ORDER BY lower(pr.name), pr.id`,
  // Unscheduled: every workstation there fails; a location without any fails itself.
  WORKSTATIONS_SCHEDULED: `
    WITH gap AS (
      SELECT l.id, l.name, CASE WHEN l.cutover_date IS NULL THEN 'NO_CUTOVER_DATE' ELSE 'NO_TECHNICIAN' END AS reason
      FROM location l
      WHERE l.id = $1 AND (l.cutover_date IS NULL OR NOT EXISTS (SELECT 1 FROM wave_technician t WHERE t.location_id = l.id))
    )
    SELECT w.id, 'WORKSTATION' AS type, w.name AS label, gap.reason FROM gap JOIN workstation w ON w.location_id = gap.id
    UNION ALL
    SELECT gap.id, 'LOCATION', gap.name, gap.reason FROM gap
    WHERE NOT EXISTS (SELECT 1 FROM workstation w WHERE w.location_id = gap.id)
    ORDER BY 3, 1`,
  NO_OPEN_BLOCKERS: `
    SELECT b.id, 'BLOCKER' AS type, b.title AS label, 'OPEN_BLOCKER' AS reason
    FROM blocker b WHERE b.location_id = $1 AND b.open
    ORDER BY b.created_at, b.id`,
};

/**
 * Confirmations and rejections per day (Europe/Berlin) from the audit trail, oldest first; RLS
 * keeps it to the Verwaltungen in scope. $1: optional tenant.
 */
export const CONFIRMATION_TIMELINE_SQL = `
SELECT (a.at AT TIME ZONE 'Europe/Berlin')::date::text AS day,
  count(*) FILTER (WHERE a.action = 'CONFIRM')::int AS confirmed,
  count(*) FILTER (WHERE a.action = 'REJECT')::int AS rejected
FROM audit_entry a
WHERE a.object_type = 'CONFIRMATION' AND a.action IN ('CONFIRM', 'REJECT')
  AND ($1::uuid IS NULL OR a.tenant_id = $1::uuid)
GROUP BY 1
ORDER BY 1`;
