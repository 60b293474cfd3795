import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PgBinaries, ServerUser } from './embedded-binaries';

/** Our own file in the cluster folder: the superuser password chosen at initdb. */
const CREDENTIALS_FILE = 'schaltplan-credentials.json';

export function isInitialised(clusterDir: string): boolean {
  return fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
}

export function initdb(clusterDir: string, bins: PgBinaries, user: ServerUser, log: (msg: string) => void): string {
  const entries = fs.existsSync(clusterDir) ? fs.readdirSync(clusterDir) : [];
  if (entries.length > 0) {
    throw new Error(
      `${clusterDir} is neither empty nor a PostgreSQL data folder (found ${entries.slice(0, 5).join(', ')}).`,
    );
  }
  fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (user.switched) fs.chownSync(clusterDir, user.uid ?? 0, user.gid ?? 0);
  const password = randomBytes(18).toString('base64url');
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-pw-'));
  const pwFile = path.join(pwDir, 'pw');
  try {
    fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    if (user.switched) {
      fs.chownSync(pwDir, user.uid ?? 0, user.gid ?? 0);
      fs.chownSync(pwFile, user.uid ?? 0, user.gid ?? 0);
    }
    log(`Initialising embedded PostgreSQL ${bins.version} in ${clusterDir}`);
    const args = [
      `--pgdata=${clusterDir}`,
      '--username=postgres',
      `--pwfile=${pwFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      // Builtin C.UTF-8: Unicode-aware lower()/upper() (case-insensitive keys with umlauts)
      // without depending on the host's installed locales.
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--locale=C',
      '--no-instructions',
    ];
    const result = spawnSync(bins.initdb, args, {
      uid: user.uid,
      gid: user.gid,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' },
    });
    if (result.status !== 0) {
      throw new Error(
        `initdb failed for ${clusterDir} (exit ${result.status ?? result.signal}): ${result.error?.message ?? ''}\n${result.stderr ?? ''}${result.stdout ?? ''}`.trim(),
      );
    }
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(clusterDir, CREDENTIALS_FILE), JSON.stringify({ user: 'postgres', password }), {
    mode: 0o600,
  });
  return password;
}

export function readPassword(clusterDir: string): string {
  const file = path.join(clusterDir, CREDENTIALS_FILE);
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { password: string }).password;
  } catch (error) {
    throw new Error(
      `${clusterDir} holds a PostgreSQL cluster but not its credentials (${file}: ${(error as Error).message}). ` +
        'It was not created by Schaltplan; move it away or set SCHALTPLAN_DATA_DIR to another folder.',
      { cause: error },
    );
  }
}

export function checkMajorVersion(clusterDir: string, bins: PgBinaries): void {
  const major = fs.readFileSync(path.join(clusterDir, 'PG_VERSION'), 'utf8').trim();
  if (major !== bins.version.split('.')[0]) {
    throw new Error(
      `${clusterDir} holds a PostgreSQL ${major} cluster, but the embedded binaries are ${bins.version}. ` +
        'Dump and restore it, or move the folder away to start fresh.',
    );
  }
}
