import { Module } from '@nestjs/common';
import { AccessReportController } from './access-report.controller';
import { AccessReportService } from './access-report.service';

/** DSGVO Art. 15: everything stored about one person, as PDF or JSON (GET /api/privacy/access-report). */
@Module({
  controllers: [AccessReportController],
  providers: [AccessReportService],
})
export class AccessReportModule {}
