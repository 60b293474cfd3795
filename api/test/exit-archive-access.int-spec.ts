import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '@schaltplan/domain';
import pg from 'pg';
import { EXIT_TABLES } from '../src/exit-archive/exit-archive.format';
import { loginAs } from './support/accounts';
import { ensureBuiltApi } from './support/api-process';
import {
  databaseFootprint,
  downloadArchive,
  exportArchive,
  ownerRows,
  tableCounts,
  tamper,
  unpack,
  uploadArchive,
} from './support/exit-archive';
import { aLocation, aPerson, aTenant, aWorkstation, type Created } from './support/factories';
import { startTestApp, type Session, type TestApp } from './support/test-app';
import { createTestDatabase } from './test-database';

let api: TestApp;
let tenant: Created;
let name: string;
let location: Created;
let sessions: Record<Role, Session>;

beforeAll(async () => {
  api = await startTestApp('exit_access');
  tenant = await aTenant().create(api);
  [{ name }] = await ownerRows<{ name: string }>(api, `SELECT name FROM tenant WHERE id = $1`, [tenant.id]);
  location = await aLocation().of(tenant).create(api);
  await aPerson().at(location).create(api);
  await aWorkstation().at(location).create(api);
  const t = { tenantIds: [tenant.id] };
  sessions = {
    ADMIN: api.admin,
    PROJECT_MANAGER: await loginAs(api, 'PROJECT_MANAGER', t),
    COORDINATOR: await loginAs(api, 'COORDINATOR', t),
    TECHNICIAN: await loginAs(api, 'TECHNICIAN', { locationIds: [location.id] }),
    VIEWER: await loginAs(api, 'VIEWER', t),
  };
});
afterAll(() => api.close());

describe('GET /api/exit-archive (exports.exit)', () => {
  it.each([
    ['ADMIN', 200],
    ['PROJECT_MANAGER', 200],
    ['COORDINATOR', 403],
    ['TECHNICIAN', 403],
    ['VIEWER', 403],
  ] as const)('%s → %i', async (role, status) => {
    const res = await downloadArchive(api, tenant.id, sessions[role]);
    expect(res.status).toBe(status);
    if (status === 200) {
      expect(res.headers.get('content-type')).toBe('application/zip');
      const date = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
      expect(res.headers.get('content-disposition')).toContain(
        `Schaltplan-Exit-${name.replace(/ /g, '-')}-${date}.zip`,
      );
      expect(Object.keys(unpack(res.body))).toContain('data/location.json');
    } else {
      expect(res.body.toString()).not.toContain(name);
    }
  });

  it('asks for a session (401)', async () => {
    expect((await downloadArchive(api, tenant.id, null)).status).toBe(401);
  });

  it('gives a project manager of another Verwaltung nothing of it (404)', async () => {
    const other = await aTenant().create(api);
    const pm = await loginAs(api, 'PROJECT_MANAGER', { tenantIds: [other.id] });
    const res = await downloadArchive(api, tenant.id, pm);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain(name);
    expect((await downloadArchive(api, 'not-a-uuid')).status).toBe(400);
  });
});

describe('POST /api/exit-archive (tenants.admin)', () => {
  let zip: Buffer;
  beforeAll(async () => {
    zip = await exportArchive(api, tenant.id);
  });

  it.each(['PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN', 'VIEWER'] as const)(
    '%s → 403, nothing written',
    async (role) => {
      const before = await databaseFootprint(api);
      expect((await uploadArchive(api, zip, sessions[role])).status).toBe(403);
      expect(await databaseFootprint(api)).toEqual(before);
    },
  );

  it('asks for a session (401) and a ZIP body (400)', async () => {
    expect((await uploadArchive(api, zip, null)).status).toBe(401);
    const res = await uploadArchive(api, zip, api.admin, 'text/plain');
    expect(res.status).toBe(400);
    expect(res.json.message).toContain('content-type');
  });

  it('lets the admin restore a deleted Verwaltung into the same instance (its old trail is kept once)', async () => {
    const before = await tableCounts(api, tenant.id);
    const [{ version }] = await ownerRows<{ version: number }>(api, `SELECT version FROM tenant WHERE id = $1`, [
      tenant.id,
    ]);
    await api.gql(`mutation($id: ID!, $version: Int!) { deleteTenant(id: $id, version: $version) }`, {
      id: tenant.id,
      version,
    });
    const res = await uploadArchive(api, zip);
    expect(res.status).toBe(201);
    const after = await tableCounts(api, tenant.id);
    // The archived entries were there already (a trail outlives its tenant); the deletion was added.
    expect(after).toEqual({ ...before, audit_entry: before.audit_entry + 1 });
  });
});

describe('exit-import CLI', () => {
  it('imports an archive into an empty database in one transaction, and refuses a broken one', async () => {
    const zip = await exportArchive(api, tenant.id);
    // Builds synchronously: the app's idle keep-alive connections close meanwhile, so export first.
    ensureBuiltApi();
    const dir = mkdtempSync(join(tmpdir(), 'exit-cli-'));
    const database = await createTestDatabase('exit_cli');
    const run = (file: string) =>
      promisify(execFile)(process.execPath, [join('api', 'dist', 'api', 'src', 'cli', 'exit-import.js'), file], {
        env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn' },
      });
    const count = async (): Promise<Record<string, number>> => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        await client.query(`SELECT set_config('app.all_tenants', 'on', false)`);
        const counts: Record<string, number> = {};
        for (const { table, tenantColumn } of EXIT_TABLES) {
          const { rows } = await client.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM ${table} WHERE ${tenantColumn} = $1`,
            [tenant.id],
          );
          counts[table] = rows[0].n;
        }
        return counts;
      } finally {
        await client.end();
      }
    };
    try {
      const broken = tamper(zip, (files) => (files['data/person.json'] = Buffer.from('[]\n')), false);
      writeFileSync(join(dir, 'broken.zip'), broken);
      await expect(run(join(dir, 'broken.zip'))).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('data/person.json'),
      });
      expect(Object.values(await count()).every((n) => n === 0)).toBe(true);
      writeFileSync(join(dir, 'archive.zip'), zip);
      const { stdout } = await run(join(dir, 'archive.zip'));
      expect(stdout).toContain(name);
      const manifest = JSON.parse(Buffer.from(unpack(zip)['manifest.json']).toString()) as {
        files: { table?: string; rows?: number }[];
      };
      const archived = Object.fromEntries(
        manifest.files.filter((f) => f.table).map((f): [string, number] => [f.table ?? '', f.rows ?? 0]),
      );
      expect(await count()).toEqual(archived);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await database.drop();
    }
  }, 300_000);
});
