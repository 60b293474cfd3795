import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../common/errors';
import type { LiveTable } from './exit-archive-schema';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  CHUNK_TABLE,
  dataPath,
  EXIT_TABLES,
  SCHEMA_VERSION,
  type ExitTable,
  type Manifest,
  type ManifestFile,
} from './exit-archive.format';
import { UUID } from '../common/uuid';

/** Most bytes the archive may unpack to (the data files become strings in memory). */
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

export type ArchiveRow = Record<string, unknown>;

export interface ArchiveTable {
  spec: ExitTable;
  path: string;
  /** The file as written: inserted as it is, so numbers and JSON values keep their exact form. */
  text: string;
  rows: ArchiveRow[];
}

export interface ParsedArchive {
  manifest: Manifest;
  tables: ArchiveTable[];
  files: Map<string, Uint8Array>;
  sha256: string;
}

/** A broken archive: 400 naming the file (and row and column) to blame. */
export function archiveError(message: string, where: { file?: string; row?: number; column?: string } = {}): AppError {
  const place = [where.file, where.row === undefined ? undefined : `row ${where.row}`].filter(Boolean).join(', ');
  return new AppError(`Invalid exit archive${place ? ` (${place})` : ''}: ${message}`, 'BAD_USER_INPUT', where);
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  let unpacked = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        return unpacked <= MAX_UNPACKED_BYTES;
      },
    });
  } catch (error) {
    throw archiveError(
      `the file is not a readable ZIP archive (${error instanceof Error ? error.message : 'unknown'})`,
    );
  }
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw archiveError(`the archive unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`);
  }
  return new Map(Object.entries(entries).filter(([name]) => !name.endsWith('/')));
}

function parseJson(file: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch (error) {
    throw archiveError(`not valid JSON (${error instanceof Error ? error.message : 'unknown'})`, { file });
  }
}

function readManifest(files: Map<string, Uint8Array>): Manifest {
  const file = 'manifest.json';
  const bytes = files.get(file);
  if (!bytes) throw archiveError('manifest.json is missing: this is not a Schaltplan exit archive');
  const m = parseJson(file, bytes);
  if (!isObject(m) || m.format !== ARCHIVE_FORMAT) {
    throw archiveError(`format must be "${ARCHIVE_FORMAT}"`, { file, column: 'format' });
  }
  if (m.version !== ARCHIVE_VERSION) {
    throw archiveError(`version ${String(m.version)} is not supported (this Schaltplan reads ${ARCHIVE_VERSION})`, {
      file,
      column: 'version',
    });
  }
  if (m.schemaVersion !== SCHEMA_VERSION) {
    throw archiveError(
      `written with database schema ${String(m.schemaVersion)}, this instance has ${SCHEMA_VERSION}: ` +
        'import it into a Schaltplan of the same version',
      { file, column: 'schemaVersion' },
    );
  }
  const tenant = m.tenant;
  if (!isObject(tenant) || typeof tenant.id !== 'string' || !UUID.test(tenant.id) || typeof tenant.name !== 'string') {
    throw archiveError('tenant must name the Verwaltung (id, name, ags)', { file, column: 'tenant' });
  }
  const list = m.files;
  const valid = (f: unknown): f is ManifestFile =>
    isObject(f) && typeof f.path === 'string' && typeof f.bytes === 'number' && typeof f.sha256 === 'string';
  if (!Array.isArray(list) || !list.every(valid)) {
    throw archiveError('files must list every file with path, bytes and sha256', { file, column: 'files' });
  }
  return m as unknown as Manifest;
}

/** Every listed file is there with its checksum, and nothing else is. */
function checkFiles(manifest: Manifest, files: Map<string, Uint8Array>): void {
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    const bytes = files.get(entry.path);
    if (!bytes) throw archiveError('listed in manifest.json but missing from the archive', { file: entry.path });
    if (bytes.length !== entry.bytes || sha256(bytes) !== entry.sha256) {
      throw archiveError('its SHA-256 checksum does not match manifest.json (the file was changed or damaged)', {
        file: entry.path,
      });
    }
    listed.add(entry.path);
  }
  for (const path of files.keys()) {
    if (path !== 'manifest.json' && !listed.has(path)) {
      throw archiveError('not listed in manifest.json', { file: path });
    }
  }
}

