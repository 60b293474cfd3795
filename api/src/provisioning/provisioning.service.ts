import { Injectable } from '@nestjs/common';
import type { ConfirmationState } from '@schaltplan/domain';
import { writeAudit } from '../audit/audit-writer';
import { AppError } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { fileStem } from '../exports/export-file-name';
import { provisioningCsv } from './provisioning-csv';
import { provisioningDocument, type ProvisioningDocument, type ProvisioningRow } from './provisioning-document';
import type { ProvisioningParams } from './provisioning-params';
import { PROVISIONING_COUNTS_SQL, PROVISIONING_SQL } from './provisioning.sql';

/** A finished export: the file's name and content, and the document it was made from. */
export interface ProvisioningFile {
  fileName: string;
  contentType: string;
  body: string;
  document: ProvisioningDocument;
}

interface TenantRow {
  name: string;
  kind: string;
  ags: string;
}

/**
 * The build list of the target environment. Every statement runs in the request's transaction,
 * so the reader's tenant scope and row-level security decide what is in the file; the export is
 * audited in the same transaction (personal data leaves Schaltplan).
 */
@Injectable()
export class ProvisioningService {
  private get ctx(): RequestContext {
    return RequestContext.current();
  }

  async export(params: ProvisioningParams, now = new Date()): Promise<ProvisioningFile> {
    const tenant = await this.tenant(params.tenantId);
    const location = params.locationId ? await this.location(params.tenantId, params.locationId) : null;
    const filter = [params.tenantId, params.locationId ?? null];
    const counts = await this.ctx.query<{ state: ConfirmationState; n: number }>(PROVISIONING_COUNTS_SQL, filter);
    const rows = await this.ctx.query<ProvisioningRow>(PROVISIONING_SQL, [...filter, params.includeUnconfirmed]);
    const document = provisioningDocument(
      {
        generatedAt: now,
        tenant,
        location,
        includeUnconfirmed: params.includeUnconfirmed,
        stateCounts: Object.fromEntries(counts.map((c) => [c.state, c.n])),
      },
      rows,
    );
    await writeAudit({
      tenantId: params.tenantId,
      objectType: 'TENANT',
      objectId: params.tenantId,
      objectLabel: tenant.name,
      action: 'EXPORT',
      changes: {},
      context: {
        kind: 'PROVISIONING',
        format: params.format,
        locationId: params.locationId ?? null,
        includeUnconfirmed: params.includeUnconfirmed,
        persons: document.persons.length,
      },
    });
    const json = params.format === 'json';
    return {
      fileName: `${fileStem(['Bereitstellung', tenant.name, location], now)}.${params.format}`,
      contentType: json ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      body: json ? `${JSON.stringify(document, null, 2)}\n` : provisioningCsv(document),
      document,
    };
  }

  /** An invisible Verwaltung is "not found", exactly like one that does not exist: nothing leaks. */
  private async tenant(tenantId: string): Promise<TenantRow> {
    const [tenant] = await this.ctx.query<TenantRow>(`SELECT name, kind, ags FROM tenant WHERE id = $1`, [tenantId]);
    if (!tenant) throw new AppError(`Tenant ${tenantId} was not found.`, 'NOT_FOUND', { parameter: 'tenantId' });
    return tenant;
  }

  private async location(tenantId: string, locationId: string): Promise<string> {
    const [location] = await this.ctx.query<{ name: string }>(
      `SELECT name FROM location WHERE id = $1 AND tenant_id = $2`,
      [locationId, tenantId],
    );
    if (!location) {
      throw new AppError(`Location ${locationId} was not found.`, 'NOT_FOUND', { parameter: 'locationId' });
    }
    return location.name;
  }
}
