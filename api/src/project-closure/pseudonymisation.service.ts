import { Injectable } from '@nestjs/common';
import { PROJECT_PHASE_LABELS, type PhaseStatus } from '@schaltplan/domain';
import { currentActor, writeAudit } from '../audit/audit-writer';
import { AppError, invalidInput, notFound } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { TenantsService } from '../tenants/tenants.service';
import type { PseudonymiseTenantInput } from './dto/pseudonymise-tenant.input';
import type { PseudonymisationPreview, PseudonymisationResult, PseudonymisationTable } from './pseudonymisation.models';
import { rewritableColumns, rewriteTable, type Query, type TextColumn } from './pseudonymisation.sql';

interface TenantState {
  name: string;
  pseudonymised_at: Date | null;
  closure_status: PhaseStatus | null;
  persons: number;
  audit_entries: number;
  import_files: number;
}

const CLOSURE = PROJECT_PHASE_LABELS.ABSCHLUSS.de;

/**
 * Project closure (DSGVO): every person of a Verwaltung gets a stable pseudonym, and every text
 * that named them (confirmation snapshots, blockers, notes, import reports, the audit trail) says
 * the pseudonym instead. Structure and counts stay; raw import uploads are deleted. Irreversible,
 * and all in the request's one transaction: it happens completely or not at all.
 */
@Injectable()
export class PseudonymisationService {
  constructor(private readonly tenants: TenantsService) {}

  private get ctx(): RequestContext {
    return RequestContext.current();
  }

  private readonly query: Query = (sql, params) => this.ctx.query(sql, params);

  async preview(tenantId: string): Promise<PseudonymisationPreview> {
    const state = await this.state(tenantId, false);
    return {
      tenantId,
      closureStatus: state.closure_status ?? 'OPEN',
      pseudonymisedAt: state.pseudonymised_at,
      persons: state.persons,
      auditEntries: state.audit_entries,
      importFiles: state.import_files,
    };
  }

