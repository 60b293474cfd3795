import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Reading the audit trail; writing happens in audit-writer.ts, inside each change's transaction. */
@Module({
  providers: [AuditService, AuditResolver],
})
export class AuditModule {}