/** Each row has exactly the live table's columns and belongs to the archive's Verwaltung. */
function checkRows(table: ArchiveTable, live: LiveTable, manifest: Manifest): void {
  const file = table.path;
  const columns = new Set(live.columns);
  table.rows.forEach((row, i) => {
    const where = { file, row: i + 1 };
    if (!isObject(row)) throw archiveError('every row must be a JSON object', where);
    for (const key of Object.keys(row)) {
      if (!columns.has(key)) throw archiveError(`unknown column "${key}"`, { ...where, column: key });
    }
    for (const column of live.columns) {
      if (!(column in row)) throw archiveError(`column "${column}" is missing`, { ...where, column });
    }
    if (row[table.spec.tenantColumn] !== manifest.tenant.id) {
      throw archiveError(`${table.spec.tenantColumn} must be the archive's Verwaltung ${manifest.tenant.id}`, {
        ...where,
        column: table.spec.tenantColumn,
      });
    }
  });
}

function checkTenant(table: ArchiveTable, manifest: Manifest): void {
  const [row] = table.rows;
  if (table.rows.length !== 1) throw archiveError('must hold exactly one Verwaltung', { file: table.path });
  if (row.name !== manifest.tenant.name || row.ags !== manifest.tenant.ags) {
    throw archiveError('name and ags differ from manifest.json', { file: table.path, row: 1 });
  }
}

/** Chunk rows point into an attachment of the archive, within its bounds. */
function checkChunks(table: ArchiveTable, files: Map<string, Uint8Array>): void {
  table.rows.forEach((row, i) => {
    const ref = row.data;
    const where = { file: table.path, row: i + 1, column: 'data' };
    if (!isObject(ref) || typeof ref.attachment !== 'string' || !ref.attachment.startsWith('attachments/')) {
      throw archiveError('data must be {"attachment", "offset", "length"} naming a file under attachments/', where);
    }
    const bytes = files.get(ref.attachment);
    const { offset, length } = ref;
    if (!bytes) throw archiveError(`the attachment ${ref.attachment} is missing`, where);
    if (!Number.isInteger(offset) || !Number.isInteger(length) || (offset as number) < 0 || (length as number) < 1) {
      throw archiveError('offset and length must be whole numbers', where);
    }
    if ((offset as number) + (length as number) > bytes.length) {
      throw archiveError(`offset and length reach past the end of ${ref.attachment}`, where);
    }
  });
}

/**
 * Unpacks and checks an exit archive before anything is written: manifest format, version and
 * schema, every file's SHA-256, every table present, every row's columns against the live schema
 * and its Verwaltung. Throws BAD_USER_INPUT naming the file and row.
 */
export function readArchive(bytes: Uint8Array, schema: Map<string, LiveTable>): ParsedArchive {
  const files = unzip(bytes);
  const manifest = readManifest(files);
  checkFiles(manifest, files);
  const byPath = new Map(manifest.files.map((f) => [f.path, f]));
  for (const entry of manifest.files) {
    if (entry.path.startsWith('data/') && !EXIT_TABLES.some((t) => dataPath(t.table) === entry.path)) {
      throw archiveError('not a table of this Schaltplan', { file: entry.path });
    }
  }
  const tables = EXIT_TABLES.map((spec): ArchiveTable => {
    const path = dataPath(spec.table);
    const entry = byPath.get(path);
    if (!entry) throw archiveError('missing from manifest.json and the archive', { file: path });
    const data = files.get(path) as Uint8Array;
    const rows = parseJson(path, data);
    if (!Array.isArray(rows)) throw archiveError('must be a JSON array of rows', { file: path });
    if (entry.rows !== rows.length) {
      throw archiveError(`holds ${rows.length} rows, manifest.json says ${String(entry.rows)}`, { file: path });
    }
    const table: ArchiveTable = { spec, path, text: strFromU8(data), rows: rows as ArchiveRow[] };
    checkRows(table, schema.get(spec.table) as LiveTable, manifest);
    return table;
  });
  checkTenant(tables[0], manifest);
  checkChunks(tables.find((t) => t.spec.table === CHUNK_TABLE) as ArchiveTable, files);
  return { manifest, tables, files, sha256: sha256(bytes) };
}
