import { RequestContext } from '../database/request-context';

/** What the trail records about objects: the tables, written as stable upper-case codes. */
export const AUDIT_OBJECT_TYPES = [
  'TENANT',
  'LOCATION',
  'PERSON',
  'WORKSTATION',
  'PRINTER',
  'SOFTWARE',
  'FILE_SHARE',
  'FACHVERFAHREN',
  'ACCOUNT',
  'IMPORT_PRESET',
  'CONFIRMATION',
  'PROJECT_PHASE',
  'TEST_RUN',
  'BLOCKER',
  'CHECKLIST_TEMPLATE',
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'ASSIGN',
  'UNASSIGN',
  'PASSWORD_RESET',
  'PASSWORD_SET',
  'CONFIRM',
  'REJECT',
  'SIGN_OFF',
  'TICK',
  'UNTICK',
  'STATUS_CHANGE',
  // Personal data leaving Schaltplan: provisioning export, access report, exit archive (context.kind).
  'EXPORT',
  // A Verwaltung's persons pseudonymised after closure (irreversible).
  'PSEUDONYMISE',
  // A Verwaltung created from an exit archive.
  'ARCHIVE_IMPORT',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditChanges = Record<string, { old: unknown; new: unknown }>;

export interface AuditRecord {
  tenantId: string | null;
  objectType: AuditObjectType;
  objectId: string;
  objectLabel?: string | null;
  action: AuditAction;
  changes: AuditChanges;
  relatedType?: AuditObjectType;
  relatedId?: string;
  relatedLabel?: string | null;
  context?: Record<string, unknown>;
}

export interface AuditActor {
  accountId: string | null;
  accountName: string | null;
}

export type AuditQuery = (sql: string, params: unknown[]) => Promise<unknown>;

/** Never part of a change list: identity and bookkeeping the database maintains itself. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

const comparable = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : v);

/** Field → {old, new} for every field whose value differs (absent rows count as all-null). */
export function diff(before: object | null, after: object | null): AuditChanges {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const changes: AuditChanges = {};
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (BOOKKEEPING.has(field)) continue;
    const old = comparable(a[field] ?? null);
    const next = comparable(b[field] ?? null);
    if (JSON.stringify(old) !== JSON.stringify(next)) changes[field] = { old, new: next };
  }
  return changes;
}

/** The signed-in account of the current request (none outside a request or without a session). */
export function currentActor(): AuditActor {
  const ctx = RequestContext.current();
  const principal = ctx.principal;
  return {
    accountId: ctx.accountId ?? principal?.accountId ?? null,
    accountName: principal ? principal.displayName || principal.email : null,
  };
}

/**
 * Appends one entry. By default inside the request's own transaction, so the entry commits or
 * rolls back together with the change it describes; owner-side writers pass their transaction's
 * query function instead.
 */
export async function writeAudit(
  record: AuditRecord,
  actor: AuditActor = currentActor(),
  query: AuditQuery = (sql, params) => RequestContext.current().query(sql, params),
): Promise<void> {
  await query(
    `INSERT INTO audit_entry (tenant_id, account_id, account_name, object_type, object_id, object_label, action,
       changes, related_type, related_id, related_label, context)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      record.tenantId,
      actor.accountId,
      actor.accountName,
      record.objectType,
      record.objectId,
      record.objectLabel ?? null,
      record.action,
      JSON.stringify(record.changes),
      record.relatedType ?? null,
      record.relatedId ?? null,
      record.relatedLabel ?? null,
      record.context ? JSON.stringify(record.context) : null,
    ],
  );
}

/** The human-readable name of a stored object (what a reviewer recognises it by). */
export function labelOf(row: object): string | null {
  const r = row as Record<string, unknown>;
  for (const key of ['name', 'displayName', 'product', 'uncPath', 'email', 'title']) {
    if (typeof r[key] === 'string' && r[key]) return r[key];
  }
  return null;
}

/** Label expression per table, for writers that work in SQL (mappings). */
export const LABEL_SQL: Record<string, string> = {
  tenant: 'name',
  location: 'name',
  person: 'display_name',
  workstation: 'name',
  printer: 'name',
  software: 'product',
  file_share: 'unc_path',
  fachverfahren: 'name',
};
