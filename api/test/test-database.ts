import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run integration tests through Jest project "integration".');
  return url;
}

/**
 * A fresh database on the run's PostgreSQL, so test files never see each other's rows: empty, or
 * with `migrated` a copy of the run's migrated template (global-setup.ts).
 */
export async function createTestDatabase(prefix = 'test', options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    const template = options.migrated ? process.env.TEST_TEMPLATE_DATABASE : undefined;
    if (options.migrated && !template)
      throw new Error('TEST_TEMPLATE_DATABASE is not set: see api/test/global-setup.ts.');
    await admin.query(
      `CREATE DATABASE ${admin.escapeIdentifier(name)}${template ? ` TEMPLATE ${admin.escapeIdentifier(template)}` : ''}`,
    );
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
