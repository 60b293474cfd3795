import { REMAINING_STATUSES } from '@schaltplan/domain';

const remaining = REMAINING_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * A location's cutover window as timestamptz: the wall-clock times are Europe/Berlin on the
 * cutover date; an end before the start runs past midnight, so it is on the next day.
 */
const WINDOW = (l: string) => `
    CASE WHEN ${l}.cutover_window_start IS NOT NULL
      THEN (${l}.cutover_date + ${l}.cutover_window_start) AT TIME ZONE 'Europe/Berlin' END AS window_start,
    CASE WHEN ${l}.cutover_window_end IS NOT NULL
      THEN (${l}.cutover_date + CASE WHEN ${l}.cutover_window_end < ${l}.cutover_window_start THEN 1 ELSE 0 END
            + ${l}.cutover_window_end) AT TIME ZONE 'Europe/Berlin' END AS window_end`;

const COUNT_COLUMNS = [
  'total',
  'planned',
  'prepared',
  'migrated',
  'accepted',
  'rolled_back',
  'required_steps',
  'required_steps_done',
  'open_blockers',
] as const;

/**
 * The whole board in ONE statement, however many locations: the locations with a wave that RLS
 * shows (a technician's own only), each with its counts; totals over them plus the tenant's open
 * blockers without a location. Always one row; `found` is false for an unknown or foreign tenant.
 * $1: tenant.
 */
export const CUTOVER_BOARD_SQL = `
WITH loc AS (
    SELECT l.id, l.tenant_id, l.name, l.cutover_date, ${WINDOW('l')}
    FROM location l WHERE l.tenant_id = $1::uuid AND l.cutover_date IS NOT NULL
  ),
  ws AS (
    SELECT w.location_id AS id, count(*)::int AS total,
      count(*) FILTER (WHERE w.cutover_status = 'PLANNED')::int AS planned,
      count(*) FILTER (WHERE w.cutover_status = 'PREPARED')::int AS prepared,
      count(*) FILTER (WHERE w.cutover_status = 'MIGRATED')::int AS migrated,
      count(*) FILTER (WHERE w.cutover_status = 'ACCEPTED')::int AS accepted,
      count(*) FILTER (WHERE w.cutover_status = 'ROLLED_BACK')::int AS rolled_back
    FROM workstation w JOIN loc ON loc.tenant_id = w.tenant_id AND loc.id = w.location_id
    GROUP BY w.location_id
  ),
  steps AS (
    SELECT w.location_id AS id, count(*)::int AS required_steps,
      count(*) FILTER (WHERE s.done_at IS NOT NULL)::int AS required_steps_done
    FROM checklist_step s
    JOIN workstation w ON w.tenant_id = s.tenant_id AND w.id = s.workstation_id
    JOIN loc ON loc.tenant_id = w.tenant_id AND loc.id = w.location_id
    WHERE s.required
    GROUP BY w.location_id
  ),
  blockers AS (
    SELECT b.location_id AS id, count(*)::int AS open_blockers
    FROM blocker b
    WHERE b.tenant_id = $1::uuid AND b.open AND (b.location_id IS NULL OR b.location_id IN (SELECT id FROM loc))
    GROUP BY b.location_id
  ),
  board AS (
    SELECT loc.id AS location_id, loc.name AS location_name, loc.cutover_date::text AS cutover_date,
      loc.window_start, loc.window_end,
      coalesce(ws.total, 0) AS total, coalesce(ws.planned, 0) AS planned, coalesce(ws.prepared, 0) AS prepared,
      coalesce(ws.migrated, 0) AS migrated, coalesce(ws.accepted, 0) AS accepted,
      coalesce(ws.rolled_back, 0) AS rolled_back,
      coalesce(steps.required_steps, 0) AS required_steps, coalesce(steps.required_steps_done, 0) AS required_steps_done,
      coalesce(b.open_blockers, 0) AS open_blockers
    FROM loc
    LEFT JOIN ws ON ws.id = loc.id
    LEFT JOIN steps ON steps.id = loc.id
    LEFT JOIN blockers b ON b.id = loc.id
  )
SELECT EXISTS (SELECT 1 FROM tenant t WHERE t.id = $1::uuid) AS found, now() AS generated_at,
  ${COUNT_COLUMNS.filter((c) => c !== 'open_blockers')
    .map((c) => `coalesce(sum(board.${c}), 0)::int AS ${c}`)
    .join(', ')},
  (SELECT coalesce(sum(open_blockers), 0)::int FROM blockers) AS open_blockers,
  coalesce(json_agg(json_build_object(
      'location_id', board.location_id, 'location_name', board.location_name, 'cutover_date', board.cutover_date,
      'window_start', board.window_start, 'window_end', board.window_end,
      ${COUNT_COLUMNS.map((c) => `'${c}', board.${c}`).join(', ')})
    ORDER BY board.cutover_date, lower(board.location_name), board.location_id), '[]') AS locations
FROM board`;

