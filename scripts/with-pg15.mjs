#!/usr/bin/env node
// Runs a command against a throw-away PostgreSQL 15 (the host's binaries), to prove the app is
// not tied to the embedded PostgreSQL 18:
//   node scripts/with-pg15.mjs npm start
//   node scripts/with-pg15.mjs npm test
// Sets DATABASE_URL (database "schaltplan") and TEST_DATABASE_URL (maintenance database
// "postgres", where integration tests create their own). PG15_BIN overrides the binaries folder.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const binDir = process.env.PG15_BIN || '/usr/lib/postgresql/15/bin';
const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/with-pg15.mjs <command> [args…]');
  process.exit(2);
}
if (!fs.existsSync(path.join(binDir, 'postgres'))) {
  console.error(
    `PostgreSQL 15 binaries not found in ${binDir} (Debian: apt-get install -y postgresql-15, or set PG15_BIN).`,
  );
  process.exit(2);
}

// PostgreSQL refuses to run as root: run its binaries as the postgres user then.
const asUser = {};
if (process.getuid?.() === 0) {
  asUser.uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  asUser.gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
}

function pgRun(bin, args) {
  const result = spawnSync(path.join(binDir, bin), args, {
    ...asUser,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} failed: ${result.error?.message ?? ''}${result.stderr}${result.stdout}`);
  }
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-pg15-'));
const data = path.join(dir, 'data');
const password = randomBytes(12).toString('hex');
fs.chmodSync(dir, 0o755);
fs.writeFileSync(path.join(dir, 'pw'), `${password}\n`, { mode: 0o600 });
if (asUser.uid !== undefined) {
  fs.chownSync(dir, asUser.uid, asUser.gid);
  fs.chownSync(path.join(dir, 'pw'), asUser.uid, asUser.gid);
}

let started = false;
function cleanup() {
  if (started) {
    spawnSync(path.join(binDir, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], { ...asUser, stdio: 'ignore' });
    started = false;
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

let exitCode = 1;
try {
  pgRun('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    `--pwfile=${path.join(dir, 'pw')}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ]);
  const port = await freePort();
  fs.appendFileSync(
    path.join(data, 'postgresql.conf'),
    `\nport = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nmax_connections = 200\n`,
  );
  pgRun('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  started = true;
  const base = `postgres://postgres:${password}@127.0.0.1:${port}`;
  const admin = spawnSync(
    process.execPath,
    [
      '-e',
      `
    const { Client } = require('pg');
    const c = new Client({ connectionString: ${JSON.stringify(`${base}/postgres`)} });
    c.connect().then(() => c.query('CREATE DATABASE schaltplan')).then(() => c.query('SHOW server_version'))
      .then((r) => { console.log('PostgreSQL ' + r.rows[0].server_version + ' on port ${port}'); return c.end(); })
      .catch((e) => { console.error(e.message); process.exit(1); });`,
    ],
    { stdio: 'inherit', cwd: path.resolve(import.meta.dirname, '..') },
  );
  if (admin.status !== 0) throw new Error('could not create database schaltplan');

  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: `${base}/schaltplan`,
      TEST_DATABASE_URL: `${base}/postgres`,
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  exitCode = await new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(error.message);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} catch (error) {
  console.error(error.message);
} finally {
  cleanup();
}
process.exit(exitCode);
