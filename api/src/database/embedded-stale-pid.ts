import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { PgBinaries, ServerUser } from './embedded-binaries';

/** Written next to postmaster.pid: which Node process started the server. */
export const OWNER_FILE = 'schaltplan-owner.pid';

/** A killed process can linger as a zombie until its parent reaps it; that counts as dead. */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

function commandName(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    try {
      return execFileSync('ps', ['-p', String(pid), '-o', 'comm='], {
        encoding: 'utf8',
      }).trim();
    } catch {
      return '';
    }
  }
}

/** On Linux the postmaster's cwd is its data folder; elsewhere we cannot tell and assume it is ours. */
function servesCluster(pid: number, clusterDir: string): boolean {
  try {
    return fs.realpathSync(`/proc/${pid}/cwd`) === fs.realpathSync(clusterDir);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' || !fs.existsSync('/proc/self');
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * A crash or SIGKILL of the app leaves postmaster.pid behind, and often the server itself still
 * running (it is its own process). PostgreSQL then refuses to start. Clear that state, or explain.
 */
export async function clearStalePostmaster(
  clusterDir: string,
  bins: PgBinaries,
  user: ServerUser,
  log: (msg: string) => void,
): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = readPid(pidFile);
  if (pid === undefined || !isAlive(pid) || commandName(pid) !== 'postgres' || !servesCluster(pid, clusterDir)) {
    log(`Removing stale ${pidFile} (PID ${pid ?? '?'} is not a PostgreSQL server for this folder)`);
    fs.rmSync(pidFile, { force: true });
    return;
  }
  const owner = readPid(path.join(clusterDir, OWNER_FILE));
  if (owner !== undefined && owner !== process.pid && isAlive(owner) && commandName(owner) === 'node') {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} is in use by another Schaltplan process (PID ${owner}). ` +
        'Stop that process first, or point SCHALTPLAN_DATA_DIR at another folder.',
    );
  }
  log(`PostgreSQL (PID ${pid}) left over from an earlier run still uses ${clusterDir}; stopping it`);
  const stop = spawnSync(bins.pgCtl, ['stop', '-D', clusterDir, '-m', 'fast', '-w', '-t', '30'], {
    uid: user.uid,
    gid: user.gid,
    encoding: 'utf8',
  });
  if (stop.status === 0 && (await waitForExit(pid, 5_000))) return;
  log(`pg_ctl stop failed (${(stop.stderr || stop.error?.message || '').trim()}); sending SIGQUIT to ${pid}`);
  process.kill(pid, 'SIGQUIT');
  if (!(await waitForExit(pid, 10_000))) {
    throw new Error(
      `A leftover PostgreSQL server (PID ${pid}) on ${clusterDir} does not stop. Stop it by hand (kill ${pid}) and start again.`,
    );
  }
}
