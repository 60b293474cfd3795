import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from '../src/database/data-source';
import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
let dataSource: DataSource;
beforeAll(async () => {
  database = await createTestDatabase('migrations');
  dataSource = createDataSource({ url: database.url, poolSize: 1 });
  await dataSource.initialize();
  await migrate(dataSource);
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

const tables = async (): Promise<string[]> =>
  (
    await dataSource.query<{ relname: string }[]>(
      `SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY 1`,
    )
  ).map((r) => r.relname);

const locationPolicy = async (): Promise<string> =>
  (await dataSource.query<{ qual: string }[]>(`SELECT qual FROM pg_policies WHERE tablename = 'location'`))[0].qual;

describe('accounts migration', () => {
  it('reverts cleanly (tables and the technician location policy) and applies again', async () => {
    expect(await tables()).toEqual(expect.arrayContaining(['account', 'session', 'login_attempt']));
    expect(await locationPolicy()).toContain('app_location_ids');
    // Later migrations build on this one: revert down to and including it.
    const applied = async (): Promise<string[]> =>
      (await dataSource.query<{ name: string }[]>(`SELECT name FROM schema_migrations`)).map((r) => r.name);
    while ((await applied()).includes('Accounts1764100000000')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const after = await tables();
    for (const t of ['account', 'account_tenant', 'account_location', 'session', 'password_token', 'login_attempt']) {
      expect(after).not.toContain(t);
    }
    expect(await locationPolicy()).not.toContain('app_location_ids');
    expect(await migrate(dataSource)).toContain('Accounts1764100000000');
    expect(await tables()).toContain('account');
  });
});

describe('privacy migration', () => {
  const present = async () =>
    (
      await dataSource.query<{ columns: number; functions: number; triggers: number }[]>(
        `SELECT
           (SELECT count(*)::int FROM information_schema.columns
             WHERE table_name = 'tenant' AND column_name LIKE 'pseudonymised%') AS columns,
           (SELECT count(*)::int FROM pg_proc WHERE proname LIKE 'pseudonym%') AS functions,
           (SELECT count(*)::int FROM pg_trigger WHERE tgname = 'pseudonymised_fixed') AS triggers`,
      )
    )[0];

  it('reverts cleanly (tenant columns, pseudonym functions, the guard trigger) and applies again', async () => {
    expect(await present()).toEqual({ columns: 2, functions: 9, triggers: 1 });
    const applied = async (): Promise<string[]> =>
      (await dataSource.query<{ name: string }[]>(`SELECT name FROM schema_migrations`)).map((r) => r.name);
    while ((await applied()).includes('Privacy1764700000000')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await present()).toEqual({ columns: 0, functions: 0, triggers: 0 });
    expect(await migrate(dataSource)).toEqual(['Privacy1764700000000', 'ImportChunkStorage1764800000000']);
    expect(await present()).toEqual({ columns: 2, functions: 9, triggers: 1 });
  });
});

describe('import chunk storage migration', () => {
  const storage = async (): Promise<string> =>
    (
      await dataSource.query<{ attstorage: string }[]>(
        `SELECT attstorage FROM pg_attribute WHERE attrelid = 'import_file_chunk'::regclass AND attname = 'data'`,
      )
    )[0].attstorage;

  it('stores upload chunks uncompressed (EXTERNAL), reverts to EXTENDED and applies again', async () => {
    expect(await storage()).toBe('e');
    await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await storage()).toBe('x');
    expect(await migrate(dataSource)).toEqual(['ImportChunkStorage1764800000000']);
    expect(await storage()).toBe('e');
  });
});
