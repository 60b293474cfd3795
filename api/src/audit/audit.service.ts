import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { Page } from '../common/page';
import { RequestContext } from '../database/request-context';
import type { AuditAccount, AuditChange, AuditEntry } from './audit-entry.entity';
import type { AuditAction, AuditObjectType } from './audit-writer';
import type { AuditExportArgs, AuditFilterArgs } from './dto/audit.args';

interface AuditRow {
  id: string;
  tenant_id: string | null;
  account_id: string | null;
  account_name: string | null;
  at: Date;
  object_type: AuditObjectType;
  object_id: string;
  object_label: string | null;
  action: AuditAction;
  changes: Record<string, { old: unknown; new: unknown }>;
  related_type: AuditObjectType | null;
  related_id: string | null;
  related_label: string | null;
  context: Record<string, unknown> | null;
  total_count?: string;
}

/** The CSV export is one download, not a paging API: bounded so a request stays cheap. */
export const AUDIT_EXPORT_MAX = 20_000;

const asText = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  tenantId: r.tenant_id,
  accountId: r.account_id,
  accountName: r.account_name,
  at: r.at,
  objectType: r.object_type,
  objectId: r.object_id,
  objectLabel: r.object_label,
  action: r.action,
  changes: Object.entries(r.changes).map(([field, c]): AuditChange => ({
    field,
    oldValue: asText(c.old),
    newValue: asText(c.new),
  })),
  relatedType: r.related_type,
  relatedId: r.related_id,
  relatedLabel: r.related_label,
  context: r.context ? JSON.stringify(r.context) : null,
});

const HEADERS = {
  de: [
    'Zeitpunkt',
    'Konto',
    'Konto-ID',
    'Verwaltung-ID',
    'Objekttyp',
    'Objekt',
    'Objekt-ID',
    'Aktion',
    'Bezug',
    'Bezug-ID',
    'Feld',
    'Alter Wert',
    'Neuer Wert',
  ],
  en: [
    'Time',
    'Account',
    'Account ID',
    'Tenant ID',
    'Object type',
    'Object',
    'Object ID',
    'Action',
    'Related',
    'Related ID',
    'Field',
    'Old value',
    'New value',
  ],
};

/** Reads the audit trail; what a request sees is bounded by its tenant scope (RLS). */
@Injectable()
export class AuditService {
  async list(args: AuditFilterArgs & { offset: number; limit: number }): Promise<Page<AuditEntry>> {
    const { where, params } = this.filter(args);
    params.push(args.limit, args.offset);
    // Total as a window over the filtered set: one statement per page.
    const rows = await RequestContext.current().query<AuditRow>(
      `SELECT e.*, count(*) OVER () AS total_count FROM audit_entry e ${where}
       ORDER BY e.at DESC, e.id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(toEntry), totalCount: Number(rows[0]?.total_count ?? 0) };
  }

  /** Accounts that made changes visible to this request (for the account filter). */
  async accounts(tenantId?: string): Promise<AuditAccount[]> {
    const params: unknown[] = [];
    let where = 'WHERE account_id IS NOT NULL';
    if (tenantId) {
      params.push(tenantId);
      where += ` AND tenant_id = $1`;
    }
    return RequestContext.current().query<AuditAccount>(
      `SELECT DISTINCT ON (account_id) account_id AS id, account_name AS name FROM audit_entry ${where}
       ORDER BY account_id, at DESC`,
      params,
    );
  }

  /**
   * The filtered entries as CSV for German Excel: UTF-8 with BOM, `;` separators, one line per
   * changed field; cells that start like a formula are neutralised (csv-stringify escape_formulas).
   */
  async csv(args: AuditExportArgs): Promise<string> {
    const { items } = await this.list({ ...args, offset: 0, limit: AUDIT_EXPORT_MAX });
    const records: (string | null)[][] = [];
    for (const e of items) {
      const head = [
        e.at.toISOString(),
        e.accountName,
        e.accountId,
        e.tenantId,
        e.objectType,
        e.objectLabel,
        e.objectId,
        e.action,
        e.relatedLabel,
        e.relatedId,
      ];
      if (e.changes.length === 0) records.push([...head, null, null, null]);
      for (const c of e.changes) records.push([...head, c.field, c.oldValue, c.newValue]);
    }
    return stringify(records, {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      header: true,
      columns: HEADERS[args.language],
      escape_formulas: true,
    });
  }

  private filter(args: AuditFilterArgs): { where: string; params: unknown[] } {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: (p: string) => string, value: unknown): void => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (args.tenantId) add((p) => `e.tenant_id = ${p}`, args.tenantId);
    if (args.objectType) add((p) => `e.object_type = ${p}`, args.objectType);
    if (args.objectId) add((p) => `(e.object_id = ${p} OR e.related_id = ${p})`, args.objectId);
    if (args.accountId) add((p) => `e.account_id = ${p}`, args.accountId);
    if (args.from) add((p) => `e.at >= ${p}`, args.from);
    if (args.to) add((p) => `e.at < ${p}`, args.to);
    return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
  }
}
