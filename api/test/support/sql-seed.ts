import pg from 'pg';

/**
 * Bulk inventory straight into the database (as owner, all-tenants scope): for tests that need
 * volume, where a thousand API calls would only slow the suite down.
 */
export async function seedLocations(
  databaseUrl: string,
  tenantId: string,
  opts: { locations: number; workstationsPerLocation: number; prefix: string },
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    await client.query(
      `INSERT INTO location (tenant_id, name, kind) SELECT $1, $2 || ' ' || g, 'SONSTIGES' FROM generate_series(1, $3) g`,
      [tenantId, opts.prefix, opts.locations],
    );
    await client.query(
      `INSERT INTO workstation (tenant_id, location_id, name, room)
       SELECT l.tenant_id, l.id, l.name || ' AP ' || g, 'Raum ' || g
       FROM location l CROSS JOIN generate_series(1, $3) g WHERE l.tenant_id = $1 AND l.name LIKE $2 || ' %'`,
      [tenantId, opts.prefix, opts.workstationsPerLocation],
    );
    await client.query(
      `INSERT INTO person (tenant_id, location_id, account_name, display_name)
       SELECT w.tenant_id, w.location_id, 'u-' || w.id, 'Person ' || w.name FROM workstation w
       JOIN location l ON l.id = w.location_id WHERE w.tenant_id = $1 AND l.name LIKE $2 || ' %'`,
      [tenantId, opts.prefix],
    );
    await client.query(
      `INSERT INTO workstation_person (tenant_id, workstation_id, person_id)
       SELECT w.tenant_id, w.id, p.id FROM workstation w JOIN person p ON p.account_name = 'u-' || w.id
       WHERE w.tenant_id = $1 ON CONFLICT DO NOTHING`,
      [tenantId],
    );
    await client.query(
      `INSERT INTO printer (tenant_id, location_id, name)
       SELECT l.tenant_id, l.id, l.name || ' Drucker' FROM location l WHERE l.tenant_id = $1 AND l.name LIKE $2 || ' %'`,
      [tenantId, opts.prefix],
    );
    await client.query(
      `INSERT INTO person_printer (tenant_id, person_id, printer_id, is_default)
       SELECT p.tenant_id, p.id, pr.id, true FROM person p JOIN printer pr ON pr.location_id = p.location_id
       WHERE p.tenant_id = $1 ON CONFLICT DO NOTHING`,
      [tenantId],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
