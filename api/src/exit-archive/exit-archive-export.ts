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

interface ReadRow {
  t: number;
  json: string;
  data: Buffer | null;
}

interface ReadTables {
  /** Per table of EXIT_TABLES, its rows as JSON texts. */
  rows: string[][];
  /** The chunk table's bytes, in the order of its rows. */
  chunkData: Buffer[];
}

/**
 * Every row of every archived table in ONE statement: a request transaction reads committed
 * data per statement, so only one statement gives a consistent picture (no mapping whose person
 * came in between two reads). Rows come as PostgreSQL writes them in JSON (exact numbers, jsonb
 * as stored), table by table in archive order, each in primary-key order.
 */
async function readTables(schema: Map<string, LiveTable>, tenantId: string): Promise<ReadTables> {
  const parts = EXIT_TABLES.map((spec, i) => {
    const live = schema.get(spec.table) as LiveTable;
    const order = live.primaryKey.map((c) => `r.${ident(c)}`).join(', ');
    const from = `FROM ${ident(spec.table)} r WHERE r.${ident(spec.tenantColumn)} = $1`;
    if (spec.table !== CHUNK_TABLE) {
      return `SELECT ${i} AS t, row_number() OVER (ORDER BY ${order}) AS n, to_json(r)::text AS json,
        NULL::bytea AS data ${from}`;
    }
    // The bytes travel beside the row, not inside its JSON.
    const select = live.columns.map((c) => (c === 'data' ? 'NULL::int AS data' : `r.${ident(c)}`)).join(', ');
    return `SELECT ${i}, row_number() OVER (ORDER BY ${order}),
      (SELECT to_json(x)::text FROM (SELECT ${select}) x), r.data ${from}`;
  });
  const read = await q<ReadRow>(`SELECT t, json, data FROM (${parts.join(' UNION ALL ')}) a ORDER BY t, n`, [tenantId]);
  const rows: string[][] = EXIT_TABLES.map(() => []);
  const chunkData: Buffer[] = [];
  for (const row of read) {
    rows[row.t].push(row.json);
    if (row.data) chunkData.push(row.data);
  }
  return { rows, chunkData };
}

/**
 * Uploaded import files: the chunks of each file (in key order, so grouped by file and in
 * sequence) are joined into one attachment, the original file, and each chunk row names its
 * slice of it instead of carrying the bytes.
 */
function chunkAttachments(
  chunkRows: string[],
  chunkData: Buffer[],
  fileRows: string[],
): { rows: string[]; attachments: Map<string, Uint8Array> } {
  const names = new Map(
    fileRows.map((json) => {
      const file = JSON.parse(json) as { id: string; file_name: string };
      return [file.id, file.file_name];
    }),
  );
  const parts = new Map<string, Buffer[]>();
  const sizes = new Map<string, number>();
  const rows = chunkRows.map((json, i) => {
    const row = JSON.parse(json) as Record<string, unknown>;
    const fileId = String(row.file_id);
    const path = attachmentPath(fileId, names.get(fileId) ?? 'file');
    const offset = sizes.get(path) ?? 0;
    row.data = { attachment: path, offset, length: chunkData[i].length } satisfies ChunkReference;
    parts.set(path, [...(parts.get(path) ?? []), chunkData[i]]);
    sizes.set(path, offset + chunkData[i].length);
    return JSON.stringify(row);
  });
  return { rows, attachments: new Map([...parts].map(([path, bufs]) => [path, Buffer.concat(bufs)])) };
}

/**
 * Reads every tenant-owned row of the Verwaltung within the request's scope (RLS decides what
 * "the Verwaltung" is for the caller: another tenant's id is simply not found) and packs it.
 * The EXPORT audit entry is written after the rows were read, so it is not part of the archive.
 */
export async function buildExitArchive(tenantId: string, now = new Date()): Promise<ExitArchive> {
  // Timestamps in UTC: the same rows give the same bytes whatever the server's time zone.
  await q(`SELECT set_config('TimeZone', 'UTC', true)`);
  const schema = await loadLiveSchema();
  const read = await readTables(schema, tenantId);
  const [tenantRow] = read.rows[0];
  if (!tenantRow) throw notFound('Verwaltung', tenantId);
  const tenant = JSON.parse(tenantRow) as Manifest['tenant'];

  const contents = new Map<string, Uint8Array>();
  const files: ManifestFile[] = [];
  const add = (path: string, bytes: Uint8Array, extra: Partial<ManifestFile> = {}): void => {
    contents.set(path, bytes);
    files.push({ path, ...extra, bytes: bytes.length, sha256: sha256(bytes) });
  };
  add('README.txt', strToU8(ARCHIVE_README));
  const fileRows = read.rows[EXIT_TABLES.findIndex((t) => t.table === 'import_file')];
  let attachments = new Map<string, Uint8Array>();
  EXIT_TABLES.forEach((spec, i) => {
    let rows = read.rows[i];
    if (spec.table === CHUNK_TABLE) ({ rows, attachments } = chunkAttachments(rows, read.chunkData, fileRows));
    add(dataPath(spec.table), strToU8(dataFileText(rows)), { table: spec.table, rows: rows.length });
  });
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
    context: { kind: 'EXIT_ARCHIVE', rows: read.rows.reduce((n, r) => n + r.length, 0), files: files.length },
  });
  return { fileName: `${fileStem(['Schaltplan-Exit', tenant.name], now)}.zip`, zip, manifest };
}
