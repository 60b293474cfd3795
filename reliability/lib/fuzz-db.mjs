// Database side of the import fuzzer, as the owner (all tenants): what the generated files may
// name, a tenant that takes the commits, and fingerprints of everything an import could write.
import { withClient } from '../../bench/lib/database.mjs';

/** Every table an import (or anything else the fuzzer calls) could write domain data into. */
export const DOMAIN_TABLES = [
  'tenant',
  'location',
  'person',
  'workstation',
  'workstation_person',
  'printer',
  'person_printer',
  'software',
  'person_software',
  'file_share',
  'person_file_share',
  'fachverfahren',
  'person_fachverfahren',
  'account',
  'account_tenant',
  'account_location',
  'blocker',
  'confirmation',
  'checklist_step',
  'checklist_template',
  'checklist_template_step',
  'cutover_operation',
  'project_phase',
  'test_run',
  'wave_technician',
];

async function asOwner(url, fn) {
  return withClient(url, async (c) => {
    await c.query('BEGIN');
    await c.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    try {
      return await fn(c);
    } finally {
      await c.query('COMMIT');
    }
  });
}

/** The demo tenant with the most persons, and names its files may refer to. */
export async function fuzzTenant(url) {
  return asOwner(url, async (c) => {
    const { rows } = await c.query(
      `SELECT t.id, t.name FROM tenant t ORDER BY (SELECT count(*) FROM person p WHERE p.tenant_id = t.id) DESC LIMIT 1`,
    );
    const [tenant] = rows;
    const names = async (sql) => (await c.query(sql, [tenant.id])).rows.map((r) => r.n);
    return {
      ...tenant,
      locations: await names(`SELECT name AS n FROM location WHERE tenant_id = $1 ORDER BY name LIMIT 20`),
      persons: await names(`SELECT account_name AS n FROM person WHERE tenant_id = $1 ORDER BY 1 LIMIT 50`),
      printers: await names(`SELECT name AS n FROM printer WHERE tenant_id = $1 ORDER BY 1 LIMIT 20`),
    };
  });
}

/** An empty tenant for commit attempts, with the same location names as the fuzz tenant. */
export async function sinkTenant(url, locations) {
  return asOwner(url, async (c) => {
    const { rows } = await c.query(
      `INSERT INTO tenant (name, kind, ags, inhabitants) VALUES ('Fuzz-Senke', 'KREIS', '09999999', 1000) RETURNING id`,
    );
    await c.query(`INSERT INTO location (tenant_id, name, kind) SELECT $1, unnest($2::text[]), 'SONSTIGES'`, [
      rows[0].id,
      locations,
    ]);
    return rows[0].id;
  });
}

/**
 * Row count and an md5 over all rows per table; `where` selects the tenant's rows (or all others).
 * Import audit entries (context.importRunId) count too: a commit writes one.
 */
export async function fingerprint(url, { only, except }) {
  return asOwner(url, async (c) => {
    const result = {};
    const filter = (table) => {
      const column = table === 'tenant' ? 'id' : 'tenant_id';
      if (only) return [`WHERE t.${column} = $1`, [only]];
      if (except) return [`WHERE t.${column} IS DISTINCT FROM $1`, [except]];
      return ['', []];
    };
    for (const table of DOMAIN_TABLES) {
      const [where, params] = filter(table);
      const { rows } = await c.query(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS h FROM ${table} t ${where}`,
        params,
      );
      result[table] = `${rows[0].n}:${rows[0].h}`;
    }
    const [where, params] = filter('audit_entry');
    const { rows } = await c.query(
      `SELECT count(*)::int AS n FROM audit_entry t ${where ? `${where} AND` : 'WHERE'} t.context ? 'importRunId'`,
      params,
    );
    result.importAuditEntries = `${rows[0].n}`;
    return result;
  });
}

/** The rows behind a fingerprint difference: how many rows the tables gained or lost. */
export function rowDelta(before, after) {
  let delta = 0;
  const changed = [];
  for (const key of Object.keys(before)) {
    if (before[key] === after[key]) continue;
    changed.push(key);
    delta += Math.abs(Number(after[key].split(':')[0]) - Number(before[key].split(':')[0]));
  }
  return { changed, delta };
}

/** Rows per domain table with the same checksums: { table: 'count:md5' } equal. */
export const sameFingerprint = (a, b) => rowDelta(a, b).changed.length === 0;
