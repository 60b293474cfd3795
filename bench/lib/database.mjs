// The bench's PostgreSQL: a throw-away embedded cluster (or TEST_DATABASE_URL/DATABASE_URL),
// with one fresh database per purpose, migrated by the app's own migrations.
import { performance } from 'node:perf_hooks';
import { loadApi, pg } from './api-modules.mjs';

export async function startCluster(log) {
  const { embedded } = loadApi();
  return embedded.startTestPostgres(log);
}

export const databaseUrl = (maintenanceUrl, name) => {
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops and recreates `name`, runs the migrations; returns its URL. */
export async function createMigratedDatabase(maintenanceUrl, name) {
  await withClient(maintenanceUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
  });
  const url = databaseUrl(maintenanceUrl, name);
  const { dataSource: ds } = loadApi();
  const dataSource = ds.createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  try {
    await ds.migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return url;
}

/**
 * Loads the demo generator's benchmark scale in one transaction (as the app's demo bootstrap
 * does), then ANALYZE so the planner has statistics, as autovacuum would provide soon after a
 * bulk load. Returns the counts and the seconds for generate+insert+commit (ANALYZE apart).
 */
export async function loadBenchData(url, log) {
  const { demo } = loadApi();
  return withClient(url, async (c) => {
    const started = performance.now();
    await c.query('BEGIN');
    await c.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    let last = 0;
    const counts = await demo.loadDemoData(
      { query: (sql, params) => c.query(sql, params) },
      {
        scale: 'bench',
        onProgress: (msg) => {
          if (performance.now() - last > 5000) log(`  ${msg}`);
          last = performance.now();
        },
      },
    );
    await c.query('COMMIT');
    const seconds = (performance.now() - started) / 1000;
    const analyzeStarted = performance.now();
    await c.query('ANALYZE');
    return {
      counts,
      seconds,
      analyzeSeconds: (performance.now() - analyzeStarted) / 1000,
    };
  });
}

/** Tenants with their location and workstation counts (as owner, all-tenants scope). */
export async function tenantOverview(url) {
  return withClient(url, async (c) => {
    await c.query('BEGIN');
    await c.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    const { rows } = await c.query(`
      SELECT t.id, t.name,
        (SELECT count(*)::int FROM location l WHERE l.tenant_id = t.id) AS locations,
        (SELECT count(*)::int FROM workstation w WHERE w.tenant_id = t.id) AS workstations,
        (SELECT count(*)::int FROM person p WHERE p.tenant_id = t.id) AS persons
      FROM tenant t ORDER BY t.name`);
    await c.query('COMMIT');
    return rows;
  });
}
