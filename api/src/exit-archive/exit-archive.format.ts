import { MIGRATIONS } from '../../../migrations';

/** What an exit archive says it is (manifest.json `format` and `version`). */
export const ARCHIVE_FORMAT = 'schaltplan-exit-archive';
export const ARCHIVE_VERSION = 1;

/** The database schema the rows were read from: the name of the newest migration. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].name;

/** Largest archive the import accepts (it is unpacked in memory). */
export const ARCHIVE_MAX_BYTES = 500 * 1024 * 1024;

export interface ExitTable {
  table: string;
  /** Column that names the tenant: `id` for the tenant row itself. */
  tenantColumn: 'id' | 'tenant_id';
}

const t = (table: string): ExitTable => ({ table, tenantColumn: 'tenant_id' });

/**
 * Every tenant-owned table, in the order the import inserts them: each one after the tables its
 * foreign keys point to, mappings before confirmations (so the "changed since confirmation"
 * triggers find nothing to mark), the audit trail last.
 */
export const EXIT_TABLES: readonly ExitTable[] = [
  { table: 'tenant', tenantColumn: 'id' },
  t('checklist_template'),
  t('checklist_template_step'),
  t('location'),
  t('person'),
  t('workstation'),
  t('printer'),
  t('software'),
  t('file_share'),
  t('fachverfahren'),
  t('workstation_person'),
  t('person_printer'),
  t('person_software'),
  t('person_file_share'),
  t('person_fachverfahren'),
  t('project_phase'),
  t('wave_technician'),
  t('confirmation'),
  t('test_run'),
  t('blocker'),
  t('checklist_step'),
  t('cutover_operation'),
  t('import_file'),
  t('import_file_chunk'),
  t('import_run'),
  t('import_preset'),
  t('audit_entry'),
];

/**
 * Tables with a tenant_id that are deliberately NOT in the archive: app accounts and their links
 * to tenants and locations belong to the provider's instance (logins, password hashes); the
 * archive keeps account references as uuid plus a name snapshot (docs/exit-archive.md).
 */
export const EXCLUDED_TABLES = ['account', 'account_tenant', 'account_location'] as const;

/** The chunked upload table: its bytea column travels as attachments/, the row points there. */
export const CHUNK_TABLE = 'import_file_chunk';

export const dataPath = (table: string): string => `data/${table}.json`;

export interface ManifestFile {
  path: string;
  /** Data files: the table and its row count. */
  table?: string;
  rows?: number;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  schemaVersion: string;
  migrations: string[];
  tenant: { id: string; name: string; ags: string };
  exportedAt: string;
  files: ManifestFile[];
}

/** Where an import_file_chunk row's bytes are: a slice of the uploaded file under attachments/. */
export interface ChunkReference {
  attachment: string;
  offset: number;
  length: number;
}

/** attachments/import_file/<file id>/<the uploaded file's name, made safe for any file system>. */
export function attachmentPath(fileId: string, fileName: string): string {
  const safe = fileName
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 200);
  return `attachments/import_file/${fileId}/${safe || 'file'}`;
}

/** Data files list one row per line: readable, diffable, and the same bytes for the same rows. */
export function dataFileText(rows: readonly string[]): string {
  return rows.length ? `[\n${rows.join(',\n')}\n]\n` : '[]\n';
}
