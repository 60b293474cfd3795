import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { createDataSource, migrate } from '../../src/database/data-source';
import type { HardeningConfig } from '../../src/hardening/hardening.config';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { createAccount, login } from './accounts';

export interface GqlError {
  message: string;
  extensions?: Record<string, unknown> & { code?: string };
}

export interface GqlResponse<T> {
  data?: T | null;
  errors?: GqlError[];
  extensions?: { sqlStatements?: number };
}

/** A signed-in account: its cookie header value and who it is. */
export interface Session {
  cookie: string;
  accountId: string;
  email: string;
  password: string;
}

export interface GqlOptions {
  /** Whose session sends the request: default the test app's admin; null = no session. */
  session?: Session | null;
  countStatements?: boolean;
  headers?: Record<string, string>;
}

export interface TestApp {
  url: string;
  dataSource: DataSource;
  databaseUrl: string;
  /** The admin account every request uses unless told otherwise. */
  admin: Session;
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
  /** The raw HTTP response of a GraphQL POST (for headers such as Set-Cookie). */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The real app (GraphQL over HTTP) on a fresh, migrated database of the run's PostgreSQL, with
 * an admin account signed in through the API. Proxies on loopback are trusted, so tests can
 * send X-Forwarded-For / X-Forwarded-Proto.
 */
export async function startTestApp(
  prefix: string,
  options: { production?: boolean; hardening?: HardeningConfig; webDist?: string } = {},
): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase(prefix, { migrated: true });
  const dataSource = createDataSource({ url: database.url, poolSize: 5 });
  await dataSource.initialize();
  await migrate(dataSource);
  const app: NestExpressApplication = await createApp({
    dataSource,
    production: options.production ?? false,
    hardening: options.hardening,
    webDist: options.webDist,
    trustProxy: 'loopback',
  });
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;

  const post = (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  const api = {
    url,
    dataSource,
    databaseUrl: database.url,
    post,
    close: async () => {
      await app.close();
      await dataSource.destroy();
      await database.drop();
    },
  } as TestApp;

  api.request = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: GqlOptions = {},
  ): Promise<GqlResponse<T>> => {
    const headers: Record<string, string> = { ...options.headers };
    const session = options.session === undefined ? api.admin : options.session;
    if (session) headers.cookie = session.cookie;
    if (options.countStatements) headers['x-debug-sql-count'] = '1';
    const res = await post({ query, variables }, headers);
    return (await res.json()) as GqlResponse<T>;
  };
  api.gql = async <T>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<T> => {
    const res = await api.request<T>(query, variables, options);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  };
  const admin = await createAccount(api, { role: 'ADMIN' });
  api.admin = await login(api, admin);
  return api;
}
