import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { isAllowed } from '../auth/policies';
import { Policy } from '../auth/policy.decorator';
import { AppError } from '../common/errors';
import { logger } from '../common/logger';
import { inRequestTransaction } from '../database/rest-transaction';
import { RequestContext } from '../database/request-context';
import { ExportErrorFilter } from '../exports/export-error.filter';
import { contentDisposition } from '../exports/export-file-name';
import { parseProvisioningParams } from './provisioning-params';
import { ProvisioningService } from './provisioning.service';

/** Throws unless the request's session may take the build list out (policy `exports.provisioning`). */
function requireProvisioningExporter(ctx: RequestContext): void {
  if (!ctx.principal) throw new AppError('Please sign in.', 'UNAUTHENTICATED');
  if (!isAllowed('exports.provisioning', ctx.principal.role)) {
    throw new AppError('Your role may not do this.', 'FORBIDDEN', { policy: 'exports.provisioning' });
  }
}

/**
 * GET /api/provisioning?tenantId=…&format=json|csv[&locationId=…][&includeUnconfirmed=true]
 *
 * The build list of the target environment (docs/provisioning-export.md). The global PolicyGuard
 * checks `exports.provisioning`, and the handler checks again: a download of personal data must
 * never depend on a decorator alone. The file is sent only after the transaction, audit entry
 * included, has committed.
 */
@Controller('api/provisioning')
@UseFilters(ExportErrorFilter)
export class ProvisioningController {
  constructor(private readonly provisioning: ProvisioningService) {}

  @Get()
  @Policy('exports.provisioning')
  async download(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const ctx = RequestContext.current();
    const file = await inRequestTransaction(() => {
      requireProvisioningExporter(ctx);
      return this.provisioning.export(parseProvisioningParams(query));
    });
    res
      .status(200)
      .set({
        'Content-Type': file.contentType,
        'Content-Disposition': contentDisposition(file.fileName),
        'Cache-Control': 'no-store',
      })
      .send(file.body);
    logger.info(
      { accountId: ctx.accountId, tenantId: query.tenantId, persons: file.document.persons.length },
      'provisioning export written',
    );
  }
}
