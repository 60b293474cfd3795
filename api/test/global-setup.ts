import { startTestPostgres } from '../src/database/embedded-postgres';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { createTestDatabase } from './test-database';

/**
 * Starts PostgreSQL once per Jest run (or uses TEST_DATABASE_URL / DATABASE_URL) and hands its
 * maintenance-database URL to the test workers through TEST_DATABASE_URL. Migrates one template
 * database, so each test file copies a migrated schema instead of running every migration again.
 */
export default async function globalSetup(): Promise<void> {
  const database = await startTestPostgres((msg) => process.stderr.write(`[test-postgres] ${msg}\n`));
  process.env.TEST_DATABASE_URL = database.url;
  const template = await createTestDatabase('template');
  // Migrations only: loading the entity classes here would register their GraphQL metadata twice
  // when Jest runs a single file in this process.
  const dataSource = new DataSource({
    type: 'postgres',
    url: template.url,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    // A template must have no open connections while it is copied.
    await dataSource.destroy();
  }
  process.env.TEST_TEMPLATE_DATABASE = new URL(template.url).pathname.slice(1);
  const state = globalThis as { stopTestPostgres?: () => Promise<void> };
  state.stopTestPostgres = async () => {
    await template.drop();
    await database.stop();
  };
}
