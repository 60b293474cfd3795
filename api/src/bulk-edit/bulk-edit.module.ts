import { Module } from '@nestjs/common';
import { BulkEditResolver } from './bulk-edit.resolver';
import { BulkEditService } from './bulk-edit.service';

/** "Auswahl bearbeiten": one field of many inventory objects in one audited statement. */
@Module({
  providers: [BulkEditService, BulkEditResolver],
})
export class BulkEditModule {}