/**
 * A location's burndown in ONE statement. The actual series comes from the audit trail's status
 * changes of the workstations now at the location: each change moves "remaining" by
 * remaining(new) − remaining(old). Counting backwards from the current statuses keeps the last
 * point equal to what the board shows, even for workstations without any history. Points: the
 * start (window start, first change or now, whichever is earliest), one per instant whose
 * changes moved the count, and now. $1: location.
 */
export const CUTOVER_BURNDOWN_SQL = `
WITH loc AS (
    SELECT l.id, l.tenant_id, ${WINDOW('l')}
    FROM location l WHERE l.id = $1::uuid
  ),
  ws AS (
    SELECT w.id, w.tenant_id, (w.cutover_status IN (${remaining}))::int AS remaining
    FROM workstation w JOIN loc ON loc.tenant_id = w.tenant_id AND loc.id = w.location_id
  ),
  moves AS (
    SELECT a.at, sum(
        (coalesce(a.changes -> 'cutoverStatus' ->> 'new', 'PLANNED') IN (${remaining}))::int
        - (coalesce(a.changes -> 'cutoverStatus' ->> 'old', 'PLANNED') IN (${remaining}))::int)::int AS delta
    FROM audit_entry a JOIN ws ON ws.id = a.object_id AND ws.tenant_id = a.tenant_id
    WHERE a.object_type = 'WORKSTATION' AND a.action = 'STATUS_CHANGE' AND a.changes ? 'cutoverStatus'
    GROUP BY a.at
    HAVING sum(
        (coalesce(a.changes -> 'cutoverStatus' ->> 'new', 'PLANNED') IN (${remaining}))::int
        - (coalesce(a.changes -> 'cutoverStatus' ->> 'old', 'PLANNED') IN (${remaining}))::int) <> 0
  ),
  now_state AS (
    SELECT count(*)::int AS total, coalesce(sum(remaining), 0)::int AS remaining, now() AS at FROM ws
  ),
  start AS (
    SELECT least((SELECT window_start FROM loc), (SELECT min(at) FROM moves), now()) AS at
  ),
  -- Remaining right after each instant: the current count minus the moves still to come.
  steps AS (
    SELECT m.at, n.remaining - coalesce(sum(m.delta) OVER (ORDER BY m.at DESC
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS remaining
    FROM moves m CROSS JOIN now_state n
  ),
  points AS (
    SELECT 0 AS ord, s.at, n.remaining - (SELECT coalesce(sum(delta), 0) FROM moves WHERE at >= s.at) AS remaining
    FROM start s CROSS JOIN now_state n
    UNION ALL SELECT 1, at, remaining FROM steps
    UNION ALL SELECT 2, at, remaining FROM now_state
  )
SELECT loc.id AS location_id, loc.window_start, loc.window_end, n.total, n.remaining,
  (SELECT json_agg(json_build_object('at', p.at, 'remaining', p.remaining) ORDER BY p.at, p.ord) FROM points p)
    AS actual
FROM loc CROSS JOIN now_state n`;
