import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { createDataSource, migrate } from '../../src/database/data-source';
import { createTestDatabase, type TestDatabase } from '../test-database';

export interface GqlError {
  message: string;
  extensions?: Record<string, unknown> & { code?: string };
}

export interface GqlResponse<T> {
  data?: T | null;
  errors?: GqlError[];
  extensions?: { sqlStatements?: number };
}

export interface GqlOptions {
  /** Sent as x-tenant-id: the request's tenant scope. */
  tenantId?: string;
  countStatements?: boolean;
}

export interface TestApp {
  url: string;
  dataSource: DataSource;
  databaseUrl: string;
  /** Runs an operation and returns the whole response (errors included). */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<GqlResponse<T>>;
  /** Runs an operation that must succeed and returns its data. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<T>;
  close(): Promise<void>;
}

/** The real app (GraphQL over HTTP) on a fresh, migrated database of the run's PostgreSQL. */
export async function startTestApp(prefix: string): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase(prefix);
  const dataSource = createDataSource({ url: database.url, poolSize: 5 });
  await dataSource.initialize();
  await migrate(dataSource);
  const app: NestExpressApplication = await createApp({ dataSource, production: false });
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;

  const request = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: GqlOptions = {},
  ): Promise<GqlResponse<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.tenantId) headers['x-tenant-id'] = options.tenantId;
    if (options.countStatements) headers['x-debug-sql-count'] = '1';
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as GqlResponse<T>;
  };

  return {
    url,
    dataSource,
    databaseUrl: database.url,
    request,
    gql: async <T>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<T> => {
      const res = await request<T>(query, variables, options);
      if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
      return res.data;
    },
    close: async () => {
      await app.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
