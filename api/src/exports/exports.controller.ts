import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { isAllowed } from '../auth/policies';
import { Policy } from '../auth/policy.decorator';
import { AppError } from '../common/errors';
import { logger } from '../common/logger';
import { RequestContext } from '../database/request-context';
import { contentDisposition } from './export-file-name';
import { ExportErrorFilter } from './export-error.filter';
import { parseExportParams } from './export-params';
import { targetTitle } from './export-columns';
import { CONTENT_TYPES, createWriter } from './export-writers';
import { ExportsService } from './exports.service';

/** Throws unless the request's session may read the inventory (policy `inventory.read`). */
function requireInventoryReader(ctx: RequestContext): void {
  if (!ctx.principal) throw new AppError('Please sign in.', 'UNAUTHENTICATED');
  if (!isAllowed('inventory.read', ctx.principal.role)) {
    throw new AppError('Your role may not do this.', 'FORBIDDEN', { policy: 'inventory.read' });
  }
}

/**
 * GET /api/exports/:target?tenantId=…&format=xlsx|csv|csv-comma[&locationId=…][&search=…][&withPersons=true]
 *
 * The request runs in its RequestContext (session → tenant scope → RLS; app.factory.ts). The
 * global PolicyGuard checks `inventory.read` before the handler runs, and the handler checks it
 * again itself, since a download must never depend on a decorator alone.
 */
@Controller('api/exports')
@UseFilters(ExportErrorFilter)
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get(':target')
  @Policy('inventory.read')
  async download(
    @Param('target') target: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const ctx = RequestContext.current();
    try {
      requireInventoryReader(ctx);
      const prepared = await this.exports.prepare(parseExportParams(target, query));
      res.status(200).set({
        'Content-Type': CONTENT_TYPES[prepared.params.format],
        'Content-Disposition': contentDisposition(prepared.fileName),
        'Cache-Control': 'no-store',
      });
      const writer = await createWriter(prepared.params.format, res, targetTitle(prepared.params.target));
      const rows = await this.exports.write(prepared, writer, res);
      // The transaction ends before the file does: once the client has it all, nothing is pending.
      await ctx.finish();
      await writer.end();
      logger.info(
        { accountId: ctx.accountId, target: prepared.params.target, tenantId: prepared.params.tenantId, rows },
        'export written',
      );
    } catch (error) {
      // Only reads happened, but a failed request never commits.
      ctx.failed = true;
      throw error;
    } finally {
      // Commit (or roll back) and hand the connection back to the pool, whatever happened
      // (a no-op when it already ended above).
      await ctx
        .finish()
        .catch((error: unknown) => logger.error({ err: error }, 'export: ending the transaction failed'));
    }
  }
}
