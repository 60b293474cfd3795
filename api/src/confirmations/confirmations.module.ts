import { Module } from '@nestjs/common';
import { ConfirmationDecisionsService } from './confirmation-decisions.service';
import { ConfirmationsResolver } from './confirmations.resolver';
import { ConfirmationsService } from './confirmations.service';

/** Coordinator confirmations of persons' mappings; changes afterwards are marked by triggers. */
@Module({
  providers: [ConfirmationsService, ConfirmationDecisionsService, ConfirmationsResolver],
  exports: [ConfirmationsService],
})
export class ConfirmationsModule {}
