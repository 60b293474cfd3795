import { Module } from '@nestjs/common';
import { ImportFilesController } from './import-files.controller';
import { ImportPresetsService } from './import-presets.service';
import { ImportRunner } from './import-runner';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

/** File upload, analysis, dry run and commit of inventory files; presets and the history. */
@Module({
  controllers: [ImportFilesController],
  providers: [ImportRunner, ImportsService, ImportPresetsService, ImportsResolver],
})
export class ImportsModule {}
