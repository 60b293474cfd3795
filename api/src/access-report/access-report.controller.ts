import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { isAllowed } from '../auth/policies';
import { Policy } from '../auth/policy.decorator';
import { AppError } from '../common/errors';
import { RestErrorsFilter } from '../common/rest-errors.filter';
import { RequestContext } from '../database/request-context';
import { inRequestTransaction } from '../database/rest-transaction';
import { contentDisposition } from '../exports/export-file-name';
import { accessReportFileName, parseAccessReportParams } from './access-report-params';
import { renderAccessReportPdf } from './access-report.pdf';
import { AccessReportService } from './access-report.service';

const CONTENT_TYPES = { pdf: 'application/pdf', json: 'application/json; charset=utf-8' } as const;

/**
 * GET /api/privacy/access-report?tenantId=…&personId=…&format=pdf|json — the DSGVO Art. 15
 * report of one person. The PolicyGuard checks `privacy.access`, and the handler again (a
 * download never depends on a decorator alone). Read, audit and commit happen before the first
 * byte is sent: a report that went out is always in the audit trail.
 */
@Controller('api/privacy')
@UseFilters(RestErrorsFilter)
export class AccessReportController {
  constructor(private readonly reports: AccessReportService) {}

  @Get('access-report')
  @Policy('privacy.access')
  async download(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const principal = RequestContext.current().principal;
    if (!principal) throw new AppError('Please sign in.', 'UNAUTHENTICATED');
    if (!isAllowed('privacy.access', principal.role)) {
      throw new AppError('Your role may not do this.', 'FORBIDDEN', { policy: 'privacy.access' });
    }
    const params = parseAccessReportParams(query);
    const now = new Date();
    const { body, fileName } = await inRequestTransaction(async () => {
      const report = await this.reports.build(params.tenantId, params.personId, now);
      const bytes =
        params.format === 'pdf'
          ? await renderAccessReportPdf(report)
          : Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8');
      await this.reports.audit(report, params.format);
      return { body: bytes, fileName: accessReportFileName(report.person.accountName, params.format, now) };
    });
    res
      .status(200)
      .set({
        'Content-Type': CONTENT_TYPES[params.format],
        'Content-Disposition': contentDisposition(fileName),
        'Cache-Control': 'no-store',
      })
      .send(body);
  }
}
