import { Controller, HttpCode, Post, Query, Req, UseFilters } from '@nestjs/common';
import type { Request } from 'express';
import { Policy } from '../auth/policy.decorator';
import { invalidInput } from '../common/errors';
import { RestErrorsFilter } from '../common/rest-errors.filter';
import { inRequestTransaction } from '../database/rest-transaction';
import { storeUpload, type StoredFile } from './import-files.store';
import { UUID } from '../common/uuid';

/**
 * Uploads go over plain HTTP (GraphQL carries no files): the body is the file itself, streamed
 * into the database. application/octet-stream is no "simple" content type, so a cross-site form
 * cannot send it (and the SameSite session cookie would not travel along anyway).
 */
@Controller('api/imports')
@UseFilters(RestErrorsFilter)
export class ImportFilesController {
  @Post('files')
  @HttpCode(201)
  @Policy('inventory.write')
  upload(
    @Req() req: Request,
    @Query('tenantId') tenantId: string,
    @Query('fileName') fileName: string,
  ): Promise<StoredFile> {
    if (!UUID.test(tenantId ?? '')) throw invalidInput([{ field: 'tenantId', message: 'must be a UUID' }]);
    const name = (fileName ?? '').trim();
    if (!name || name.length > 255)
      throw invalidInput([{ field: 'fileName', message: 'must have 1 to 255 characters' }]);
    if (!req.is('application/octet-stream')) {
      throw invalidInput([{ field: 'content-type', message: 'must be application/octet-stream' }]);
    }
    return inRequestTransaction(() => storeUpload(tenantId, name, req));
  }
}
