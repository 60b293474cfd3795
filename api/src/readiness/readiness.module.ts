import { Module } from '@nestjs/common';
import { ReadinessResolver } from './readiness.resolver';
import { ReadinessService } from './readiness.service';

@Module({ providers: [ReadinessService, ReadinessResolver], exports: [ReadinessService] })
export class ReadinessModule {}
