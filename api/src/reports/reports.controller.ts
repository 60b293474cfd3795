import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { isAllowed } from '../auth/policies';
import type { PolicyName } from '../auth/policy.decorator';
import { Policy } from '../auth/policy.decorator';
import { AppError } from '../common/errors';
import { RestErrorsFilter } from '../common/rest-errors.filter';
import { RequestContext } from '../database/request-context';
import { inRequestTransaction } from '../database/rest-transaction';
import { contentDisposition, datedFileName } from '../exports/export-file-name';
import { renderCommitteeReport } from './committee-report.document';
import { CommitteeReportService } from './committee-report.service';
import { uuidParam } from './report-params';
import { renderTechnicianSheet } from './technician-sheet.document';
import { TechnicianSheetService } from './technician-sheet.service';

/** The guard checked the policy already; a download must never depend on a decorator alone. */
function requirePolicy(policy: PolicyName): void {
  const principal = RequestContext.current().principal;
  if (!principal) throw new AppError('Please sign in.', 'UNAUTHENTICATED');
  if (!isAllowed(policy, principal.role)) throw new AppError('Your role may not do this.', 'FORBIDDEN', { policy });
}

function sendPdf(res: Response, pdf: Buffer, fileName: string): void {
  res
    .status(200)
    .set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition(fileName),
      'Cache-Control': 'no-store',
    })
    .end(pdf);
}

/**
 * PDF reports. The data is read in the request's transaction (RLS scope), which ends before
 * the PDF is rendered, so no connection waits for the layout.
 */
@Controller('api/reports')
@UseFilters(RestErrorsFilter)
export class ReportsController {
  constructor(
    private readonly committee: CommitteeReportService,
    private readonly sheets: TechnicianSheetService,
  ) {}

  /** GET /api/reports/committee?tenantId=… → the committee's status report of a Verwaltung. */
  @Get('committee')
  @Policy('reports.read')
  async committeeReport(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    requirePolicy('reports.read');
    const tenantId = uuidParam(query, 'tenantId');
    const report = await inRequestTransaction(() => this.committee.load(tenantId));
    const name = datedFileName(['Statusbericht', report.tenant.name], 'pdf', report.generatedAt);
    sendPdf(res, await renderCommitteeReport(report), name);
  }

  /** GET /api/reports/technician-sheet?tenantId=…&locationId=… → a Standort's technician sheet. */
  @Get('technician-sheet')
  @Policy('reports.sheet')
  async technicianSheet(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    requirePolicy('reports.sheet');
    const tenantId = uuidParam(query, 'tenantId');
    const locationId = uuidParam(query, 'locationId');
    const sheet = await inRequestTransaction(() => this.sheets.load(tenantId, locationId));
    const name = datedFileName(['Technikerblatt', sheet.location.name], 'pdf', sheet.generatedAt);
    sendPdf(res, await renderTechnicianSheet(sheet), name);
  }
}
