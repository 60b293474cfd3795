import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { ImportColumnSpec } from '@schaltplan/domain';
import { AppError } from '../common/errors';
import { RequestContext } from '../database/request-context';
import { columnsFor, targetTitle } from './export-columns';
import { exportFileName } from './export-file-name';
import type { ExportParams } from './export-params';
import { exportQuery, type ExportQuery } from './export-queries';
import { toCells, type ExportWriter } from './export-writers';

/** Rows fetched per round trip: small enough to keep memory flat, large enough to be quick. */
export const EXPORT_PAGE_SIZE = 1000;

/** The client closed the connection before the file was complete (no server fault). */
export class ExportAbortedError extends Error {
  constructor() {
    super('The client closed the connection during the export.');
    this.name = 'ExportAbortedError';
  }
}

/** An export that passed its checks and is ready to stream. */
export interface PreparedExport {
  params: ExportParams;
  fileName: string;
  columns: ImportColumnSpec[];
  query: ExportQuery;
}

/**
 * Lists as files. Every statement runs in the request's transaction (RequestContext), so the
 * reader's tenant scope and row-level security decide what is in the file.
 */
@Injectable()
export class ExportsService {
  private get ctx(): RequestContext {
    return RequestContext.current();
  }

  /**
   * Checks that the Verwaltung (and the Standort) are visible to the reader: an invisible one is
   * "not found", exactly like one that does not exist, so nothing about other tenants leaks.
   */
  async prepare(params: ExportParams, now = new Date()): Promise<PreparedExport> {
    let tenantName: string | undefined;
    let locationName: string | undefined;
    if (params.tenantId) {
      const [tenant] = await this.ctx.query<{ name: string }>(`SELECT name FROM tenant WHERE id = $1`, [
        params.tenantId,
      ]);
      if (!tenant)
        throw new AppError(`Tenant ${params.tenantId} was not found.`, 'NOT_FOUND', { parameter: 'tenantId' });
      tenantName = tenant.name;
    }
    if (params.locationId) {
      const [location] = await this.ctx.query<{ name: string }>(
        `SELECT name FROM location WHERE id = $1 AND tenant_id = $2`,
        [params.locationId, params.tenantId],
      );
      if (!location) {
        throw new AppError(`Location ${params.locationId} was not found.`, 'NOT_FOUND', { parameter: 'locationId' });
      }
      locationName = location.name;
    }
    const title = params.withPersons ? `${targetTitle(params.target)} mit Personen` : targetTitle(params.target);
    return {
      params,
      fileName: exportFileName([title, tenantName, locationName], params.format, now),
      columns: columnsFor(params.target, params.withPersons),
      query: exportQuery(params.target, params),
    };
  }

  /**
   * Streams the rows: a cursor in the request's transaction hands them out page by page, and each
   * page is written (with backpressure) before the next is fetched. Returns the row count; the
   * caller ends the transaction and then the file (writer.end()).
   */
  async write(prepared: PreparedExport, writer: ExportWriter, out: Writable): Promise<number> {
    const { params, columns, query } = prepared;
    const numbers = params.format === 'xlsx';
    await this.ctx.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${query.sql}`, query.params);
    await writer.header(columns.map((c) => c.label.de));
    let count = 0;
    for (;;) {
      const rows = await this.ctx.query(`FETCH FORWARD ${EXPORT_PAGE_SIZE} FROM export_rows`);
      await writer.rows(rows.map((row) => toCells(columns, row, numbers)));
      count += rows.length;
      if (rows.length < EXPORT_PAGE_SIZE) break;
      if (out.destroyed) throw new ExportAbortedError();
    }
    await this.ctx.query(`CLOSE export_rows`);
    return count;
  }
}
