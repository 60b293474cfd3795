import { PERSON_WITH_CONFIRMATION, STATE_SQL } from '../confirmations/confirmation.sql';

/**
 * Byte order, not the database's locale: the golden file and every build tool see the same order
 * whatever collation the server was set up with. lower() first, so case does not split names.
 */
const byName = (column: string): string => `lower(${column}) COLLATE "C", ${column} COLLATE "C"`;

/**
 * The persons the filter covers, with their confirmation state exactly as the confirmation list
 * shows it ($1 tenant, $2 location or NULL).
 */
const FILTERED = `SELECT p.id, p.tenant_id, p.account_name, p.display_name, p.email, p.department,
    l.name AS location, ${STATE_SQL} AS state
  FROM ${PERSON_WITH_CONFIRMATION}
  LEFT JOIN location l ON l.tenant_id = p.tenant_id AND l.id = p.location_id
  WHERE p.tenant_id = $1::uuid AND ($2::uuid IS NULL OR p.location_id = $2::uuid)`;

/** How many persons of the filter are in each confirmation state. */
export const PROVISIONING_COUNTS_SQL = `SELECT f.state, count(*)::int AS n FROM (${FILTERED}) f GROUP BY f.state`;

/**
 * One statement for the whole build list: the chosen persons ($3: also the unconfirmed ones), and
 * per relation one json_agg grouped by person (set-based, no query per person). Items come
 * ordered by their natural key; NOT_PROVIDED software is left out (nothing to build).
 */
export const PROVISIONING_SQL = `WITH chosen AS (
    SELECT * FROM (${FILTERED}) f WHERE $3::boolean OR f.state = 'CONFIRMED'
  ),
  printers AS (
    SELECT m.person_id, json_agg(json_build_object('name', r.name, 'isDefault', m.is_default,
        'targetQueue', r.target_queue, 'kind', r.kind, 'model', r.model, 'address', r.address,
        'location', rl.name, 'room', r.room) ORDER BY ${byName('r.name')}) AS items
    FROM chosen c
    JOIN person_printer m ON m.tenant_id = c.tenant_id AND m.person_id = c.id
    JOIN printer r ON r.tenant_id = m.tenant_id AND r.id = m.printer_id
    LEFT JOIN location rl ON rl.tenant_id = r.tenant_id AND rl.id = r.location_id
    GROUP BY m.person_id
  ),
  drives AS (
    SELECT m.person_id, json_agg(json_build_object('driveLetter', coalesce(m.drive_letter, s.drive_letter),
        'uncPath', s.unc_path, 'targetPath', s.target_path, 'access', m.access)
        ORDER BY coalesce(m.drive_letter, s.drive_letter) COLLATE "C" NULLS LAST, ${byName('s.unc_path')}) AS items
    FROM chosen c
    JOIN person_file_share m ON m.tenant_id = c.tenant_id AND m.person_id = c.id
    JOIN file_share s ON s.tenant_id = m.tenant_id AND s.id = m.file_share_id
    GROUP BY m.person_id
  ),
  software AS (
    SELECT m.person_id, json_agg(json_build_object('product', s.product, 'version', s.version_label,
        'vendor', s.vendor, 'delivery', s.delivery, 'replacedBy', s.replaced_by)
        ORDER BY ${byName('s.product')}, ${byName("coalesce(s.version_label, '')")}) AS items
    FROM chosen c
    JOIN person_software m ON m.tenant_id = c.tenant_id AND m.person_id = c.id
    JOIN software s ON s.tenant_id = m.tenant_id AND s.id = m.software_id
    WHERE s.delivery <> 'NOT_PROVIDED'
    GROUP BY m.person_id
  ),
  fachverfahren AS (
    SELECT m.person_id, json_agg(json_build_object('name', v.name, 'area', v.area, 'vendor', v.vendor,
        'targetOperation', v.target_operation) ORDER BY ${byName('v.name')}) AS items
    FROM chosen c
    JOIN person_fachverfahren m ON m.tenant_id = c.tenant_id AND m.person_id = c.id
    JOIN fachverfahren v ON v.tenant_id = m.tenant_id AND v.id = m.fachverfahren_id
    GROUP BY m.person_id
  )
  SELECT c.account_name, c.display_name, c.email, c.department, c.location, c.state,
    coalesce(pr.items, '[]'::json) AS printers, coalesce(dr.items, '[]'::json) AS drives,
    coalesce(sw.items, '[]'::json) AS software, coalesce(fv.items, '[]'::json) AS fachverfahren
  FROM chosen c
  LEFT JOIN printers pr ON pr.person_id = c.id
  LEFT JOIN drives dr ON dr.person_id = c.id
  LEFT JOIN software sw ON sw.person_id = c.id
  LEFT JOIN fachverfahren fv ON fv.person_id = c.id
  ORDER BY ${byName('c.account_name')}`;
