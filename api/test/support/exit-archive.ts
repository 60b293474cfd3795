import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { EXIT_TABLES } from '../../src/exit-archive/exit-archive.format';
import type { Session, TestApp } from './test-app';

export interface HttpResult {
  status: number;
  headers: Headers;
  body: Buffer;
}

const base = (api: TestApp): string => api.url.replace(/\/graphql$/, '');

/** GET /api/exit-archive?tenantId=… as the session (default the admin; null: none). */
export async function downloadArchive(
  api: TestApp,
  tenantId: string,
  session: Session | null = api.admin,
): Promise<HttpResult> {
  const res = await fetch(`${base(api)}/api/exit-archive?tenantId=${tenantId}`, {
    headers: session ? { cookie: session.cookie } : {},
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** The archive of a tenant, which must download. */
export async function exportArchive(api: TestApp, tenantId: string, session?: Session): Promise<Buffer> {
  const res = await downloadArchive(api, tenantId, session);
  if (res.status !== 200) throw new Error(`export failed (${res.status}): ${res.body.toString()}`);
  return res.body;
}

export interface UploadResult {
  status: number;
  json: { code?: string; message?: string; details?: Record<string, unknown>; tenantId?: string; name?: string };
}

/** POST /api/exit-archive with the ZIP as the body. */
export async function uploadArchive(
  api: TestApp,
  zip: Uint8Array,
  session: Session | null = api.admin,
  contentType = 'application/zip',
): Promise<UploadResult> {
  const res = await fetch(`${base(api)}/api/exit-archive`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(session ? { cookie: session.cookie } : {}) },
    body: new Uint8Array(zip),
  });
  return { status: res.status, json: (await res.json()) as UploadResult['json'] };
}

export type Files = Record<string, Uint8Array>;

export const unpack = (zip: Uint8Array): Files => unzipSync(zip);
export const text = (files: Files, path: string): string => strFromU8(files[path]);
export const rowsOf = (files: Files, table: string): Record<string, unknown>[] =>
  JSON.parse(text(files, `data/${table}.json`)) as Record<string, unknown>[];

interface ManifestLike {
  files: { path: string; bytes: number; sha256: string; rows?: number }[];
  [key: string]: unknown;
}

/**
 * A changed copy of an archive: `edit` changes the unpacked files (and may the manifest); with
 * `reseal` the manifest's sizes and checksums are brought up to date, so only the change shows.
 */
export function tamper(
  zip: Uint8Array,
  edit: (files: Files, manifest: ManifestLike) => void,
  reseal = true,
): Uint8Array {
  const files = unpack(zip);
  const manifest = JSON.parse(text(files, 'manifest.json')) as ManifestLike;
  edit(files, manifest);
  if (reseal) {
    manifest.files = manifest.files
      .filter((f) => files[f.path])
      .map((f) => ({
        ...f,
        bytes: files[f.path].length,
        sha256: createHash('sha256').update(files[f.path]).digest('hex'),
      }));
  }
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2));
  return zipSync(files);
}

/** Replaces one table's rows (as JSON) in an unpacked archive, keeping the manifest's row count right. */
export function setRows(files: Files, manifest: ManifestLike, table: string, rows: unknown[]): void {
  const path = `data/${table}.json`;
  files[path] = strToU8(`[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  const entry = manifest.files.find((f) => f.path === path);
  if (entry) entry.rows = rows.length;
}

/** Rows per archived table of one tenant, counted as the owner (RLS is forced for the owner too). */
export async function tableCounts(api: TestApp, tenantId: string): Promise<Record<string, number>> {
  return api.dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    const counts: Record<string, number> = {};
    for (const { table, tenantColumn } of EXIT_TABLES) {
      const [{ n }] = await m.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${table} WHERE ${tenantColumn} = $1`,
        [tenantId],
      );
      counts[table] = n;
    }
    return counts;
  });
}

/** Every row of every tenant table plus the whole audit trail: what a failed import must not change. */
export async function databaseFootprint(api: TestApp): Promise<Record<string, number>> {
  return api.dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    const counts: Record<string, number> = {};
    for (const { table } of EXIT_TABLES) {
      const [{ n }] = await m.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
      counts[table] = n;
    }
    return counts;
  });
}

/** Rows as the owner with the all-tenants scope. */
export function ownerRows<T>(api: TestApp, sql: string, params: unknown[] = []): Promise<T[]> {
  return api.dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    return m.query<T[]>(sql, params);
  });
}
