import { startTestPostgres } from '../src/database/embedded-postgres';

/**
 * Starts PostgreSQL once per Jest run (or uses TEST_DATABASE_URL / DATABASE_URL) and hands its
 * maintenance-database URL to the test workers through TEST_DATABASE_URL.
 */
export default async function globalSetup(): Promise<void> {
  const database = await startTestPostgres((msg) => process.stderr.write(`[test-postgres] ${msg}\n`));
  process.env.TEST_DATABASE_URL = database.url;
  (globalThis as { stopTestPostgres?: () => Promise<void> }).stopTestPostgres = database.stop;
}
