// The machine a bench run ran on, for docs/performance.md: numbers mean little without it.
import fs from 'node:fs';
import os from 'node:os';
import { withClient } from './database.mjs';

function osName() {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()})`;
  } catch {
    // Not Linux: the kernel name is all there is.
  }
  return `${os.type()} ${os.release()}`;
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

/** Call at the start of a run; `finish()` at the end adds the load then and the PostgreSQL version. */
export function machineInfo() {
  const cpus = os.cpus();
  const info = {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGb: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    os: osName(),
    node: process.version,
    postgres: null,
    loadStart: load(),
    loadEnd: null,
  };
  return {
    info,
    async postgres(url) {
      info.postgres = await withClient(url, async (c) => (await c.query('SHOW server_version')).rows[0].server_version);
    },
    finish() {
      info.loadEnd = load();
      return info;
    },
  };
}
