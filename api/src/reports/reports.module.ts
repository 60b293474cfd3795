import { Module } from '@nestjs/common';
import { ConfirmationsModule } from '../confirmations/confirmations.module';
import { PlanModule } from '../plan/plan.module';
import { ReadinessModule } from '../readiness/readiness.module';
import { CommitteeReportService } from './committee-report.service';
import { ReportsController } from './reports.controller';
import { TechnicianSheetService } from './technician-sheet.service';

/** PDF reports: the committee's status report and the technicians' sheet per Standort. */
@Module({
  imports: [ConfirmationsModule, PlanModule, ReadinessModule],
  controllers: [ReportsController],
  providers: [CommitteeReportService, TechnicianSheetService],
})
export class ReportsModule {}
