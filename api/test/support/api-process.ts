import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestApp } from './test-app';

const root = process.cwd();
const MAIN = join(root, 'api', 'dist', 'api', 'src', 'main.js');

function newest(dir: string): number {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return max;
}

const mtime = (file: string): number => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/** The built API (`npm test` builds it before this tier); rebuilt here when sources are newer. */
export function ensureBuiltApi(): void {
  const sources = Math.max(
    newest(join(root, 'api', 'src')),
    newest(join(root, 'migrations')),
    newest(join(root, 'packages', 'domain', 'src')),
  );
  // tsc rewrites only changed outputs: the newest output is the build's time.
  if (
    mtime(MAIN) &&
    newest(join(root, 'api', 'dist')) >= sources &&
    newest(join(root, 'packages', 'domain', 'dist')) >= sources
  )
    return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['run', 'build', '-w', '@schaltplan/domain'], { cwd: root, stdio: 'ignore' });
  execFileSync(npm, ['run', 'build', '-w', '@schaltplan/api'], { cwd: root, stdio: 'ignore' });
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** `node api/dist/api/src/main.js` on the given database: a real, separate API process. */
export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SCHALTPLAN_DEMO_DATA: 'off',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API process did not start in 30 s:\n${out}`)), 30_000);
    const check = (): void => {
      if (out.includes('Schaltplan is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`API process exited (${code}):\n${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    child,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs SQL on the test's own connection: how support/accounts.ts and the factories insert rows. */
export type RunQuery = (sql: string, params?: unknown[]) => Promise<unknown>;

/**
 * What support/accounts.ts and the factories need of an app, for an API process at `url`: a GraphQL
 * POST, the test's own database connection, and `gql` as the admin once `admin` is set.
 */
export function processApp(url: string, query: RunQuery): TestApp {
  const post = (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const app = { url, post, dataSource: { query } } as unknown as TestApp;
  app.gql = async <T>(gqlQuery: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await post({ query: gqlQuery, variables }, { cookie: app.admin.cookie });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  return app;
}