  async pseudonymise({ tenantId, confirmName }: PseudonymiseTenantInput): Promise<PseudonymisationResult> {
    const state = await this.state(tenantId, true);
    this.check(tenantId, state, confirmName);
    // Derived while the persons still carry their names (the audit side derives the same itself).
    const [{ rules, persons: known }] = await this.query<{ rules: unknown; persons: number }>(
      `SELECT rules, persons FROM pseudonym_rules($1)`,
      [tenantId],
    );
    const actor = currentActor();
    // The mark that also opens pseudonymise_audit_entries for this transaction only.
    await this.query(
      `UPDATE tenant SET pseudonymised_at = now(), pseudonymised_by_name = $2, version = version + 1 WHERE id = $1`,
      [tenantId, actor.accountName],
    );
    const tables = await this.rewriteTables(tenantId, JSON.stringify(rules));
    const [{ n: auditEntries }] = await this.query<{ n: number }>(`SELECT pseudonymise_audit_entries($1) AS n`, [
      tenantId,
    ]);
    const persons = await this.renamePersons(tenantId);
    // Renamed printers, shares … would mark confirmations "changed since confirmation"; their
    // snapshots were rewritten alike, so nothing the coordinator confirmed has changed.
    await this.query(`UPDATE confirmation SET changed_at = NULL WHERE tenant_id = $1 AND changed_at = now()`, [
      tenantId,
    ]);
    // Raw uploads are the original files (names, e-mails, in CSV or XLSX bytes that cannot be
    // rewritten in place); the import history keeps each run's file name, counts and report.
    const [{ n: importFilesDeleted }] = await this.query<{ n: number }>(
      `WITH gone AS (DELETE FROM import_file WHERE tenant_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
      [tenantId],
    );
    const result = { persons, formerPersons: known - persons, auditEntries, importFilesDeleted, tables };
    await writeAudit(
      {
        tenantId,
        objectType: 'TENANT',
        objectId: tenantId,
        objectLabel: state.name,
        action: 'PSEUDONYMISE',
        changes: {},
        context: { ...result, tables: Object.fromEntries(tables.map((t) => [t.table, t.rows])) },
      },
      actor,
    );
    this.ctx.forgetLoaded();
    return { ...result, tenant: await this.tenants.get(tenantId) };
  }

  /** The tenant as the caller's scope sees it (not found otherwise), locked when it is to change. */
  private async state(tenantId: string, lock: boolean): Promise<TenantState> {
    const rows = await this.query<TenantState>(
      `SELECT t.name, t.pseudonymised_at,
         (SELECT p.status FROM project_phase p WHERE p.tenant_id = t.id AND p.phase = 'ABSCHLUSS') AS closure_status,
         (SELECT count(*)::int FROM person p WHERE p.tenant_id = t.id) AS persons,
         (SELECT count(*)::int FROM audit_entry a WHERE a.tenant_id = t.id) AS audit_entries,
         (SELECT count(*)::int FROM import_file f WHERE f.tenant_id = t.id) AS import_files
       FROM tenant t WHERE t.id = $1 ${lock ? 'FOR UPDATE OF t' : ''}`,
      [tenantId],
    );
    if (!rows.length) throw notFound('Verwaltung', tenantId);
    return rows[0];
  }

  private check(tenantId: string, state: TenantState, confirmName: string): void {
    if (state.pseudonymised_at) {
      throw new AppError(
        `The persons of this Verwaltung were already pseudonymised on ${state.pseudonymised_at.toISOString()}; ` +
          'that cannot be done twice or undone.',
        'CONFLICT',
        { type: 'Verwaltung', id: tenantId, pseudonymisedAt: state.pseudonymised_at.toISOString() },
      );
    }
    if (state.closure_status !== 'DONE') {
      throw new AppError(
        `Invalid input: tenantId: pseudonymising needs the phase ${CLOSURE} to be done ` +
          `(it is ${state.closure_status ?? 'OPEN'}). Set it to done in the Zeitplan first.`,
        'BAD_USER_INPUT',
        {
          fields: [{ field: 'tenantId', message: `the phase ${CLOSURE} is not done` }],
          refusal: 'CLOSURE_NOT_DONE',
          closureStatus: state.closure_status ?? 'OPEN',
        },
      );
    }
    if (confirmName !== state.name) {
      throw invalidInput([{ field: 'confirmName', message: "must be exactly the Verwaltung's name" }]);
    }
  }

  private async rewriteTables(tenantId: string, rules: string): Promise<PseudonymisationTable[]> {
    const byTable = new Map<string, TextColumn[]>();
    for (const column of await rewritableColumns(this.query)) {
      byTable.set(column.table, [...(byTable.get(column.table) ?? []), column]);
    }
    const rewritten: PseudonymisationTable[] = [];
    for (const [table, columns] of byTable) {
      const rows = await rewriteTable(this.query, columns, tenantId, rules);
      if (rows > 0) rewritten.push({ table, rows });
    }
    return rewritten;
  }

  /**
   * "Person 0001", given name "Person", surname "0001", "person-0001", "person-0001@pseudonym.invalid";
   * an empty given name, surname or e-mail stays empty.
   */
  private async renamePersons(tenantId: string): Promise<number> {
    const [{ n }] = await this.query<{ n: number }>(
      `WITH renamed AS (
         UPDATE person p SET display_name = pseudonym_label(m.n, 'DISPLAY'),
           account_name = pseudonym_label(m.n, 'ACCOUNT'),
           given_name = CASE WHEN p.given_name IS NULL THEN NULL ELSE pseudonym_label(m.n, 'GIVEN') END,
           surname = CASE WHEN p.surname IS NULL THEN NULL ELSE pseudonym_label(m.n, 'SURNAME') END,
           email = CASE WHEN p.email IS NULL THEN NULL ELSE pseudonym_label(m.n, 'EMAIL') END,
           version = p.version + 1
         FROM (SELECT DISTINCT person_id, n FROM pseudonym_persons($1)) m
         WHERE p.tenant_id = $1 AND p.id = m.person_id
         RETURNING 1)
       SELECT count(*)::int AS n FROM renamed`,
      [tenantId],
    );
    return n;
  }
}
