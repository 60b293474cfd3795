import { Controller, Get, HttpCode, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isAllowed } from '../auth/policies';
import { Policy, type PolicyName } from '../auth/policy.decorator';
import { AppError, invalidInput } from '../common/errors';
import { logger } from '../common/logger';
import { RequestContext } from '../database/request-context';
import { inRequestTransaction } from '../database/rest-transaction';
import { contentDisposition } from '../exports/export-file-name';
import { RestErrorsFilter } from '../common/rest-errors.filter';
import { buildExitArchive } from './exit-archive-export';
import { importExitArchive, type ImportedArchive } from './exit-archive-import';
import { ARCHIVE_MAX_BYTES } from './exit-archive.format';
import { UUID } from '../common/uuid';

const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'];

/** The guard checked the policy already; a whole Verwaltung leaving must not depend on a decorator alone. */
function requirePolicy(policy: PolicyName): void {
  const principal = RequestContext.current().principal;
  if (!principal) throw new AppError('Please sign in.', 'UNAUTHENTICATED');
  if (!isAllowed(policy, principal.role)) throw new AppError('Your role may not do this.', 'FORBIDDEN', { policy });
}

/** The request body, refused as soon as it grows past the limit. */
async function readBody(req: Request): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > ARCHIVE_MAX_BYTES) {
      throw new AppError(`The archive is larger than ${ARCHIVE_MAX_BYTES / 1024 / 1024} MB.`, 'BAD_USER_INPUT', {
        tooLarge: true,
        maxMegabytes: ARCHIVE_MAX_BYTES / 1024 / 1024,
      });
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/**
 * A Verwaltung's exit archive (docs/exit-archive.md): GET downloads it as one ZIP, POST (the ZIP
 * as the body, like the import upload) creates the Verwaltung from it in one transaction.
 */
@Controller('api/exit-archive')
@UseFilters(RestErrorsFilter)
export class ExitArchiveController {
  @Get()
  @Policy('exports.exit')
  async download(@Query('tenantId') tenantId: unknown, @Res() res: Response): Promise<void> {
    requirePolicy('exports.exit');
    if (typeof tenantId !== 'string' || !UUID.test(tenantId)) {
      throw invalidInput([{ field: 'tenantId', message: 'must be a UUID' }]);
    }
    const archive = await inRequestTransaction(() => buildExitArchive(tenantId));
    logger.info({ tenantId, files: archive.manifest.files.length }, 'exit archive exported');
    res
      .status(200)
      .set({
        'Content-Type': 'application/zip',
        'Content-Disposition': contentDisposition(archive.fileName),
        'Cache-Control': 'no-store',
      })
      .send(Buffer.from(archive.zip));
  }

  @Post()
  @HttpCode(201)
  @Policy('tenants.admin')
  async upload(@Req() req: Request): Promise<ImportedArchive> {
    requirePolicy('tenants.admin');
    if (!ZIP_TYPES.some((type) => req.is(type))) {
      throw invalidInput([{ field: 'content-type', message: `must be one of ${ZIP_TYPES.join(', ')}` }]);
    }
    // The whole body first: no connection is held while a slow line uploads.
    const body = await readBody(req);
    const imported = await inRequestTransaction(() => importExitArchive(body));
    logger.info({ tenantId: imported.tenantId, rows: imported.rows }, 'exit archive imported');
    return imported;
  }
}
