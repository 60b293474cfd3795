import { Module } from '@nestjs/common';
import { ReadinessResolver } from './readiness.resolver';
import { ReadinessService } from './readiness.service';

@Module({ providers: [ReadinessService, ReadinessResolver] })
export class ReadinessModule {}
