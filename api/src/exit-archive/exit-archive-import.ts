import { currentActor, writeAudit, type AuditActor } from '../audit/audit-writer';
import { AppError } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { insertTable } from './exit-archive-insert';
import { readArchive, type ParsedArchive } from './exit-archive-reader';
import { ident, loadLiveSchema, type LiveTable } from './exit-archive-schema';
import type { Manifest } from './exit-archive.format';

export interface ImportedArchive {
  tenantId: string;
  name: string;
  ags: string;
  /** Rows per table, as written. */
  rows: Record<string, number>;
}

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> =>
  RequestContext.current().query<T>(sql, params);

/** The archive's Verwaltung must be new here: same id, name or AGS → CONFLICT naming the one present. */
async function refuseExisting(tenant: Manifest['tenant']): Promise<void> {
  const [found] = await q<{ id: string; name: string; ags: string }>(
    `SELECT id, name, ags FROM tenant WHERE id = $1 OR lower(name) = lower($2) OR ags = $3 ORDER BY id = $1 DESC`,
    [tenant.id, tenant.name, tenant.ags],
  );
  if (!found) return;
  const field = found.id === tenant.id ? 'id' : found.ags === tenant.ags ? 'ags' : 'name';
  throw new AppError(
    `The Verwaltung "${found.name}" (AGS ${found.ags}) already exists here with the same ${field}: ` +
      'delete or rename it before importing this archive.',
    'CONFLICT',
    { field, tenantId: found.id, name: found.name, ags: found.ags },
  );
}

/**
 * Rows the database makes by itself on insert, which the archive already holds in their archived
 * form: the default checklist template of a new tenant, and the checklists materialised for
 * workstations at a planned location. They go before the archived rows come in.
 */
const TRIGGER_MADE: Record<string, string> = {
  tenant: `DELETE FROM checklist_template WHERE tenant_id = $1`,
  workstation: `DELETE FROM checklist_step WHERE tenant_id = $1`,
};

/** After the insert every table holds exactly the archived rows (the audit trail at least those). */
async function verifyCounts(archive: ParsedArchive): Promise<Record<string, number>> {
  const sql = archive.tables
    .map(
      ({ spec }) =>
        `SELECT '${spec.table}' AS table, count(*)::int AS n FROM ${ident(spec.table)} WHERE ${ident(spec.tenantColumn)} = $1`,
    )
    .join(' UNION ALL ');
  const counts = new Map(
    (await q<{ table: string; n: number }>(sql, [archive.manifest.tenant.id])).map((r) => [r.table, r.n]),
  );
  const rows: Record<string, number> = {};
  for (const table of archive.tables) {
    const n = counts.get(table.spec.table) ?? 0;
    const expected = table.rows.length;
    if (table.spec.table === 'audit_entry' ? n < expected : n !== expected) {
      throw new Error(`exit archive import: ${table.spec.table} holds ${n} rows instead of ${expected}`);
    }
    rows[table.spec.table] = expected;
  }
  return rows;
}

/**
 * Creates the archive's Verwaltung with all its content inside the request's one transaction, as
 * the runtime role in the caller's scope (RLS stays the backstop): checks everything first,
 * inserts in dependency order, replaces trigger-made rows by the archived ones, verifies the
 * counts and records a provider-level ARCHIVE_IMPORT entry (not part of the tenant's trail, so
 * exporting again gives the same data files). Any failure rolls everything back.
 */
export async function importExitArchive(
  bytes: Uint8Array,
  actor: AuditActor = currentActor(),
): Promise<ImportedArchive> {
  const schema = await loadLiveSchema();
  const archive = readArchive(bytes, schema);
  const { tenant } = archive.manifest;
  await refuseExisting(tenant);
  // Deferrable keys are checked per statement, so a failure is blamed on its file and row.
  await q(`SET CONSTRAINTS ALL IMMEDIATE`);
  for (const table of archive.tables) {
    await insertTable(table, schema.get(table.spec.table) as LiveTable, archive);
    const cleanup = TRIGGER_MADE[table.spec.table];
    if (cleanup) await q(cleanup, [tenant.id]);
  }
  const rows = await verifyCounts(archive);
  await writeAudit(
    {
      tenantId: null,
      objectType: 'TENANT',
      objectId: tenant.id,
      objectLabel: tenant.name,
      action: 'ARCHIVE_IMPORT',
      changes: {},
      context: {
        kind: 'EXIT_ARCHIVE',
        exportedAt: archive.manifest.exportedAt,
        archiveSha256: archive.sha256,
        rows: Object.values(rows).reduce((a, b) => a + b, 0),
      },
    },
    actor,
  );
  return { tenantId: tenant.id, name: tenant.name, ags: tenant.ags, rows };
}
