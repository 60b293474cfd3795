import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { MIGRATIONS } from '../../../migrations';
import { writeAudit } from '../audit/audit-writer';
import { notFound } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { fileStem } from '../exports/export-file-name';
import { ARCHIVE_README } from './exit-archive-readme';
import { ident, loadLiveSchema, type LiveTable } from './exit-archive-schema';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  attachmentPath,
  CHUNK_TABLE,
  dataFileText,
  dataPath,
  EXIT_TABLES,
  SCHEMA_VERSION,
  type ChunkReference,
  type ExitTable,
  type Manifest,
  type ManifestFile,
} from './exit-archive.format';

export interface ExitArchive {
  fileName: string;
  zip: Uint8Array;
  manifest: Manifest;
}

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> =>
  RequestContext.current().query<T>(sql, params);

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** One JSON text per row, as PostgreSQL writes it (exact numbers, jsonb as stored), in key order. */
async function tableRows(spec: ExitTable, live: LiveTable, tenantId: string): Promise<string[]> {
  const order = live.primaryKey.map((c) => `t.${ident(c)}`).join(', ');
  const rows = await q<{ json: string }>(
    `SELECT to_json(t)::text AS json FROM ${ident(spec.table)} t WHERE t.${ident(spec.tenantColumn)} = $1
     ORDER BY ${order}`,
    [tenantId],
  );
  return rows.map((r) => r.json);
}

/**
 * Uploaded import files: the chunks of each file are joined into one attachment (the original
 * file), and each chunk row names its slice of it instead of carrying the bytes.
 */
async function chunkRows(live: LiveTable, tenantId: string, attachments: Map<string, Uint8Array>): Promise<string[]> {
  const select = live.columns.map((c) => (c === 'data' ? 'NULL::int AS data' : `c.${ident(c)}`)).join(', ');
  const files = await q<{ id: string; file_name: string }>(
    `SELECT id, file_name FROM import_file WHERE tenant_id = $1 ORDER BY id`,
    [tenantId],
  );
  const rows: string[] = [];
  for (const file of files) {
    const chunks = await q<{ json: string; data: Buffer }>(
      `SELECT j.json, c.data FROM import_file_chunk c
       CROSS JOIN LATERAL (SELECT to_json(r)::text AS json FROM (SELECT ${select}) r) j
       WHERE c.tenant_id = $1 AND c.file_id = $2 ORDER BY c.seq`,
      [tenantId, file.id],
    );
    if (!chunks.length) continue;
    const path = attachmentPath(file.id, file.file_name);
    let offset = 0;
    for (const chunk of chunks) {
      const row = JSON.parse(chunk.json) as Record<string, unknown>;
      row.data = { attachment: path, offset, length: chunk.data.length } satisfies ChunkReference;
      rows.push(JSON.stringify(row));
      offset += chunk.data.length;
    }
    attachments.set(path, Buffer.concat(chunks.map((c) => c.data)));
  }
  return rows;
}

/**
 * Reads every tenant-owned row of the Verwaltung within the request's scope (RLS decides what
 * "the Verwaltung" is for the caller: another tenant's id is simply not found) and packs it.
 * The EXPORT audit entry is written after the rows were read, so it is not part of the archive.
 */
export async function buildExitArchive(tenantId: string, now = new Date()): Promise<ExitArchive> {
  // Timestamps in UTC: the same rows give the same bytes whatever the server's time zone.
  await q(`SELECT set_config('TimeZone', 'UTC', true)`);
  const [tenant] = await q<{ id: string; name: string; ags: string }>(
    `SELECT id, name, ags FROM tenant WHERE id = $1`,
    [tenantId],
  );
  if (!tenant) throw notFound('Verwaltung', tenantId);
  const schema = await loadLiveSchema();

  const contents = new Map<string, Uint8Array>();
  const files: ManifestFile[] = [];
  const add = (path: string, bytes: Uint8Array, extra: Partial<ManifestFile> = {}): void => {
    contents.set(path, bytes);
    files.push({ path, ...extra, bytes: bytes.length, sha256: sha256(bytes) });
  };
  add('README.txt', strToU8(ARCHIVE_README));
  const attachments = new Map<string, Uint8Array>();
  let totalRows = 0;
  for (const spec of EXIT_TABLES) {
    const live = schema.get(spec.table) as LiveTable;
    const rows =
      spec.table === CHUNK_TABLE ? await chunkRows(live, tenantId, attachments) : await tableRows(spec, live, tenantId);
    totalRows += rows.length;
    add(dataPath(spec.table), strToU8(dataFileText(rows)), { table: spec.table, rows: rows.length });
  }
  for (const path of [...attachments.keys()].sort()) add(path, attachments.get(path) as Uint8Array);

  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    schemaVersion: SCHEMA_VERSION,
    migrations: MIGRATIONS.map((m) => m.name),
    tenant: { id: tenant.id, name: tenant.name, ags: tenant.ags },
    exportedAt: now.toISOString(),
    files,
  };
  const zip = zipSync({
    'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    ...Object.fromEntries(contents),
  });
  await writeAudit({
    tenantId: tenant.id,
    objectType: 'TENANT',
    objectId: tenant.id,
    objectLabel: tenant.name,
    action: 'EXPORT',
    changes: {},
    context: { kind: 'EXIT_ARCHIVE', rows: totalRows, files: files.length },
  });
  return { fileName: `${fileStem(['Schaltplan-Exit', tenant.name], now)}.zip`, zip, manifest };
}
