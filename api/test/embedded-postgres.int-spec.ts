import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type EmbeddedCluster, startEmbeddedCluster } from '../src/database/embedded-postgres';
import { OWNER_FILE } from '../src/database/embedded-stale-pid';
import { createTestDatabase, type TestDatabase } from './test-database';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('test database from the global setup', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('embedded');
  });
  afterAll(async () => {
    await db.drop();
  });

  it('runs queries in its own database with Unicode-aware lower()', async () => {
    const [row] = await query<{ db: string; lowered: string }>(
      db.url,
      "SELECT current_database() AS db, lower('MÜLLER') AS lowered",
    );
    expect(row.db).toMatch(/^embedded_[0-9a-f]{8}$/);
    expect(row.lowered).toBe('müller');
  });
});

describe('embedded cluster after a crash', () => {
  const logs: string[] = [];
  const log = (msg: string): void => void logs.push(msg);
  let dir: string;
  let clusterDir: string;
  let running: EmbeddedCluster | undefined;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schaltplan-crash-'));
    clusterDir = path.join(dir, 'pg');
  });
  afterAll(async () => {
    await running?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps data across restarts and recovers after the server was killed with SIGKILL', async () => {
    const first = await startEmbeddedCluster({ clusterDir, log });
    await first.ensureDatabase('crash');
    await query(first.url('crash'), "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('before crash')");
    process.kill(first.pid, 'SIGKILL');
    expect(fs.existsSync(path.join(clusterDir, 'postmaster.pid'))).toBe(true);

    running = await startEmbeddedCluster({ clusterDir, log });
    expect(await query(running.url('crash'), 'SELECT v FROM kept')).toEqual([{ v: 'before crash' }]);
    await first.stop();
  });

  it('stops a server left running by an app process that was killed', async () => {
    const orphan = running as EmbeddedCluster;
    // The app that started `orphan` is gone: its PID in the owner file is dead.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(path.join(clusterDir, OWNER_FILE), `${dead}\n`);

    running = await startEmbeddedCluster({ clusterDir, log });
    expect(running.pid).not.toBe(orphan.pid);
    expect(logs.some((l) => l.includes(`PostgreSQL (PID ${orphan.pid}) left over`))).toBe(true);
    expect(await query(running.url('crash'), 'SELECT v FROM kept')).toEqual([{ v: 'before crash' }]);
    await orphan.stop();
  });

  it('refuses, with a clear message, a folder whose server belongs to a live process', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(path.join(clusterDir, OWNER_FILE), `${other.pid}\n`);
      await expect(startEmbeddedCluster({ clusterDir, log })).rejects.toThrow(
        `in use by another Schaltplan process (PID ${other.pid})`,
      );
    } finally {
      other.kill();
    }
  });

  it('reports the server output when PostgreSQL cannot start', async () => {
    await (running as EmbeddedCluster).stop();
    running = undefined;
    const conf = path.join(clusterDir, 'postgresql.auto.conf');
    const original = fs.readFileSync(conf, 'utf8');
    fs.appendFileSync(conf, 'shared_buffers = nonsense\n');
    try {
      await expect(startEmbeddedCluster({ clusterDir, log })).rejects.toThrow(/did not start[\s\S]*shared_buffers/);
    } finally {
      fs.writeFileSync(conf, original);
    }
    running = await startEmbeddedCluster({ clusterDir, log });
    expect(await query(running.url('crash'), 'SELECT count(*)::int AS n FROM kept')).toEqual([{ n: 1 }]);
  });
});
