import { Module } from '@nestjs/common';
import { ExitArchiveController } from './exit-archive.controller';

/** The exit archive of a Verwaltung: download (GET /api/exit-archive) and import (POST). */
@Module({ controllers: [ExitArchiveController] })
export class ExitArchiveModule {}
